import { describe, it, expect } from 'vitest';
import { assessSafety } from '../../../src/safety';
import { CRISIS_RULES } from '../../../src/safety/crisisRules';
import { EMERGENCY_RULES } from '../../../src/safety/emergencyRules';
import { MEDICAL_ADVICE_RULES } from '../../../src/safety/medicalAdviceRules';
import type { SafetyRule } from '../../../src/safety/rule';

const ALL: readonly SafetyRule[] = [...EMERGENCY_RULES, ...CRISIS_RULES, ...MEDICAL_ADVICE_RULES];
const everyRegex = ALL.flatMap((rule) => [...rule.patterns, ...(rule.requires ?? []), ...(rule.unless ?? [])]);

describe('rule tables stay safe to run', () => {
  it('every rule has a stable kebab-case id and at least one pattern', () => {
    for (const rule of ALL) {
      expect(rule.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(rule.patterns.length).toBeGreaterThan(0);
    }
  });

  it('no expression carries the g or y flag, so test() has no hidden lastIndex state', () => {
    for (const re of everyRegex) expect(re.flags).not.toMatch(/[gy]/);
  });

  it('no expression repeats a group without a bound, the usual cause of catastrophic backtracking', () => {
    for (const re of everyRegex) expect(re.source).not.toMatch(/\)[*+]/);
  });

  it('no rule pattern can match an empty string', () => {
    for (const rule of ALL) for (const re of rule.patterns) expect(re.test('')).toBe(false);
  });

  it('500 characters of trigger-word salad are assessed without throwing (speed: npm run bench)', () => {
    const words =
      'chest pain my his face arm cant breathe not no should i have take chemo is it the a and , ? . mum hes been taken all tablets wont stop bleeding fitting stroke heart attack wake up collapsed die want to kill myself end life better off without me point living anymore what does mean results psa of 6 bad how much paracetamol will survive long got which best treatment doctor second opinion if last year for months one side swelling lips rash glass suddenly headache pregnant sepsis blue choking overdose bleach so really just'.split(
        ' ',
      );
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 400; i++) {
      let text = '';
      while (text.length < 500) text += `${words[Math.floor(next() * words.length)] ?? ''}${next() < 0.1 ? ', ' : ' '}`;
      expect(() => assessSafety(text.slice(0, 500))).not.toThrow();
    }
  });

  it('the same word repeated to 100,000 characters is assessed without throwing', () => {
    for (const word of ['so, ', 'have ', 'chest ', 'breathing so ', 'really confused ', 'my mum ', 'cant ', '? ']) {
      const text = word.repeat(Math.ceil(100_000 / word.length)).slice(0, 100_000);
      expect(() => assessSafety(text)).not.toThrow();
    }
  });
});
