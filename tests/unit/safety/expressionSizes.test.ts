import { describe, expect, it } from 'vitest';
import { shippedRules } from './shippedRules';

/**
 * V8 compiles a regular expression of more than 20 KB of source without its optimisations (RegExp's
 * kRegExpTooLargeToOptimize): the same matches, about ten times slower. The expressions below are tried after
 * every clinical word or asking frame of a message, so on a long message that is the rules' whole time. Word lists
 * they read whole (named-drug, named-disease, clinical-object, judgement-frame) cannot grow without moving
 * something out; more-medicines and more-conditions in word-lists.yaml show how.
 */
const V8_OPTIMISED_MAX = 20 * 1024;
const TRIED_EVERYWHERE: readonly { readonly rule: string; readonly pattern: number }[] = [
  { rule: 'judgement-asked', pattern: 0 },
  { rule: 'judgement-asked-2', pattern: 0 },
];

describe('the expressions tried at every clinical word', () => {
  it.each(TRIED_EVERYWHERE)('$rule, expression $pattern, stays small enough for V8 to optimise', ({ rule, pattern }) => {
    const compiled = (shippedRules as unknown as { byId: ReadonlyMap<string, { starters: readonly RegExp[] }> }).byId.get(rule);
    const source = compiled?.starters[pattern]?.source ?? '';
    expect(source.length).toBeGreaterThan(0);
    expect(source.length).toBeLessThanOrEqual(V8_OPTIMISED_MAX);
  });
});
