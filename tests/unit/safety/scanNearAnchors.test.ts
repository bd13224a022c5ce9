import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnchorIndex } from '../../../src/safety/anchorIndex';
import type { CompiledRule } from '../../../src/safety/compileRules';
import { GroupHits, LiteralFinder } from '../../../src/safety/literalFinder';
import { branchesOf, longestRun } from '../../../src/safety/clauses';
import type { SafetyConcern } from '../../../src/safety';
import { shippedRules } from './shippedRules';

/** A group's places in the text the hits were last gathered from. */
function placesOf(hits: GroupHits, group: number): number[] {
  const at = hits.placesAt(group);
  return [...hits.placeList.subarray(at, at + hits.placeCount(group))];
}

describe('finding anchors: every occurrence of many literal strings in one pass', () => {
  it('reports every occurrence of every string, overlapping and inside one another', () => {
    const strings = ['he', 'she', 'his', 'hers', 'e', 'ushe'];
    const text = 'ushers and sheep, his hers';
    const found: string[] = [];
    new LiteralFinder(strings).each(text, (index, start) => found.push(`${strings[index]}@${start}`));
    const expected = strings.flatMap((s) => [...text.matchAll(new RegExp(`(?=${s})`, 'g'))].map((m) => `${s}@${m.index}`));
    expect(found.sort()).toEqual(expected.sort());
  });

  it('finds what a plain search finds, for strings that share starts, ends and middles, and groups them in order', () => {
    // A small alphabet makes long shared prefixes, chains of one child and deep failure links likely.
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), minLength: 1, maxLength: 9 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 40 }), fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'x'), maxLength: 80 }), { minLength: 1, maxLength: 3 }), (strings, texts) => {
        const groupsOf = strings.map((_, i) => [i % 3, 3 + (i % 2)]);
        const finder = new LiteralFinder(strings, new Map(), groupsOf);
        const hits = new GroupHits(5);
        for (const text of texts) {
          const plain = (i: number): number[] => [...text.matchAll(new RegExp(`(?=${strings[i]})`, 'g'))].map((m) => m.index);
          const found: string[] = [];
          finder.each(text, (index, start) => found.push(`${index}@${start}`));
          expect(found.sort()).toEqual(strings.flatMap((_, i) => plain(i).map((start) => `${i}@${start}`)).sort());
          finder.gather(text, hits);
          hits.byGroup();
          for (let group = 0; group < 5; group++) {
            const expected = strings.flatMap((_, i) => (groupsOf[i]?.includes(group) ? plain(i) : [])).sort((a, b) => a - b);
            expect(placesOf(hits, group)).toEqual(expected);
            expect(hits.has(group)).toBe(expected.length > 0);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('finds the same in a long text, read as stretches walked side by side, as a plain search does', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), minLength: 1, maxLength: 9 });
    const long = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'x'), minLength: 150, maxLength: 700 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 40 }), long, (strings, text) => {
        const groupsOf = strings.map((_, i) => [i % 3, 3 + (i % 2)]);
        const hits = new GroupHits(5);
        new LiteralFinder(strings, new Map(), groupsOf).gather(text, hits);
        hits.byGroup();
        const plain = (i: number): number[] => [...text.matchAll(new RegExp(`(?=${strings[i]})`, 'g'))].map((m) => m.index);
        for (let group = 0; group < 5; group++) {
          expect(placesOf(hits, group)).toEqual(strings.flatMap((_, i) => (groupsOf[i]?.includes(group) ? plain(i) : [])).sort((a, b) => a - b));
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('clauses: the strings any match holds, and how far from its start', () => {
  const read = (source: string): string[][] | undefined =>
    branchesOf(source)?.map((branch) => branch.clauses.map((c) => `${c.literals.join('|')}@${c.from.fixed}+${c.from.runs}r..${c.to ? `${c.to.fixed}+${c.to.runs}r` : 'any'}`));

  it.each([
    // Strings are cut to their first eight characters: as telling, and the finder stays small.
    ['\\bchest pain\\b', [['chest pa@0+0r..0+0r']]],
    ['(?<!near )\\bchoking\\b(?! back)', [['choking@0+0r..0+0r']]],
    ['\\b(?:cant|unable to) breathe?\\b', [['cant bre|unable t@0+0r..0+0r']]],
    ['\\bpain(?: [a-z0-9]+){0,2} arm(?=.{0,5}now)', [['pain@0+0r..0+0r', ' arm@4+0r..6+2r', 'now@8+0r..15+2r']]],
    ['\\bpain|\\b(?:sick|vomit) blood', [['pain@0+0r..0+0r'], ['sick blo|vomit bl@0+0r..0+0r']]],
    // Every digit is read as "0".
    ['\\btemp(?:erature)? (?:of )?\\d', [['temperat|temp of |temp 0@0+0r..0+0r']]],
    ['\\bpain.*arm', [['pain@0+0r..0+0r', 'arm@4+0r..any']]],
    ['[a-z]{3,}(?:mab|nib)\\b', [['mab|nib@3+0r..0+1r']]],
    // A positive lookbehind's strings lie before where it is: "chest " ends 6 to 16 characters before "safe" ends.
    ['\\bsafe(?<=\\bchest [^?]{0,10})', [['safe@0+0r..0+0r', 'chest @-12+0r..-2+0r']]],
    // A word list in front of more is read word by word: each word's strings where that word puts them, not
    // the list's strings anywhere up to its longest word's length (and what follows, after each word's length).
    ['\\b(?:worried|is it [a-z]+) about (?:pain|ache)', [['worried @0+0r..0+0r'], ['is it @0+0r..0+0r', ' about p| about a@7+0r..6+1r']]],
    ['\\b(?:(?:worried|is it [a-z]+))(?= about)', [['worried@0+0r..0+0r', ' about@7+0r..7+0r'], ['is it @0+0r..0+0r', ' about@7+0r..6+1r']]],
  ])('%s', (source, expected) => {
    expect(read(source)).toEqual(expected);
  });

  it('reads a list of more words than it opens as one, in front of more', () => {
    const words = Array.from({ length: 300 }, (_, i) => `w${i}[a-z]`);
    expect(branchesOf(`\\b(?:${words.join('|')}) about pain`)).toHaveLength(1);
    expect(branchesOf(`\\b(?:${words.slice(0, 200).join('|')}) about pain`)).toHaveLength(200);
  });

  it.each(['\\b(?:a|)d\\b', '(?:x|y)?z', '[a-z]+', '(?!chest)\\w+', 'pain|[a-z]+'])('promises nothing when it cannot be sure: %s', (source) => {
    expect(branchesOf(source)).toBeUndefined();
  });

  it.each([
    ['\\b(?=(?:pills?|tablets)\\b)', [{ strings: ['pills', 'pill'], before: true, after: true }, { strings: ['tablets'], before: true, after: true }]],
    ['\\bchest pain', [{ strings: ['chest pain'], before: true, after: false }]],
    ['(?:chest|heart) attack\\b', [{ strings: ['chest attack', 'heart attack'], before: false, after: true }]],
  ])('knows an alternative that is only its strings, and the \\b around them: %s', (source, expected) => {
    expect(branchesOf(source)?.map((branch) => branch.exact)).toEqual(expected);
  });

  it.each(['\\b\\d+ mg\\b', '\\bpain(?= now)', '(?<!no )\\bpain\\b', '\\b(?=pain)\\b', '^pain\\b', '\\bpain [a-z]+'])('never takes an expression with more in it for its strings: %s', (source) => {
    expect(branchesOf(source)?.every((branch) => branch.exact === undefined)).toBe(true);
  });

  it('counts runs of spaces and of anything else, each on its own', () => {
    expect(longestRun('ab   abcd, a')).toBe(5);
    expect(longestRun('a      b')).toBe(6);
  });

  it('skipping rules by their clauses never changes an outcome: every example still fires through assess()', () => {
    for (const spec of shippedRules.specs) {
      for (const text of [...spec.mustTrigger, ...spec.possibleOnly]) expect(shippedRules.assess(text), `${spec.id}: ${text}`).toBeDefined();
    }
  });
});

/** What the rules must give, from each rule scanning the whole message (ruleOutcome does). */
function scanningWhole(text: string): SafetyConcern | undefined {
  const specs = shippedRules.specs;
  const ofCategory = (category: string): typeof specs => specs.filter((s) => s.category === category);
  let possible: string | undefined;
  for (const spec of ofCategory('emergency')) {
    const outcome = shippedRules.ruleOutcome(spec.id, text);
    if (outcome === 'definite') {
      // An emergency names the first crisis rule with any outcome beside it (Samaritans after 999).
      const beside = ofCategory('crisis').find((crisis) => shippedRules.ruleOutcome(crisis.id, text) !== undefined);
      return beside ? { kind: 'emergency', rule: spec.id, possibleCrisis: beside.id } : { kind: 'emergency', rule: spec.id };
    }
    if (outcome === 'possible') possible ??= spec.id;
  }
  const withPossible = (concern: SafetyConcern): SafetyConcern => (possible ? { ...concern, possibleEmergency: possible } : concern);
  let struggling: string | undefined;
  for (const spec of ofCategory('crisis')) {
    const outcome = shippedRules.ruleOutcome(spec.id, text);
    if (outcome === 'definite') return withPossible({ kind: 'crisis', rule: spec.id });
    if (outcome === 'possible') struggling ??= spec.id;
  }
  const withStruggling = (concern: SafetyConcern): SafetyConcern => (struggling ? { ...concern, possibleCrisis: struggling } : concern);
  for (const spec of ofCategory('medical-advice')) {
    if (shippedRules.ruleOutcome(spec.id, text)) return withStruggling(withPossible({ kind: 'medical-advice', rule: spec.id }));
  }
  if (possible) return withStruggling({ kind: 'possible-emergency', rule: possible });
  return struggling ? { kind: 'possible-crisis', rule: struggling } : undefined;
}

describe('trying each rule only where its clauses say a match can start', () => {
  const examples = shippedRules.specs.flatMap((s) => [...s.mustTrigger, ...s.mustNotTrigger, ...s.possibleOnly]);
  const filler = [
    'we have been waiting for months for the hospital to get back to us about a second opinion',
    'my consultant said it is up to me whether i ask for another view',
    'what would you do, is it worth the wait',
    'the letter said he had a stroke two years ago and he has been fine since',
    'no chest pain, but',
  ];

  it('gives the same outcome as scanning the whole of a long message, wherever the sign sits in it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...examples, ...filler), { minLength: 2, maxLength: 40 }), fc.constantFrom(' ', '. ', ', ', '? '), (parts, joiner) => {
        const text = parts.join(joiner);
        expect(shippedRules.assessByRules(text)).toEqual(scanningWhole(text));
      }),
      { numRuns: 120 },
    );
  });
});

