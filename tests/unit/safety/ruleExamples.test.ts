import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULTS } from '../../../src/config';
import { SAFETY_LAYOUT } from '../../../src/safety';
import { shippedRules } from './shippedRules';

/**
 * Every rule in knowledge/safety/ carries its own examples; each becomes a test here, so a
 * clinician's change to a rule is checked against what the rule promises.
 */
for (const spec of shippedRules.specs) {
  describe(`safety rule ${spec.id} (${spec.category}): ${spec.description}`, () => {
    it.each(spec.mustTrigger)('fires on "%s"', (text) => {
      expect(shippedRules.ruleOutcome(spec.id, text)).toBe('definite');
    });
    if (spec.possibleOnly.length > 0) {
      it.each(spec.possibleOnly)('gives only "if this is happening now, call 999" for "%s"', (text) => {
        expect(shippedRules.ruleOutcome(spec.id, text)).toBe('possible');
      });
    }
    if (spec.mustNotTrigger.length > 0) {
      it.each(spec.mustNotTrigger)('does not fire on "%s"', (text) => {
        expect(shippedRules.ruleOutcome(spec.id, text)).not.toBe('definite');
      });
    }
  });
}

describe('the shipped rule files stay safe to run', () => {
  const texts = [SAFETY_LAYOUT.wordLists, ...SAFETY_LAYOUT.rules].map((name) => readFileSync(join(DEFAULTS.safetyDir, name), 'utf8'));
  const data = texts.map((text) => parse(text) as { rules?: { patterns: string[]; requires?: string[]; unless?: string[]; unlessInClause?: string[]; lowerIf?: string[] }[]; wordLists?: { words: string[] }[] });
  const patterns = data.flatMap((file) => [
    ...(file.rules ?? []).flatMap((rule) => [...rule.patterns, ...(rule.requires ?? []), ...(rule.unless ?? []), ...(rule.unlessInClause ?? []), ...(rule.lowerIf ?? [])]),
    ...(file.wordLists ?? []).flatMap((list) => list.words),
  ]);

  it('every rule id is kebab-case and unique across the files', () => {
    const ids = shippedRules.specs.map((spec) => spec.id);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every rule names its source guidance and describes itself in plain words', () => {
    for (const spec of shippedRules.specs) {
      expect(spec.source.length).toBeGreaterThan(5);
      expect(spec.description.length).toBeGreaterThan(10);
    }
  });

  it('no pattern repeats a group or a wildcard without a bound, the usual cause of catastrophic backtracking', () => {
    for (const pattern of patterns) {
      expect(pattern, pattern).not.toMatch(/\)[*+]|(?<!\\)\.[*+]/);
    }
  });

  it('every category has rules, and every emergency rule but a few can be lowered by history', () => {
    for (const category of ['emergency', 'crisis', 'medical-advice']) {
      expect(shippedRules.specs.filter((spec) => spec.category === category).length).toBeGreaterThan(3);
    }
  });
});
