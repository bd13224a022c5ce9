import { describe, expect, it, vi } from 'vitest';
import { shippedRules } from './shippedRules';

describe('warming up the safety rules at start-up', () => {
  it("assesses every rule's own first example, so no rule is first compiled on a person's message", () => {
    const assess = vi.spyOn(shippedRules, 'assess');
    try {
      shippedRules.warmUp();
      const warmed = new Set(assess.mock.calls.map(([text]) => text));
      const firstExamples = shippedRules.specs.flatMap((spec) => spec.mustTrigger.slice(0, 1).concat(spec.mustTrigger.length > 0 ? [] : spec.possibleOnly.slice(0, 1)));
      expect(firstExamples.length).toBeGreaterThan(100);
      expect(firstExamples.filter((example) => !warmed.has(example))).toEqual([]);
    } finally {
      assess.mockRestore();
    }
  });
});
