/**
 * Where a V8 CPU profile's busy time goes (the profiles `npm run bench:load -- --cpu-prof DIR`
 * writes): self time by where the code lives (our folders, each package, Node itself, garbage
 * collection) and the costliest functions; `--timeline` prints how busy each second was, and
 * `--from S --to S` reads only that stretch of the profile (the load, not the start-up); `--samples` counts samples rather than
 * their time (steadier on a busy machine, where a sample after a preemption carries the wait); with `--within NAME`, the share of busy time
 * spent inside functions of that name (their callees included), e.g. `--within assess`; `--stages` splits busy time by
 * what a turn does (adapter and auth, state, dialogs, safety, matching, ...: the innermost frame that names a stage decides).
 *
 *   npx tsx tests/bench/profileSummary.ts DIR/ours/CPU.*.cpuprofile [--timeline] [--from 30 --to 40] [--top 30] [--within match --within assess] [--stages] [--samples]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}

interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Where a frame's code lives: a folder of ours, a package, Node, or V8's own work. */
function place(url: string, functionName: string): string {
  if (url === '') return `(${functionName || 'anonymous'})`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1] ?? url;
  if (url.startsWith('node:')) return 'node';
  const ours = /\/(?:lib|src)\/(?:([^/]+)\/)?[^/]*\.[jt]s$|\/(?:lib|src)\/([^/]+)\//.exec(url);
  if (ours) return `ours: ${ours[1] ?? ours[2] ?? 'top level'}`;
  return url;
}

/** Busy share of each second of the profile, to find where the load starts and ends. */
function timeline(profile: Profile, idle: ReadonlySet<number>): string {
  const perSecond: number[] = [];
  let elapsed = 0;
  profile.samples.forEach((id, i) => {
    const micros = profile.timeDeltas[i] ?? 0;
    elapsed += micros;
    const second = Math.floor(elapsed / 1e6);
    while (perSecond.length <= second) perSecond.push(0);
    if (!idle.has(id)) perSecond[second] = (perSecond[second] ?? 0) + micros;
  });
  return perSecond.map((micros, second) => `${second}s ${Math.round(micros / 1e4)}%`).join(', ');
}

/**
 * What a turn does, by where the code lives; the first that fits a frame names it, and the
 * innermost frame that fits one decides (safety's own regular expressions are safety, a log
 * line written from the matcher is logging).
 */
const STAGES: readonly (readonly [string, RegExp])[] = [
  ['the harness (turnCpu, profiler)', /tests\/bench\//],
  ['logging', /\/(pino|sonic-boom)\/|\/logger\.[jt]s|\/privacy\/redact/],
  ['safety', /\/safety\//],
  ['intents (complaints, small talk, nations, commands)', /knowledge\/intents\/|knowledge\/smallTalk|conversation\/commands/],
  ['matching (and the normaliser)', /knowledge\/(matching|text)\/|(lib|src)\/text\//],
  ['state read, write, serialise', /\/storage\//],
  ['dialog machinery', /botbuilder-dialogs|conversation\/(flowDialog|dialogRunner|flowChoicePrompt|flowAnswer|handoffDialog|interruptibleDialog)/],
  ['reply building', /conversation\/(render|responder|replies|nationReply)|bot\/(heldReplies|feedback)/],
  ['adapter and auth', /botframework-|botbuilder-core|\/botbuilder\/|\/hosting\/|@azure|zod/],
  ['routing (bot, root dialog)', /(lib|src)\/(bot|conversation)\//],
];

function stageOf(node: ProfileNode | undefined, byId: ReadonlyMap<number, ProfileNode>, parent: ReadonlyMap<number, number>): string {
  if (node?.callFrame.functionName === '(garbage collector)') return 'garbage collector';
  for (let at: number | undefined = node?.id; at !== undefined; at = parent.get(at)) {
    const frame = byId.get(at)?.callFrame;
    if (frame?.functionName === 'startProfiling') return 'the harness (turnCpu, profiler)';
    const stage = STAGES.find(([, where]) => where.test(frame?.url ?? ''));
    if (stage) return stage[0];
  }
  return 'other (node, V8, async plumbing)';
}

function summarise(path: string, top: number, within: readonly string[], [fromSeconds, toSeconds]: readonly [number, number]): void {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as Profile;
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  if (process.argv.includes('--timeline')) console.log(`Busy per second: ${timeline(profile, idle)}`);
  const [from, to] = [fromSeconds * 1e6, toSeconds * 1e6];
  let elapsed = 0;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfByPlace = new Map<string, number>();
  const selfByFunction = new Map<string, number>();
  const inside = new Map<string, number>(within.map((name) => [name, 0]));
  const stages = new Map<string, number>();
  const byStage = process.argv.includes('--stages');
  let busy = 0;
  // --samples: each sample counts 1, however long since the last; on a busy machine a sample taken after the process was preempted carries that wait.
  const bySamples = process.argv.includes('--samples');
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    elapsed += profile.timeDeltas[i] ?? 0;
    const micros = bySamples ? 1 : (profile.timeDeltas[i] ?? 0);
    if (elapsed < from || elapsed > to) return;
    if (!node || idle.has(id)) return;
    busy += micros;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = place(url, functionName);
    selfByPlace.set(where, (selfByPlace.get(where) ?? 0) + micros);
    const fn = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
    selfByFunction.set(fn, (selfByFunction.get(fn) ?? 0) + micros);
    if (byStage) {
      const stage = stageOf(node, byId, parent);
      stages.set(stage, (stages.get(stage) ?? 0) + micros);
    }
    if (within.length === 0) return;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at)?.callFrame.functionName ?? '';
      if (inside.has(name) && !seen.has(name)) {
        seen.add(name);
        inside.set(name, (inside.get(name) ?? 0) + micros);
      }
    }
  });
  const share = (micros: number): string => `${((100 * micros) / busy).toFixed(1).padStart(5)}%`;
  const list = (map: ReadonlyMap<string, number>, count: number): void => {
    for (const [name, micros] of [...map].sort((a, b) => b[1] - a[1]).slice(0, count)) console.log(`  ${share(micros)}  ${name}`);
  };
  console.log(bySamples ? `${path}: ${busy} busy samples` : `${path}: ${(busy / 1e6).toFixed(1)} s busy`);
  console.log('Self time by where the code lives:');
  list(selfByPlace, 25);
  console.log(`Costliest functions (self time):`);
  list(selfByFunction, top);
  if (byStage) {
    console.log('By stage of a turn:');
    list(stages, stages.size);
  }
  if (within.length > 0) {
    console.log('Inside (callees included):');
    list(inside, within.length);
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const valueOf = (flag: string): string[] => args.flatMap((arg, i) => (arg === flag && args[i + 1] !== undefined ? [args[i + 1] as string] : []));
  const top = Number(valueOf('--top')[0] ?? 30);
  const within = valueOf('--within');
  const window = [Number(valueOf('--from')[0] ?? 0), Number(valueOf('--to')[0] ?? Infinity)] as const;
  const files = args.filter((arg, i) => !arg.startsWith('--') && !['--top', '--within', '--from', '--to'].includes(args[i - 1] ?? ''));
  if (files.length === 0) throw new Error('give the .cpuprofile file(s) to summarise');
  for (const file of files) summarise(file, top, within, window);
}

main();
