/**
 * CPU per turn in-process: a compiled build of the bot (lib/ from `npm run build`, or another
 * build's folder), composed as `npm start` composes it, takes turns through its adapter the
 * way the HTTP endpoint hands them over (expectReplies, the reply body serialised as restify
 * would), 64 in flight, every turn a new person's realistic question as in `npm run bench:load`.
 * Logs go to the process's stdout, which is thrown away, as under load.
 *
 *   npx tsx tests/bench/turnCpu.ts lib                  one build, 5 runs
 *   npx tsx tests/bench/turnCpu.ts old/lib lib --runs 6 two builds, runs alternating
 *   npx tsx tests/bench/turnCpu.ts lib lib+--max-semi-space-size=32   one build, with and without a Node flag
 *   npx tsx tests/bench/turnCpu.ts --child lib --cpu-prof FILE   one run, its measured turns profiled into FILE
 *   npx tsx tests/bench/turnCpu.ts old/lib lib --kind flow   only the questions that start a guided flow (--kind other: the rest)
 *   npx tsx tests/bench/turnCpu.ts --child lib --heap-prof FILE  one run: what its measured turns allocate (garbage included),
 *                                           sampled into FILE (DevTools opens it), and the top allocating functions per turn printed
 *   npx tsx tests/bench/turnCpu.ts lib+WARM_UP_TURNS=0 lib --curve 8   start-up settings per build (here the warm-up under load's size)
 *   npx tsx tests/bench/turnCpu.ts old/lib lib --curve 16   the warm-up curve: CPU per turn of the first 16 blocks of 500 turns
 *                                           after start-up (no unmeasured turns first), and the start-up's own time
 *
 * Each run also reports the garbage collector's pauses over its measured turns: every pause
 * stops all turns in flight, so they make the latency tail under load.
 *
 * Each run is a fresh process (warmed as at start-up, then 2,000 turns unmeasured); on a
 * busy machine only builds measured in the same alternating series compare.
 */
import { fork } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { constants, performance, PerformanceObserver } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { parse } from 'yaml';

const ROOT = resolve(__dirname, '../..');
const IN_FLIGHT = 64;

interface RunResult {
  readonly cpuPerTurnMs: number;
  readonly turns: number;
  /** Young-generation collections (scavenges) over the measured turns: how many, their pauses in all and the longest. */
  readonly scavenges: number;
  readonly scavengeMs: number;
  readonly longestScavengeMs: number;
  /** Full (mark-compact) collections over the measured turns. */
  readonly fullCollections: number;
  /** With --curve: CPU ms per turn of each block of CURVE_BLOCK turns from the first turn after start-up. */
  readonly curve?: readonly number[];
  /** Composing the bot and warming it up, wall and CPU milliseconds. */
  readonly startUpMs: number;
  readonly startUpCpuMs: number;
}

/** Turns per block of the warm-up curve: about half a second of a bench round. */
const CURVE_BLOCK = 500;

/** Which of the realistic questions a run asks: all, those that start a guided flow, or the rest. */
type TurnKind = 'all' | 'flow' | 'other';

function turnKind(): TurnKind {
  const at = process.argv.indexOf('--kind');
  const kind = at >= 0 ? process.argv[at + 1] : 'all';
  if (kind !== 'all' && kind !== 'flow' && kind !== 'other') throw new Error('--kind is all, flow or other');
  return kind;
}

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
}

function realisticQuestions(): string[] {
  const set = parse(readFileSync(resolve(ROOT, 'tests/eval/questions.yaml'), 'utf8')) as { inScope: { text: string }[]; outOfScope: { text: string }[] };
  return [...set.inScope, ...set.outOfScope].map((q) => q.text).filter((q): q is string => typeof q === 'string');
}

