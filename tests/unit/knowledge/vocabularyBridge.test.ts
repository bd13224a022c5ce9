import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../../src/config';
import { bridgeFor, VocabularyBridge } from '../../../src/knowledge/matching/vocabularyBridge';
import { OverlapMatcher } from '../../../src/knowledge/matching/overlapMatcher';
import { stem } from '../../../src/knowledge/text/stem';
import { releaseSharedWordNet, sharedWordNet } from '../../../src/knowledge/text/wordNet';
import type { KnowledgeEntry } from '../../../src/knowledge/types';

const stems = (...words: string[]): Set<string> => new Set(words.map(stem));
const bridge = new VocabularyBridge(sharedWordNet(), stems('doctor', 'test', 'pay'), stems('doctor', 'test', 'pay', 'opinion'), stems('get', 'want'), DEFAULTS.matching.bridge);

describe('relating everyday words to the content\'s own through WordNet', () => {
  it('relates a synonym of one of our words to it, weighted below an exact match', () => {
    const bridged = bridge.bridge(stem('physician'));
    expect(bridged?.term).toBe(stem('doctor'));
    expect(bridged?.weight).toBeLessThan(1);
  });

  it('relates a narrower word to ours one step away, weighted lower still', () => {
    const bridged = bridge.bridge(stem('mammogram'));
    expect(bridged === undefined || bridged.weight <= DEFAULTS.matching.bridge.synonymWeight).toBe(true);
  });

  it('leaves our own words, chatter and unrelated words alone', () => {
    expect(bridge.bridge(stem('doctor'))).toBeUndefined();
    expect(bridge.bridge(stem('opinion'))).toBeUndefined();
    expect(bridge.bridge(stem('giraffe'))).toBeUndefined();
  });

  it('lets a message in words nobody wrote down reach the right entry', () => {
    const entry = (id: string, question: string): KnowledgeEntry => ({ id, question, alternates: [], answer: question, source: 's', followUps: [], tags: [] });
    const knowledge = { entries: [entry('see-doctor', 'Can I see another doctor?'), entry('pay', 'Do I have to pay?')], synonyms: [] };
    const withBridge = new OverlapMatcher(knowledge, DEFAULTS.matching, () => true, sharedWordNet());
    expect(withBridge.rank('can i see another physician').ranked[0]?.entry.id).toBe('see-doctor');
  });

  it('keeps relating words after the process drops WordNet, which a later use reads again', () => {
    const entry = (id: string, question: string): KnowledgeEntry => ({ id, question, alternates: [], answer: question, source: 's', followUps: [], tags: [] });
    const knowledge = { entries: [entry('see-doctor', 'Can I see another doctor?'), entry('pay', 'Do I have to pay?')], synonyms: [] };
    const before = sharedWordNet();
    const matcher = new OverlapMatcher(knowledge, DEFAULTS.matching, () => true, before);
    releaseSharedWordNet();
    expect(matcher.rank('can i see another physician').ranked[0]?.entry.id).toBe('see-doctor');
    const after = sharedWordNet();
    expect(after === before).toBe(false);
    expect([...after.sensesOf('physician')]).toEqual([...before.sensesOf('physician')]);
  });

  it('reads a bridge built by an earlier start-up back from the cache folder, the same bridge, without reading WordNet', () => {
    const folder = mkdtempSync(join(tmpdir(), 'bridge-'));
    try {
      // Inputs no other test builds, so this process's own memo of bridges does not answer first.
      const targets = stems('doctor', 'test', 'pay', 'nurse');
      const ours = stems('doctor', 'test', 'pay', 'nurse', 'opinion');
      const built = new VocabularyBridge(sharedWordNet(), targets, ours, stems('get', 'want'), DEFAULTS.matching.bridge);
      const settings = { ...DEFAULTS.matching.bridge };
      let reads = 0;
      const wordNet = () => {
        reads++;
        return sharedWordNet();
      };
      bridgeFor(wordNet, targets, ours, stems('get', 'want'), settings, folder);
      expect(readdirSync(folder).filter((name) => name.startsWith('vocabulary-bridge-'))).toHaveLength(1);
      // The process's memo keeps eight bridges and then starts afresh: eight others push this one out of it.
      for (let i = 0; i < 8; i++) bridgeFor(wordNet, stems(`word${i}`), ours, stems('get'), settings);
      const readsBefore = reads;
      const kept = bridgeFor(() => {
        throw new Error('WordNet read');
      }, targets, ours, stems('get', 'want'), settings, folder);
      expect(reads).toBe(readsBefore);
      expect(built.size).toBeGreaterThan(10);
      for (const [stemmed, term] of built.pairs()) expect(kept.bridge(stemmed)).toEqual(term);
      expect(kept.bridge(stem('giraffe'))).toBeUndefined();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
