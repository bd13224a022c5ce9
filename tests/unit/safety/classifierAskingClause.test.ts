import { describe, expect, it } from 'vitest';
import { FEATURE_KIND, featureWords, visitFeatures, type FeatureKind } from '../../../src/safety/classifier/features';
import { normalise } from '../../../src/text/normalise';

const WORDS = featureWords({
  joining: ['a', 'the', 'or'],
  asking: ['should', 'can', 'is', 'how', 'do'],
  fillers: ['so', 'hi'],
  subjects: ['i', 'it', 'you', 'that'],
  clinical: ['statins', 'chemo', 'ulcer'],
  process: ['opinion', 'referral', 'notes'],
});

interface Clause {
  /** The words of the clause that asks, from where it starts to the sentence's end. */
  readonly words: string;
  readonly frame: number;
}

/** The clauses that ask, as the walk gives them: the words read from each place it marked to the sentence's end. */
function clauses(text: string): Clause[] {
  const normalised = normalise(text);
  const found: Clause[] = [];
  let mayStart = 0;
  const starts: number[] = [];
  const sentenceWords: string[] = [];
  let at = 0;
  visitFeatures(normalised, {
    feature: (_feature, kind: FeatureKind) => {
      if (kind !== FEATURE_KIND.word) return;
      // The word features come in text order: find each word's text to show it.
      const match = /[a-z0-9]+/.exec(normalised.slice(at));
      if (!match) return;
      at += match.index + match[0].length;
      sentenceWords.push(match[0]);
    },
    sentenceEnd: () => {
      sentenceWords.length = 0;
      starts.length = 0;
    },
    clauseMayStart: () => {
      mayStart = sentenceWords.length;
    },
    clauseStarts: () => {
      starts.push(mayStart);
    },
    askingClause: (mark, frame) => {
      found.push({ words: sentenceWords.slice(starts[mark]).join(' '), frame });
    },
  }, WORDS);
  return found;
}

/** The first asking frame a text gives as a sentence of its own. */
function frameOf(text: string): number | undefined {
  let frame: number | undefined;
  visitFeatures(normalise(text), { feature: (feature, kind) => (kind === FEATURE_KIND.frame && frame === undefined ? (frame = feature) : undefined), sentenceEnd: () => undefined }, WORDS);
  return frame;
}

describe('the asking clause of a sentence, read on its own', () => {
  it('finds the clause after a comma that opens with asking words, with the frame it has as a question of its own', () => {
    const found = clauses('My dad has a leg ulcer. While he waits for the second opinion, how should I dress it?');
    expect(found.map((c) => c.words)).toEqual(['how should i dress it']);
    // About the ulcer of the sentence before (the clause names nothing itself), not the second opinion in front of it.
    expect(found[0]?.frame).toBe(frameOf('My dad has a leg ulcer. How should I dress it?'));
  });

  it('finds a request asked in passing with no comma: an asking word followed by a subject', () => {
    expect(clauses('they were a bit funny about the opinion anyway should i stop the statins or not').map((c) => c.words)).toEqual(['should i stop the statins or not']);
  });

  it('reads what the clause itself is about: the process there stays the process', () => {
    const [clause] = clauses('While we wait for the chemo, can I ask for my notes?');
    expect(clause?.frame).toBe(frameOf('Can I ask for my notes?'));
    expect(clause?.frame).not.toBe(frameOf('Can I stop the chemo?'));
  });

  it('gives no clause when the sentence opens with its question, nor for asking words not followed by a subject', () => {
    expect(clauses('Should I stop the statins before the second opinion?')).toEqual([]);
    expect(clauses('Is the referral on my notes, or do I need to take the statins in?')).toEqual([]);
    expect(clauses('the surgeon is keen and the opinion is booked.')).toEqual([]);
  });

  it('gives nothing without word lists', () => {
    const found: number[] = [];
    visitFeatures('while we wait, should i stop the statins?', { feature: () => undefined, sentenceEnd: () => undefined, askingClause: (mark) => found.push(mark) });
    expect(found).toEqual([]);
  });
});