/** In the child: compose the build in `libDir`, warm it, then time `turns` turns. */
async function measure(libDir: string, turns: number, kind: TurnKind, profileTo?: string, heapProfileTo?: string, curveBlocks = 0): Promise<RunResult> {
  // tsx (which runs this file) turns source maps on for the whole process; `node lib/index.js` has them off.
  process.setSourceMapsEnabled(false);
  /* eslint-disable @typescript-eslint/no-require-imports -- the build to measure is chosen at run time */
  const { composeApp } = require(resolve(libDir, 'index.js')) as typeof import('../../src/index');
  const { loadConfig } = require(resolve(libDir, 'config.js')) as typeof import('../../src/config');
  const { createLogger } = require(resolve(libDir, 'logger.js')) as typeof import('../../src/logger');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const warmUpTurns = process.env.WARM_UP_TURNS;
  const config = loadConfig({ HOST: '127.0.0.1', PORT: '0', RATE_LIMIT_PER_IP: '0', NODE_ENV: 'production', ...(warmUpTurns ? { WARM_UP_TURNS: warmUpTurns } : {}) });
  const startedAt = performance.now();
  const startCpu = process.cpuUsage();
  const app = composeApp(config, createLogger(undefined, config.hosting.logLevel));
  await app.warmUp();
  const startUpMs = performance.now() - startedAt;
  const startUpCpu = process.cpuUsage(startCpu);
  let questions = realisticQuestions();
  let counter = 0;
  const turn = async (text?: string): Promise<void> => {
    const n = counter++;
    const body = {
      type: 'message', id: `cpu-${n}`, text: text ?? questions[n % questions.length] ?? 'hello', channelId: 'directline', serviceUrl: 'http://127.0.0.1:9',
      conversation: { id: `cpu-conversation-${n}` }, from: { id: `cpu-user-${n}` }, recipient: { id: 'bot' }, locale: 'en-GB', deliveryMode: 'expectReplies',
    };
    // What restify hands the adapter: a parsed body, headers; a response it serialises.
    const req = { method: 'POST', body: JSON.parse(JSON.stringify(body)) as unknown, headers: {} };
    let status = 0;
    const res = {
      status: (code: number) => {
        status = code;
      },
      send: (sent: unknown) => JSON.stringify(sent),
      end: () => undefined,
      header: () => undefined,
    };
    // As that build's server hands requests over (older builds had no processRequest).
    const adapter = app.adapter as unknown as Record<string, (req: never, res: never, logic: (context: never) => Promise<void>) => Promise<void>>;
    const handOver = typeof adapter.processRequest === 'function' ? 'processRequest' : 'process';
    await adapter[handOver]?.call(app.adapter, req as never, res as never, (context) => app.bot.run(context));
    if (status !== 200) throw new Error(`turn ${n} answered ${status}`);
  };
  const run = async (count: number): Promise<void> => {
    let left = count;
    const lane = async (): Promise<void> => {
      while (left-- > 0) await turn();
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
  };
  if (kind !== 'all') {
    // A question starts a flow when its conversation is stored (an answer outside a flow stores nothing).
    const store = app.storage as unknown as { readonly size: number };
    const starting = new Set<string>();
    for (const question of questions) {
      const before = store.size;
      await turn(question);
      if (store.size > before) starting.add(question);
    }
    questions = questions.filter((q) => starting.has(q) === (kind === 'flow'));
  }
  const curve: number[] = [];
  for (let block = 0; block < curveBlocks; block++) {
    const blockStart = process.cpuUsage();
    await run(CURVE_BLOCK);
    const used = process.cpuUsage(blockStart);
    curve.push((used.user + used.system) / 1000 / CURVE_BLOCK);
  }
  if (curveBlocks === 0) await run(2000);
  const pauses: { kind: number; ms: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push({ kind: (entry as unknown as { detail?: { kind?: number } }).detail?.kind ?? 0, ms: entry.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  const profiling = profileTo ? await startProfiling() : undefined;
  const heapProfiling = heapProfileTo ? await startHeapSampling() : undefined;
  const before = process.cpuUsage();
  await run(turns);
  const used = process.cpuUsage(before);
  // GC entries are delivered asynchronously.
  await new Promise((resolveWait) => setTimeout(resolveWait, 50));
  observer.disconnect();
  if (profiling && profileTo) writeFileSync(profileTo, JSON.stringify(await profiling()));
  if (heapProfiling && heapProfileTo) {
    const profile = await heapProfiling();
    writeFileSync(heapProfileTo, JSON.stringify(profile));
    console.error(allocationSummary(profile, turns));
  }
  const scavenges = pauses.filter((p) => p.kind === constants.NODE_PERFORMANCE_GC_MINOR).map((p) => p.ms);
  return {
    cpuPerTurnMs: (used.user + used.system) / 1000 / turns,
    turns,
    scavenges: scavenges.length,
    scavengeMs: scavenges.reduce((a, b) => a + b, 0),
    longestScavengeMs: Math.max(0, ...scavenges),
    fullCollections: pauses.filter((p) => p.kind === constants.NODE_PERFORMANCE_GC_MAJOR).length,
    ...(curveBlocks > 0 ? { curve } : {}),
    startUpMs,
    startUpCpuMs: (startUpCpu.user + startUpCpu.system) / 1000,
  };
}

/** Starts V8's CPU profiler in this process; the function returned stops it and gives the profile. */
async function startProfiling(): Promise<() => Promise<object>> {
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object): Promise<unknown> =>
    new Promise((done, fail) => session.post(method, params, (error, result) => (error ? fail(error) : done(result))));
  await post('Profiler.enable');
  await post('Profiler.start');
  return async () => {
    const { profile } = (await post('Profiler.stop')) as { profile: object };
    session.disconnect();
    return profile;
  };
}

interface HeapNode {
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly selfSize: number;
  readonly children: readonly HeapNode[];
}

/**
 * Starts V8's sampling heap profiler, counting objects the garbage collector has since freed
 * too: what a turn allocates, not what it keeps. The function returned stops it.
 */
async function startHeapSampling(): Promise<() => Promise<{ head: HeapNode }>> {
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object): Promise<unknown> =>
    new Promise((done, fail) => session.post(method, params, (error, result) => (error ? fail(error) : done(result))));
  await post('HeapProfiler.enable');
  await post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  return async () => {
    const { profile } = (await post('HeapProfiler.stopSampling')) as { profile: { head: HeapNode } };
    session.disconnect();
    return profile;
  };
}

/** Bytes allocated per turn in all, by where the code lives and by the functions that allocate most. */
function allocationSummary(profile: { head: HeapNode }, turns: number): string {
  const byFunction = new Map<string, number>();
  const byPlace = new Map<string, number>();
  let total = 0;
  const visit = (node: HeapNode): void => {
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url.replace(/^.*\/node_modules\/((?:@[^/]+\/)?[^/]+)\/.*$/, '$1').replace(/^.*\/(?:lib|src)\//, '');
    const place = /node_modules/.test(url) ? where : url.startsWith('node:') || url === '' ? '(node, V8)' : `ours: ${where.split('/')[0] ?? where}`;
    const name = `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + node.selfSize);
    byPlace.set(place, (byPlace.get(place) ?? 0) + node.selfSize);
    total += node.selfSize;
    node.children.forEach(visit);
  };
  visit(profile.head);
  const kb = (bytes: number): string => `${(bytes / turns / 1024).toFixed(1)} KB`.padStart(9);
  const top = (map: Map<string, number>, count: number): string[] => [...map].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, bytes]) => `  ${kb(bytes)}  ${name}`);
  return [`Allocated per turn (sampled): ${kb(total).trim()}`, 'By where the code lives:', ...top(byPlace, 12), 'Functions that allocate most:', ...top(byFunction, 30)].join('\n');
}

/** `--curve N`: measure the first N blocks of turns after start-up, one by one. */
function curveBlocks(): number {
  return process.argv.includes('--curve') ? option('curve', 16) : 0;
}

/**
 * A build to measure: its folder, and Node flags to run it with after a `+` each (`lib+--max-semi-space-size=32`),
 * or a setting for its start-up (`lib+WARM_UP_TURNS=200`).
 */
function runChild(build: string, turns: number, kind: TurnKind, curveBlocks: number): Promise<RunResult> {
  const [libDir = 'lib', ...options] = build.split('+');
  const nodeFlags = options.filter((o) => o.startsWith('--'));
  const settings = Object.fromEntries(options.filter((o) => !o.startsWith('--')).map((o) => o.split('=', 2)));
  return new Promise((resolveRun, reject) => {
    const child = fork(__filename, ['--child', resolve(libDir), '--turns', String(turns), '--kind', kind, ...(curveBlocks > 0 ? ['--curve', String(curveBlocks)] : [])], {
      execArgv: [...nodeFlags, '--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      env: { ...process.env, NODE_ENV: 'production', ...settings },
    });
    child.once('message', (message) => resolveRun(message as RunResult));
    child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`run of ${build} exited with ${String(code)}`))));
  });
}

async function main(): Promise<void> {
  const childAt = process.argv.indexOf('--child');
  if (childAt >= 0) {
    const profileAt = process.argv.indexOf('--cpu-prof');
    const heapProfileAt = process.argv.indexOf('--heap-prof');
    const result = await measure(
      process.argv[childAt + 1] ?? 'lib',
      option('turns', 5000),
      turnKind(),
      profileAt >= 0 ? process.argv[profileAt + 1] : undefined,
      heapProfileAt >= 0 ? process.argv[heapProfileAt + 1] : undefined,
      curveBlocks(),
    );
    process.send?.(result, () => process.exit(0));
    return;
  }
  const builds = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith('--') && !all[i - 1]?.startsWith('--'));
  if (builds.length === 0) builds.push('lib');
  const runs = option('runs', 5);
  const turns = option('turns', 5000);
  const kind = turnKind();
  const blocks = curveBlocks();
  const results = new Map<string, number[]>(builds.map((b) => [b, []]));
  console.log(`CPU per turn in-process: ${builds.join(' vs ')}, ${runs} runs each of ${turns} turns (${kind === 'all' ? 'all questions' : kind === 'flow' ? 'questions that start a flow' : 'questions that start no flow'}), ${IN_FLIGHT} in flight, alternating`);
  for (let run = 1; run <= runs; run++) {
    const line: string[] = [];
    for (const build of builds) {
      const result = await runChild(build, turns, kind, blocks);
      results.get(build)?.push(result.cpuPerTurnMs);
      const gc = `${result.scavenges} scavenges, ${result.scavengeMs.toFixed(0)} ms in all, longest ${result.longestScavengeMs.toFixed(1)} ms; ${result.fullCollections} full`;
      const startUp = `start-up ${(result.startUpMs / 1000).toFixed(1)} s, ${(result.startUpCpuMs / 1000).toFixed(1)} s CPU`;
      const curve = result.curve ? `; first blocks of ${CURVE_BLOCK} turns ${result.curve.map((ms) => ms.toFixed(2)).join(' ')} ms` : '';
      line.push(`${build} ${result.cpuPerTurnMs.toFixed(3)} ms (GC: ${gc}; ${startUp}${curve})`);
    }
    console.log(`  run ${run}: ${line.join(', ')}`);
  }
  for (const [build, list] of results) {
    const sorted = [...list].sort((a, b) => a - b);
    const mean = list.reduce((a, b) => a + b, 0) / list.length;
    console.log(`  ${build}: mean ${mean.toFixed(3)} ms, median ${(sorted[Math.floor(sorted.length / 2)] ?? NaN).toFixed(3)} ms, range ${sorted[0]?.toFixed(3)}-${sorted[sorted.length - 1]?.toFixed(3)} ms`);
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
