import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { syntheticContent } from './syntheticKnowledge';

/**
 * The messages `npm run bench` times the safety engine on: short questions, and questions about
 * second opinions run together into a story, with a sign or a question at the end, up to the
 * 5,000 characters the bot reads. `long` holds the stories alone, by size.
 */
export function safetyBenchMessages(): { readonly all: readonly string[]; readonly long: (size: number) => readonly string[] } {
  const short = syntheticContent(200, 2000).questions.concat([
    'my dad has crushing chest pain and is sweating, what should we do',
    "i can't go on anymore, everyone would be better off without me",
    'should i have chemo or the operation',
    'can my wife ask for a second opinion for me, she is my carer',
  ]);
  const story = (parse(readFileSync(join(__dirname, '../eval/questions.yaml'), 'utf8')) as { inScope: { text: string }[] }).inScope.map((q) => q.text);
  const long = (size: number): string[] =>
    short.slice(-40).map((m, i) => (story.slice(i * 7, i * 7 + 80).join(' ') + ' ').repeat(10).slice(0, size - m.length - 1) + ' ' + m);
  return { all: [...short, ...[500, 1000, 2000, 3500, 5000].flatMap(long)], long };
}