describe("trying a sentence's expressions only where their strings are in it", () => {
  const expressions = [
    /\b(?:chest|heart) (?:pain|hurts)\b/,
    /\b(?=(?:pills?|tablets)\b)/,
    /\bis (?:it|this) (?:normal|serious)\b/,
    /\b\d+ ?(?:mg|ml)\b/,
    /(?:worth|safe)(?: [a-z]+){0,3} (?:it|chemo)\b/,
    /\b(?:not|no) (?:normal|safe)\b(?=.{0,20}\?)/,
    /\b(?=(?:chest|heart|pills?|(?:is|it) (?:normal|this)|\d+ ?mg|worth(?: [a-z]+){0,2} it)\b)/,
    /(?:pain|hurts?)\b|\bnormal/,
    /\b(?:chest pain|pain|is it normal|it normal)\b|\b(?:worth|safe) it\b/,
    /\b(?=(?:heart(?: pain)?|not safe|no)\b)|\bchemo/,
    // Lookbehinds: their strings lie before where they are.
    /\bsafe\b(?<=\b(?:chest|heart|[a-z]+ pain)[^?]{0,12})/,
    /(?<=\b(?:is|it|\d+ ?mg) )(?:normal|serious|this)\b/,
  ];
  // Only the expressions matter here: a rule that requires each of them.
  const rule = { scanner: /chest/g, requires: expressions, unless: [], unlessInClause: [], lowerIf: [] } as unknown as CompiledRule;
  const index = new AnchorIndex([rule]);
  const words = ['chest', 'heart', 'pain', 'hurts', 'pill', 'pills', 'tablets', 'is', 'it', 'this', 'normal', 'serious', '12', '5mg', 'mg', 'ml', 'worth', 'safe', 'chemo', 'not', 'no', 'xchest', 'painx', 'and', '.', '?', ',', 'Chest', 'pain_', 'p\u00e9', '\u00e9pain', ' '];

  it('gives the same answer as testing the sentence whole, a sentence cut mid-word included', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(' ', ' ', ',', '-', '. ', '')), { minLength: 1, maxLength: 20 }), fc.nat({ max: 60 }), (parts, span) => {
        const text = parts.map(([word, joiner]) => word + joiner).join('');
        const anchors = index.read(text);
        for (let at = 0; at <= text.length; at++) {
          const sentence = text.slice(at, at + span);
          for (const re of expressions) expect(anchors.holdsIn(re, sentence, at)).toBe(re.test(sentence));
        }
        for (const re of expressions) expect(anchors.contains(re)).toBe(re.test(text));
      }),
      { numRuns: 150 },
    );
  });

  it('works out the other alternatives of an expression afresh for each message, after a sentence its plain strings settled', () => {
    const mixed = /\bsecond opinion\b|\bsee (?:[a-z]+ )?else\b/;
    const mixedRule = { scanner: /see/g, requires: [mixed], unless: [], unlessInClause: [], lowerIf: [] } as unknown as CompiledRule;
    const mixedIndex = new AnchorIndex([mixedRule]);
    const answers = (text: string, sentences: readonly string[]): boolean[] => {
      const anchors = mixedIndex.read(text);
      return sentences.map((sentence) => anchors.holdsIn(mixed, sentence, text.indexOf(sentence)));
    };
    expect(answers('i want to see someone else. ok then', ['i want to see someone else.', 'ok then'])).toEqual([true, false]);
    expect(answers('a second opinion please. can i see somebody else', ['a second opinion please.', 'can i see somebody else'])).toEqual([true, true]);
    expect(answers('second opinion. nothing here at all to see', ['second opinion.', 'nothing here at all to see'])).toEqual([true, false]);
    expect(answers('a second opinion. or see anybody else', ['or see anybody else'])).toEqual([true]);
  });
});

