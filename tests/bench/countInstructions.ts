/**
 * Counts the instructions the safety engine spends on messages, under callgrind: a figure that does
 * not move with the machine's load, where timings on a shared machine do (docs/evaluation.md, "Safety
 * speed, tenth pass" and "twelfth pass"). Runs a compiled engine (`tsc` into its tree's lib/, so each
 * engine reads its own knowledge/safety), warms it, then switches callgrind's counting on for the
 * counted rounds only (from inside the process: callgrind_control, waited for) and off again.
 *
 *   valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=OUT \
 *     node --single-threaded --hash-seed=1 --random-seed=1 --predictable --no-memory-reducer \
 *       --predictable-gc-schedule --no-flush-bytecode -r tsx/cjs tests/bench/countInstructions.ts \
 *       TREE/lib stories|questions|stories-rules [--warm 10] [--rounds 2]
 *
 * `stories`: `assess` on the bench's 40 stories of 5,000 characters; `stories-rules`: the rules alone
 * on them; `questions`: `assess` on the 876 questions of dev A, H, J and K (ordinary short questions).
 * The total is callgrind's summary line of OUT ("summary: N"), divided by the messages counted.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { SafetyRules } from '../../src/safety';
import { safetyBenchMessages } from './safetyMessages';

const [lib, what = 'stories', ...rest] = process.argv.slice(2);
if (!lib) throw new Error('usage: countInstructions.ts TREE/lib stories|stories-rules|questions [--warm N] [--rounds N]');
const option = (name: string, fallback: number): number => {
  const at = rest.indexOf(name);
  return at >= 0 ? Number(rest[at + 1]) : fallback;
};
const warm = option('--warm', 10);
const rounds = option('--rounds', 2);
const folder = resolve(lib);
const load = createRequire(__filename);
const { loadSafetyRules } = load(join(folder, 'safety')) as { loadSafetyRules: (dir: string, options: { modelCache?: string }) => SafetyRules };
const { DEFAULTS } = load(join(folder, 'config')) as { DEFAULTS: { safetyDir: string; safetyModelCache: string } };
const rules = loadSafetyRules(DEFAULTS.safetyDir, { modelCache: DEFAULTS.safetyModelCache });

const questions = (): string[] =>
  ['a', 'h', 'j', 'k'].flatMap((set) => {
    const file = join(__dirname, `../eval/dev/questions-${set}.yaml`);
    return (parse(readFileSync(file, 'utf8')) as { text: string }[]).map((q) => q.text);
  });
const messages = what === 'questions' ? questions() : [...safetyBenchMessages().long(5000)];
const run = what === 'stories-rules' ? (text: string) => rules.assessByRules(text) : (text: string) => rules.assess(text);

let sink = 0;
const round = (): void => {
  for (const text of messages) sink += run(text) ? 1 : 0;
};
for (let i = 0; i < warm; i++) round();
const control = (flag: string): void => {
  execFileSync('callgrind_control', ['-i', flag, String(process.pid)], { stdio: 'ignore' });
};
control('on');
for (let i = 0; i < rounds; i++) round();
control('off');
console.log(`${what}: ${messages.length} messages x ${rounds} rounds counted (${sink} concerns) in ${folder}`);
