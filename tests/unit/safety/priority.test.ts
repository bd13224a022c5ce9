import { describe, it, expect } from 'vitest';
import { assessSafety } from './shippedRules';

describe('priority: emergency beats crisis beats medical-advice', () => {
  it.each([
    ["I've taken all my tablets", 'emergency'],
    ["I'm thinking of taking all my tablets", 'crisis'],
    ["I want to die, I've taken an overdose", 'emergency'],
    ["my son says he wants to die and he's swallowed a load of pills", 'emergency'],
    ["I've cut my wrists and there's a lot of blood", 'emergency'],
    ['i want to kill myself, and should I stop my chemo?', 'crisis'],
    ['should I have chemo? also my chest is crushing and I feel sick', 'emergency'],
    ['how long have I got? I just want to end it all', 'crisis'],
    ["what do my results mean? dad's collapsed and isn't breathing", 'emergency'],
  ] as const)('%s -> %s', (text, kind) => {
    expect(assessSafety(text)?.kind).toBe(kind);
  });
});
