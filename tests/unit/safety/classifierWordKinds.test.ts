import { describe, expect, it } from 'vitest';
import { WORD_KIND, WordKinds } from '../../../src/safety/classifier/wordKinds';

describe('the listed words\' kinds, by hash', () => {
  const kinds = new WordKinds([
    { hash: 7, kind: WORD_KIND.asking },
    { hash: 7, kind: WORD_KIND.subjects },
    { hash: -5, kind: WORD_KIND.clinical },
    // Beyond a small integer, as most word hashes are.
    { hash: 0x7fff_fff0, kind: WORD_KIND.joining },
    { hash: -0x7fff_fff0, kind: WORD_KIND.process },
  ]);

  it('gives a word in several lists every one of its kinds', () => {
    expect(kinds.of(7)).toBe(WORD_KIND.asking | WORD_KIND.subjects);
    expect(kinds.of(-5)).toBe(WORD_KIND.clinical);
    expect(kinds.of(0x7fff_fff0)).toBe(WORD_KIND.joining);
    expect(kinds.of(-0x7fff_fff0)).toBe(WORD_KIND.process);
  });

  it('gives 0 for a word in no list, 0 included', () => {
    for (const hash of [0, 1, 8, -7, 0x7fff_ffff, 123_456_789]) expect(kinds.of(hash)).toBe(0);
  });

  it('finds every word of a table crowded with others (each probe passes the words before it)', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ hash: Math.imul(i + 1, 0x9e3779b1), kind: 1 << (i % 6) }));
    const table = new WordKinds(many);
    for (const { hash, kind } of many) expect(table.of(hash)).toBe(kind);
  });
});