describe('gathering each group of strings in the same pass', () => {
  it('records every occurrence under every group its string belongs to, each group in order', () => {
    const strings = ['he', 'she', 'hers', 'ers'];
    const groupsOf = [[0], [0, 1], [2], [1, 2]];
    const text = 'ushers and sheep, his hers';
    const hits = new GroupHits(3);
    new LiteralFinder(strings, new Map(), groupsOf).gather(text, hits);
    hits.byGroup();
    const expected = [0, 1, 2].map((group) =>
      strings.flatMap((s, i) => (groupsOf[i]?.includes(group) ? [...text.matchAll(new RegExp(`(?=${s})`, 'g'))].map((m) => m.index) : [])).sort((a, b) => a - b),
    );
    expect([0, 1, 2].map((group) => placesOf(hits, group))).toEqual(expected);
    expect([0, 1, 2].map((group) => hits.has(group))).toEqual([true, true, true]);
  });

  it('forgets the last text when it reads the next one', () => {
    const finder = new LiteralFinder(['he', 'ers'], new Map(), [[0], [1]]);
    const hits = new GroupHits(2);
    finder.gather('ushers and hers', hits);
    hits.byGroup();
    expect(placesOf(hits, 1)).toEqual([3, 12]);
    finder.gather('the end', hits);
    hits.byGroup();
    expect([hits.has(0), hits.has(1)]).toEqual([true, false]);
    expect(placesOf(hits, 0)).toEqual([1]);
    expect(placesOf(hits, 1)).toEqual([]);
  });
});
