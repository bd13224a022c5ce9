import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { parse } from 'yaml';
import { assessSafety } from './shippedRules';

// Every question and alternate phrasing in the knowledge base is an ordinary question about
// getting a second opinion that the bot answers from its leaflet. None may be diverted to
// 999, Samaritans or "ask a clinician" before it reaches that answer.
const QA_DIR = join(__dirname, '..', '..', '..', 'knowledge', 'qa');

interface Phrasing {
  file: string;
  entry: string;
  text: string;
}

function loadPhrasings(): Phrasing[] {
  const out: Phrasing[] = [];
  for (const file of readdirSync(QA_DIR).filter((name) => name.endsWith('.yaml')).sort()) {
    const doc: unknown = parse(readFileSync(join(QA_DIR, file), 'utf8'));
    const entries = (doc as { entries?: unknown }).entries;
    if (!Array.isArray(entries)) continue;
    for (const raw of entries as unknown[]) {
      const entry = raw as { id?: unknown; question?: unknown; alternates?: unknown };
      const id = typeof entry.id === 'string' ? entry.id : '?';
      const texts = [entry.question, ...(Array.isArray(entry.alternates) ? (entry.alternates as unknown[]) : [])];
      for (const text of texts) if (typeof text === 'string') out.push({ file, entry: id, text });
    }
  }
  return out;
}

describe('knowledge base phrasings never trigger safety', () => {
  const phrasings = loadPhrasings();

  it('finds the knowledge base phrasings', () => {
    expect(phrasings.length).toBeGreaterThan(500);
  });

  it('no question or alternate in knowledge/qa/*.yaml triggers a safety concern', () => {
    const triggered = phrasings
      .map((p) => ({ ...p, concern: assessSafety(p.text) }))
      .filter((p) => p.concern !== undefined)
      .map((p) => `${p.file} ${p.entry}: "${p.text}" -> ${p.concern?.kind ?? ''}/${p.concern?.rule ?? ''}`);
    expect(triggered).toEqual([]);
  });
});
