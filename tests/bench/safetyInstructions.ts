/**
 * Instructions (valgrind's callgrind) per message of one safety stage, for engines old and new: a
 * figure the machine's load does not inflate, where CPU time on a busy shared machine moves by
 * +-35% or more (safetyStages.ts). V8's JIT and GC choices still vary with timing, so a whole
 * figure spreads by ~+-15% between runs (11.7-15.8 M for one engine's `assess` of a story): run
 * old and new in turn, more than once, and trust only a larger difference. Each engine is loaded in a process of its own under callgrind with
 * counting off; once loaded and warm, the process asks callgrind to count (callgrind_control) and
 * runs the stage over the bench's messages, N passes. Two runs with different N are subtracted, so
 * what is counted around the passes (turning counting on, leaving) drops out: what is left is
 * what one pass costs, divided by the messages in it.
 *
 *   npx tsx tests/bench/safetyInstructions.ts [--engine DIR]... [--stage assess|rules|literals|places|classifier] [--size 5000|short] [--passes 2,6]
 *
 * An engine is a folder laid out as src/ (the default) or lib/ after a build (what a deployment
 * runs; quicker under valgrind). Slow: a run under valgrind takes minutes. Needs valgrind.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { textOption } from './benchArgs';
import { loadEngineAt, type LoadedEngine } from './safetyEngineAt';
import { safetyBenchMessages } from './safetyMessages';

const STAGES = ['assess', 'rules', 'literals', 'places', 'classifier'] as const;
type Stage = (typeof STAGES)[number];

function messagesOf(size: string): readonly string[] {
  // "short": the bench's questions of under 300 characters; otherwise its stories of that size.
  return size === 'short' ? safetyBenchMessages().all.filter((text) => text.length < 300) : safetyBenchMessages().long(Number(size));
}

/** One pass of the stage over the messages (the parts as safetyStages.ts times them). */
function passOf({ rules, parts, normalise }: LoadedEngine, stage: Stage, messages: readonly string[]): () => void {
  const normalised = messages.map(normalise);
  const all = [...parts.byId.values()];
  const classifier = parts.secondNet?.classifier;
  switch (stage) {
    case 'assess':
      return () => messages.forEach((text) => rules.assess(text));
    case 'rules':
      return () => messages.forEach((text) => rules.assessByRules(text));
    case 'literals':
      return () => normalised.forEach((text) => parts.anchorIndex.read(text));
    case 'places':
      return () =>
        normalised.forEach((text) => {
          const anchors = parts.anchorIndex.read(text);
          for (const rule of all) anchors.startsOf(rule);
        });
    case 'classifier':
      return () => normalised.forEach((text) => classifier?.read(text));
  }
}

/** In the process under callgrind: load, warm up, have counting turned on, then run the passes. */
function child(folder: string, stage: Stage, size: string, passes: number): void {
  const pass = passOf(loadEngineAt(folder), stage, messagesOf(size));
  for (let warm = 0; warm < 5; warm++) pass();
  // callgrind_control talks to this process while it runs; it is waited for by a flag file, with the
  // process busy meanwhile (valgrind answers between blocks of instructions, not in a blocking call).
  const flag = join(mkdtempSync(join(tmpdir(), 'safety-instructions-')), 'on');
  spawn('sh', ['-c', `callgrind_control -i on ${process.pid} >/dev/null 2>&1; touch ${flag}`], { stdio: 'ignore' });
  let spin = 0;
  while (!existsSync(flag)) for (let k = 0; k < 100_000; k++) spin += k;
  rmSync(join(flag, '..'), { recursive: true });
  for (let p = 0; p < passes; p++) pass();
  if (spin < 0) console.log(spin);
}

/** Instructions counted in one run of the child under callgrind. */
function counted(folder: string, stage: Stage, size: string, passes: number): number {
  const out = join(mkdtempSync(join(tmpdir(), 'safety-callgrind-')), 'callgrind.out');
  try {
    const args = ['--tool=callgrind', '--instr-atstart=no', `--callgrind-out-file=${out}`, process.execPath, ...process.execArgv, __filename];
    execFileSync('valgrind', [...args, '--child', folder, '--stage', stage, '--size', size, '--passes', String(passes)], { stdio: 'ignore' });
    const totals = /^totals: (\d+)/m.exec(readFileSync(out, 'utf8'));
    if (!totals?.[1]) throw new Error(`no totals in ${out}`);
    return Number(totals[1]);
  } finally {
    rmSync(join(out, '..'), { recursive: true, force: true });
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const stage = textOption('--stage', 'assess') as Stage;
  if (!STAGES.includes(stage)) throw new Error(`--stage is one of ${STAGES.join(', ')}`);
  const size = textOption('--size', '5000');
  if (args.includes('--child')) {
    child(resolve(textOption('--child', 'src')), stage, size, Number(textOption('--passes', '1')));
    return;
  }
  const [few = 2, many = 6] = textOption('--passes', '2,6').split(',').map(Number);
  const engines = args.flatMap((arg, i) => (args[i - 1] === '--engine' ? [arg] : []));
  if (engines.length === 0) engines.push('src');
  const messages = messagesOf(size).length;
  console.log(`Safety instructions: ${stage}, ${size === 'short' ? 'short questions' : `${size}-character stories`} (${messages} a pass), passes ${many} - ${few}`);
  for (const engine of engines) {
    const folder = resolve(engine);
    const perPass = (counted(folder, stage, size, many) - counted(folder, stage, size, few)) / (many - few);
    console.log(`  ${engine.padEnd(12)} ${(perPass / messages / 1e6).toFixed(2)} M instructions a message`);
  }
}

main();
