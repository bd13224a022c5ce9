import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assessSafety } from './shippedRules';

/** Categories built from the NHS and Samaritans lists, checked on phrasings written from that guidance. */
const groups = parse(readFileSync(join(__dirname, 'guidance-phrasings.yaml'), 'utf8')) as Record<string, string[]>;

describe('phrasings written from the guidance', () => {
  it.each(groups.emergency ?? [])('emergency: %s', (text) => {
    expect(assessSafety(text)?.kind).toBe('emergency');
  });
  it.each(groups.possibleEmergency ?? [])('the 999 line at least: %s', (text) => {
    const concern = assessSafety(text);
    expect(concern?.kind === 'emergency' || concern?.kind === 'possible-emergency' || concern?.possibleEmergency !== undefined).toBe(true);
  });
  it.each(groups.crisis ?? [])('crisis: %s', (text) => {
    expect(assessSafety(text)?.kind).toBe('crisis');
  });
  it.each(groups.medicalAdvice ?? [])('medical advice: %s', (text) => {
    expect(assessSafety(text)?.kind).toBe('medical-advice');
  });
  it.each(groups.nearMiss ?? [])('answered normally: %s', (text) => {
    expect([undefined, 'possible-emergency']).toContain(assessSafety(text)?.kind);
  });
});
