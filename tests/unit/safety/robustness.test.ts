import { describe, it, expect } from 'vitest';
import { assessSafety } from '../../../src/safety';

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

  it('a 100,000 character message returns quickly', () => {
    const long = 'I would like a second opinion about my treatment please. '.repeat(1800).slice(0, 100_000);
    const start = performance.now();
    expect(assessSafety(long)).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(500);
  });

  it('a 100,000 character adversarial message returns quickly', () => {
    const nasty = 'chest '.repeat(10_000) + 'a'.repeat(20_000) + ' can '.repeat(8_000);
    const start = performance.now();
    assessSafety(nasty);
    expect(performance.now() - start).toBeLessThan(500);
  });

  it('a typical message is assessed in well under 50 microseconds on average', () => {
    const messages = [
      'Hi, my mum was told she needs a mastectomy and we would like another opinion, how do we ask?',
      'can my GP refer me to a different hospital for a second opinion about my knee operation',
      "I'm not happy with the consultant, he didn't explain anything and I want to see someone else",
      'my dad has had chest pain and cant breathe properly, what should we do',
    ];
    // V8 compiles each expression to native code only after it has run a few times, so the
    // first few thousand calls are slower; a long-running bot sees the steady state measured here.
    for (let i = 0; i < 2500; i++) for (const m of messages) assessSafety(m);
    const rounds = 2000;
    const start = performance.now();
    for (let i = 0; i < rounds; i++) for (const m of messages) assessSafety(m);
    const perMessageMicros = ((performance.now() - start) * 1000) / (rounds * messages.length);
    expect(perMessageMicros).toBeLessThan(50);
  });

  it('a 500 character message mixing everything is assessed without throwing', () => {
    const text = ('second opinion 😀 \u0000 chest ' + 'x'.repeat(20)).repeat(20).slice(0, 500);
    expect(() => assessSafety(text)).not.toThrow();
  });
});
