import { describe, it, expect } from 'vitest';
import { assessSafety } from './shippedRules';

describe('robustness: any string is safe to assess', () => {
  it('an empty message raises no concern', () => {
    expect(assessSafety('')).toBeUndefined();
  });

  it('whitespace and punctuation alone raise no concern', () => {
    expect(assessSafety('   \n\t ?!... ')).toBeUndefined();
  });

  it('500 emoji raise no concern and do not throw', () => {
    expect(assessSafety('😀'.repeat(500))).toBeUndefined();
    expect(assessSafety('👨‍👩‍👧'.repeat(100))).toBeUndefined();
  });

  it('control characters, lone surrogates and odd Unicode do not throw', () => {
    const odd = '\u0000\u0001\u0007\u001b[31m\u007f\u0085\u2028\u2029\ufeff\ud800\udfff\u202e';
    expect(() => assessSafety(odd.repeat(30))).not.toThrow();
    expect(assessSafety(odd)).toBeUndefined();
  });

  it('an emergency hidden behind control characters, zero-width spaces and emoji is still found', () => {
    expect(assessSafety('\u0000my dad 😢\u200b can\u2019t\tbreathe!!!')?.kind).toBe('emergency');
    expect(assessSafety('HIS FACE IS DROOPING')?.kind).toBe('emergency');
    expect(assessSafety('Ｉ ｗａｎｔ ｔｏ ｄｉｅ')?.kind).toBe('crisis');
  });

  it('a non-string smuggled in from untyped JavaScript is treated as no concern', () => {
    expect(assessSafety(undefined as unknown as string)).toBeUndefined();
    expect(assessSafety(42 as unknown as string)).toBeUndefined();
  });

  // Speed is measured by `npm run bench`; these only show that huge inputs come back at all
  // (a regular expression that backtracks catastrophically would hang here for minutes).
  it('a 100,000 character message is assessed', () => {
    const long = 'I would like a second opinion about my treatment please. '.repeat(1800).slice(0, 100_000);
    expect(assessSafety(long)).toBeUndefined();
  });

  it('a 100,000 character adversarial message is assessed without throwing', () => {
    const nasty = 'chest '.repeat(10_000) + 'a'.repeat(20_000) + ' can '.repeat(8_000);
    expect(() => assessSafety(nasty)).not.toThrow();
  });

  it('a 500 character message mixing everything is assessed without throwing', () => {
    const text = ('second opinion 😀 \u0000 chest ' + 'x'.repeat(20)).repeat(20).slice(0, 500);
    expect(() => assessSafety(text)).not.toThrow();
  });
});
