import { describe, expect, it } from 'vitest';
import { recogniseChoice } from '../../../src/conversation/choiceRecognizer';

const labels = ['Yes, step by step', 'No thanks', 'My GP', 'My specialist'];

describe('recognising a typed choice', () => {
  it.each([
    ['Yes, step by step', 0],
    ['yes', 0],
    ['yeah', 0],
    ['no', 1],
    ['3', 2],
    ['my specialist', 3],
    ['my specalist', 3],
    ['specialist', 3],
  ])('takes "%s" as choice %i', (text, index) => {
    expect(recogniseChoice(text, labels)).toBe(index);
  });

  it.each(['can my daughter ask for me instead of my specialist doing it?', 'purple', '', '9', 'gp'])('does not force "%s" onto a button', (text) => {
    expect(recogniseChoice(text, labels)).toBeUndefined();
  });
});
