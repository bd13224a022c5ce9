/**
 * `npm run bench:load`: this bot against a plain botbuilder echo bot, each in its own process,
 * driven by autocannon the way a load balancer sees them: 64 connections, every request a new
 * person's realistic question (expectReplies), the two bots alternating in one run.
 * Reports ratios and figures; asserts nothing (figures depend on the machine).
 *
 *   npm run bench:load                      8 rounds of 5 s per bot, each round in slices of 1 s taking turns
 *   npm run bench:load -- --rounds 5 --duration 20 --slice 2 --connections 64
 *   npm run bench:soak                      our bot alone for 300 s (= bench:load -- --soak 300): RSS, live heap and event-loop delay over time
 *   npm run bench:load -- --cpu-prof DIR    also writes V8 CPU profiles of both bots to DIR/ours and DIR/echo (Chrome DevTools opens them;
 *                                           tests/bench/profileSummary.ts sums them up)
 *   npm run bench:soak -- --soak 600 --store-cap 1000 --window 30   a longer soak past the store's cap (lowered for the run), sampled every 30 s
 *   npm run bench:load -- --store-cap 2000 --warm-up 12000   both bots' stores capped at 2,000 and full before round 1 (our bot
 *                                           stores about one request in five): the live heap round by round past the cap
 *   npm run bench:load -- --starts 5        our bot started 5 times: start-up time, and turns 1, 2, 10 and 11 after start (wall and CPU)
 *   npm run bench:load -- --starts 5 --pause 200   the same, with a 200 ms pause (500 unless told) before turn 1 and turn 10 alike
 *   npm run bench:load -- --starts 5 --warm-up-turns 0,200,2000   the same for each size of start-up's warm-up under load, in turn
 *   npm run bench:load -- --v8-defaults     also our bot without the start script's V8 heap settings (RSS per round, side by side)
 *   npm run bench:load -- --ours-also "--min-semi-space-size=32"   also our bot with these node flags added to the start script's:
 *                                           a setting against the start script's, round by round in one run (paired)
 *
 * Both bots run compiled, under plain node with the same flags, as `npm start` runs ours: our
 * bot built by tsc to lib/, the echo bot and the probe transpiled to JavaScript beside the
 * build cache. (Run through tsx, a bot pays for source maps turned on for the whole process,
 * which production never does.) Rounds alternate which bot goes first. At the end of each
 * round the probe in each bot reads RSS, then collects garbage and reports the live heap: what
 * the bot keeps, as against garbage V8 has not got round to (bots run with --expose-gc).
 *
 * One round of each bot is one comparison: the machine changes from second to second (other
 * work on it takes CPU from one bot and not the other), so within a round the bots take turns
 * in slices of a second (ABBA), and a run has many rounds and
 * reports the median of the rounds' ratios and the worst round beside the mean. Each round's
 * line shows what a reader needs to judge it: the share of a core each bot got (CPU time over
 * wall time; well under 1 means the machine was busy), its CPU per request (the bot's own cost,
 * which a busy machine changes less) and the machine's load average.
 */
import autocannon from 'autocannon';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { basename, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ModuleKind, ScriptTarget, transpileModule } from 'typescript';
import { parse } from 'yaml';

const ROOT = resolve(__dirname, '../..');

interface Sample {
  readonly rssMb: number;
  /** The young generation's size (V8's new space, both halves). */
  readonly youngMb: number;
  /** JavaScript objects, garbage not yet collected included. */
  readonly heapUsedMb: number;
  /** What is still alive after a full garbage collection (asked for at the end of a round). */
  readonly liveHeapMb?: number;
  readonly loopDelayP99Ms: number;
  readonly loopDelayMaxMs: number;
  /** CPU time the process has used since it started. */
  readonly cpuMs: number;
  /** Time the garbage collector has paused the bot since it started (the bench's forced collections left out). */
  readonly gcMs: number;
  /** Of which full (mark-compact) collections. */
  readonly fullGcMs: number;
  /** Collections so far (the bench's forced ones left out), and of which full. */
  readonly collections: number;
  readonly fullCollections: number;
  /** Messages (POST requests) the bot has answered since it started, counted by the bot. */
  readonly served: number;
}

interface BotProcess {
  readonly name: string;
  readonly url: string;
  /** With `live`, after reading the figures the probe collects garbage and adds what is still alive. */
  sample(live?: boolean): Promise<Sample>;
  stop(): Promise<void>;
}

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
}

/**
 * Where the bench's own helpers go as JavaScript: inside node_modules, so that they find its
 * packages; a folder per checkout, as worktrees share one node_modules (another checkout's bench
 * compiling its echo bot or probe there while this one starts them would swap them under it).
 */
const COMPILED = resolve(ROOT, 'node_modules/.cache/advice-line-bot-bench', createHash('sha256').update(ROOT).digest('hex').slice(0, 12));

/** A bench helper (TypeScript beside this file) as CommonJS that plain node runs. */
function compiled(file: string): string {
  const source = readFileSync(resolve(__dirname, file), 'utf8');
  const { outputText } = transpileModule(source, { compilerOptions: { module: ModuleKind.CommonJS, target: ScriptTarget.ES2022, esModuleInterop: true }, fileName: file });
  mkdirSync(COMPILED, { recursive: true });
  const out = resolve(COMPILED, basename(file).replace(/\.ts$/, '.js'));
  writeFileSync(out, outputText);
  return out;
}

async function startBotProcess(name: string, script: string, env: Record<string, string>, nodeOptions: readonly string[] = []): Promise<BotProcess> {
  const child: ChildProcess = spawn(process.execPath, [...nodeOptions, '--expose-gc', '--require', compiled('probe.ts'), script], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let output = '';
    child.once('exit', (code) => reject(new Error(`${name} exited at start-up (${String(code)}): ${output}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (output.length < 100_000) output += chunk.toString();
      const started = /"event":"started"[^\n]*"url":"([^"]+)"|"url":"([^"]+)"[^\n]*"event":"started"/.exec(output);
      if (started) resolveUrl(started[1] ?? started[2] ?? '');
    });
  });
  child.stdout?.resume();
  return {
    name,
    url,
    sample: (live = false) =>
      new Promise((resolveSample) => {
        child.once('message', (message) => resolveSample(message as Sample));
        child.send(live ? 'sample-live' : 'sample');
      }),
    stop: () =>
      new Promise((resolveStop) => {
        child.once('exit', () => resolveStop());
        child.kill('SIGTERM');
      }),
  };
}

function realisticQuestions(): string[] {
  const set = parse(readFileSync(resolve(ROOT, 'tests/eval/questions.yaml'), 'utf8')) as { inScope: { text: string }[]; outOfScope: { text: string }[] };
  return [...set.inScope, ...set.outOfScope].map((q) => q.text).filter((q): q is string => typeof q === "string");
}

let conversationCounter = 0;
function activity(text: string): string {
  conversationCounter++;
  return JSON.stringify({
    type: 'message',
    id: `bench-${conversationCounter}`,
    text,
    channelId: 'directline',
    serviceUrl: 'http://127.0.0.1:9',
    conversation: { id: `bench-conversation-${process.pid}-${conversationCounter}` },
    from: { id: `bench-user-${conversationCounter}` },
    recipient: { id: 'bot' },
    locale: 'en-GB',
    deliveryMode: 'expectReplies',
  });
}

interface RoundResult {
  readonly rps: number;
  readonly p99: number;
  readonly p50: number;
  readonly errors: number;
  readonly requests: number;
  /** What the errors were: socket errors, timeouts, and non-2xx answers by status. */
  readonly errorKinds: string;
  /** CPU milliseconds the bot spent per message it answered in the round (the queue left at a slice's end included). */
  readonly cpuPerRequestMs: number;
  /** Of which the garbage collector's pauses (main thread, wall time), per message answered; and its full collections'. */
  readonly gcPerRequestMs: number;
  readonly fullGcPerRequestMs: number;
  /** Collections, and of which full ones, per 1,000 messages answered. */
  readonly collectionsPerThousand: number;
  readonly fullCollectionsPerThousand: number;
  /** Messages the bot answered, by its own count. */
  readonly served: number;
  /** CPU time over wall time in the round: how much of a core the bot got (just over 1 with the GC's helper threads). */
  readonly cpuShare: number;
  /** The bot's own figures at the start and the end of the round (event-loop delay over the round). */
  readonly before: Sample;
  readonly after: Sample;
  /** Wall time the bot was driven, and the CPU time it used meanwhile. */
  readonly wallMs: number;
  readonly cpuMs: number;
}

/**
 * One round: the bots take turns in short slices (ABBA: each goes first equally often) until
 * each has been driven `seconds`, so that both meet the machine within a second or so of
 * each other. A slice cuts off the requests still queued at its end, so its latencies are only
 * meaningful well under the slice (as on a quiet machine: p99 ~0.1 s against 1 s slices; on a
 * starved one use `--slice 5`). With one 5 s stretch each, the second bot met the machine 5 s later, and on a
 * shared machine that alone moved a round's ratio by more than any change to the bot.
 */
async function driveRound(order: readonly Contender[], questions: readonly string[], seconds: number, slice: number, connections: number): Promise<void> {
  const slices = Math.max(1, Math.round(seconds / slice));
  const parts = new Map<Contender, RoundResult[]>(order.map((c) => [c, []]));
  for (let i = 0; i < slices; i++) {
    const turn = i % 2 === 0 ? order : [...order].reverse();
    for (const c of turn) {
      parts.get(c)?.push(await drive(c.bot, questions, seconds / slices, connections, i === slices - 1));
    }
  }
  for (const c of order) c.rounds.push(combined(parts.get(c) ?? []));
}

/**
 * A slice ends with up to `connections` turns still queued in the bot, whose requests the
 * client drops: they must not run into the next bot's slice. Waits (up to 5 s) until the bot
 * uses under a tenth of a core. That work is counted in the slice's CPU, and the messages it
 * answers in the slice's count (the bot's own): until the twentieth pass neither was, and the
 * CPU a bot had spent on the queue before the slice ended was counted without its messages.
 */
async function untilIdle(bot: BotProcess): Promise<Sample> {
  const first = await bot.sample();
  let before = first;
  for (let waited = 0; waited < 5000; waited += 100) {
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
    const now = await bot.sample();
    if (now.cpuMs - before.cpuMs < 10) break;
    before = now;
  }
  return first;
}

/** A round's figures from its slices: totals over totals; the latencies weighted by requests (an estimate). */
function combined(parts: readonly RoundResult[]): RoundResult {
  const total = (pick: (r: RoundResult) => number): number => parts.reduce((sum, r) => sum + pick(r), 0);
  const requests = total((r) => r.requests);
  const wallMs = total((r) => r.wallMs);
  const cpuMs = total((r) => r.cpuMs);
  const served = total((r) => r.served);
  const weighted = (pick: (r: RoundResult) => number): number => (requests > 0 ? total((r) => pick(r) * r.requests) / requests : NaN);
  const last = parts[parts.length - 1];
  if (!last) throw new Error('a round with no slices');
  return {
    rps: requests / (wallMs / 1000),
    p99: Math.round(weighted((r) => r.p99)),
    p50: Math.round(weighted((r) => r.p50)),
    errors: total((r) => r.errors),
    errorKinds: parts.map((r) => r.errorKinds).filter(Boolean).join('; '),
    requests,
    cpuPerRequestMs: cpuMs / Math.max(1, served),
    gcPerRequestMs: total((r) => r.after.gcMs - r.before.gcMs) / Math.max(1, served),
    fullGcPerRequestMs: total((r) => r.after.fullGcMs - r.before.fullGcMs) / Math.max(1, served),
    collectionsPerThousand: (1000 * total((r) => r.after.collections - r.before.collections)) / Math.max(1, served),
    fullCollectionsPerThousand: (1000 * total((r) => r.after.fullCollections - r.before.fullCollections)) / Math.max(1, served),
    served,
    cpuShare: total((r) => r.cpuShare * r.wallMs) / wallMs,
    before: parts[0]?.before ?? last.before,
    after: last.after,
    wallMs,
    cpuMs,
  };
}

async function drive(bot: BotProcess, questions: readonly string[], seconds: number, connections: number, live = true): Promise<RoundResult> {
  let next = 0;
  const before = await bot.sample();
  const started = performance.now();
  const result = await autocannon({
    url: bot.url,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    requests: [{ setupRequest: (request) => ({ ...request, body: activity(questions[next++ % questions.length] ?? 'hello') }) }],
  });
  const wallMs = performance.now() - started;
  const driven = await untilIdle(bot);
  const after = await bot.sample(live);
  const served = after.served - before.served;
  return {
    wallMs,
    cpuMs: after.cpuMs - before.cpuMs,
    cpuPerRequestMs: (after.cpuMs - before.cpuMs) / Math.max(1, served),
    gcPerRequestMs: (after.gcMs - before.gcMs) / Math.max(1, served),
    fullGcPerRequestMs: (after.fullGcMs - before.fullGcMs) / Math.max(1, served),
    collectionsPerThousand: (1000 * (after.collections - before.collections)) / Math.max(1, served),
    fullCollectionsPerThousand: (1000 * (after.fullCollections - before.fullCollections)) / Math.max(1, served),
    served,
    // While the client drove it (the queue's tail after that is counted in CPU per message, not here).
    cpuShare: (driven.cpuMs - before.cpuMs) / wallMs,
    before,
    after,
    rps: result.requests.total / (wallMs / 1000),
    p99: result.latency.p99,
    p50: result.latency.p50,
    errors: result.errors + result.timeouts + result.non2xx,
    errorKinds: [
      result.errors - result.timeouts > 0 ? `${result.errors - result.timeouts} socket errors` : '',
      result.timeouts > 0 ? `${result.timeouts} timeouts` : '',
      ...Object.entries(result.statusCodeStats ?? {}).filter(([code]) => !code.startsWith('2')).map(([code, stat]) => `${stat.count} x ${code}`),
    ].filter(Boolean).join(', '),
    requests: result.requests.total,
  };
}

/**
 * The bench's own HTTP client (fetch) is slow on its first requests too: warm it on a throwaway
 * server, so that the first-turn figure is the bot's alone.
 */
async function warmClient(): Promise<void> {
  const server = createServer((request, response) => request.resume().once('end', () => response.end('{}')));
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;
  for (let i = 0; i < 20; i++) {
    const response = await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: activity('warming the client') });
    await response.arrayBuffer();
  }
  await new Promise((resolveClose) => server.close(resolveClose));
}

/** Latency of the first and the tenth turn a freshly started process serves, one at a time. */
const FIRST_AND_TENTH_PAUSE_MS = 500;

async function firstAndTenth(bot: BotProcess, questions: readonly string[]): Promise<[number, number]> {
  // fetch opens a connection pool per address: without this the first turn also timed the
  // client's first request to a new address (~4 ms on a quiet machine), for both bots. A GET
  // that runs no turn (the echo bot answers it 404) opens the connection, so the turns timed
  // are the bot's own.
  for (let i = 0; i < 3; i++) await (await fetch(`${new URL(bot.url).origin}/healthz`)).arrayBuffer();
  const times: number[] = [];
  for (let i = 0; i < 10; i++) {
    // As in `--starts`: the tenth asks the first's question, and both come after the same pause
    // (a turn after a pause is dearer than one right after another, first or not).
    if (i === 0 || i === 9) await new Promise((resolvePause) => setTimeout(resolvePause, FIRST_AND_TENTH_PAUSE_MS));
    const started = performance.now();
    const response = await fetch(bot.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: activity(questions[(i === 9 ? 0 : i) * 7 % questions.length] ?? 'hello') });
    await response.arrayBuffer();
    times.push(performance.now() - started);
  }
  return [times[0] ?? NaN, times[9] ?? NaN];
}

const ENV_OURS = { RATE_LIMIT_PER_IP: '0', LOG_LEVEL: 'info' };

/**
 * `--store-cap N`: both memory stores' cap (MEMORY_MAX_CONVERSATIONS; the echo bot's ECHO_STORE_MAX_ITEMS) lowered for
 * the run, so that a run of minutes passes it: what still grows once the stores are full is what is not bounded. Our
 * bot stores only the turns that change a conversation's state (a guided flow started, about one request in five of
 * the bench's questions; a plain answer writes nothing), so at the default cap an 8-round run is still filling its
 * store (fifty-third pass: the live heap's ~1 MB a round was that, and flat once the store was full).
 */
function storeCap(): Record<string, string> {
  return process.argv.includes('--store-cap') ? { MEMORY_MAX_CONVERSATIONS: String(option('store-cap', 10_000)) } : {};
}

/**
 * The echo bot's store: our build's bounded memory store with our defaults (the bot's own cap
 * and time-to-live), so both bots keep the same state; `--echo-stock-storage`: botbuilder's
 * MemoryStorage, which keeps every conversation (as before the twentieth pass).
 */
function echoStore(): Record<string, string> {
  if (process.argv.includes('--echo-stock-storage')) return { ECHO_STORE: 'stock' };
  /* eslint-disable-next-line @typescript-eslint/no-require-imports -- the build just made */
  const { DEFAULTS } = require(resolve(ROOT, 'lib/config.js')) as typeof import('../../src/config');
  return {
    ECHO_STORE_MODULE: resolve(ROOT, 'lib/storage/boundedMemoryStorage.js'),
    ECHO_STORE_MAX_ITEMS: storeCap().MEMORY_MAX_CONVERSATIONS ?? String(DEFAULTS.memoryMaxConversations),
    ECHO_STORE_TTL_MS: String(DEFAULTS.stateTtlMinutes * 60_000),
  };
}

/**
 * Before the measured rounds every bot answers the same number of new people's questions, in
 * turn, unmeasured (`--warm-up N`, unless told the store's cap: both stores full, as they stay
 * through the rounds). Our bot warms itself at start-up (in-process turns); the echo bot had
 * only the first-and-tenth turns, so its first round also paid its compiler's warm-up.
 */
async function warmUpAlike(contenders: readonly Contender[], questions: readonly string[], connections: number): Promise<void> {
  const at = process.argv.indexOf('--warm-up');
  /* eslint-disable-next-line @typescript-eslint/no-require-imports -- the build just made */
  const { DEFAULTS } = require(resolve(ROOT, 'lib/config.js')) as typeof import('../../src/config');
  const amount = at >= 0 ? Number(process.argv[at + 1]) : Number(storeCap().MEMORY_MAX_CONVERSATIONS ?? DEFAULTS.memoryMaxConversations);
  if (!(Number.isInteger(amount) && amount >= 0)) throw new Error('--warm-up needs a whole number of requests >= 0');
  if (amount === 0) return;
  for (const c of contenders) {
    let next = 0;
    await autocannon({
      url: c.bot.url,
      method: 'POST',
      connections,
      amount,
      headers: { 'content-type': 'application/json' },
      requests: [{ setupRequest: (request) => ({ ...request, body: activity(questions[next++ % questions.length] ?? 'hello') }) }],
    });
    await untilIdle(c.bot);
  }
  console.log(`  warmed alike: ${amount} requests each, unmeasured`);
}

/** Node options for a bot: `--cpu-prof DIR` profiles it into DIR/<name> (written when it stops). */
function profiling(name: string): string[] {
  const at = process.argv.indexOf('--cpu-prof');
  const dir = at >= 0 ? process.argv[at + 1] : undefined;
  if (at >= 0 && !dir) throw new Error('--cpu-prof needs a directory');
  return dir ? ['--cpu-prof', '--cpu-prof-dir', resolve(dir, name)] : [];
}

/**
 * Our bot runs as `npm start` runs it: compiled to lib/ by tsc, under the V8 heap settings
 * the start script gives it (lib/start.js). Every bot gets the same flags.
 */
function buildOurs(): { script: string; nodeFlags: string[] } {
  // `--built`: lib/ as it is (a build of minutes on a busy machine, once for many runs).
  if (!process.argv.includes('--built')) {
    const built = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('tsc could not build the bot (npm run build)');
  }
  /* eslint-disable-next-line @typescript-eslint/no-require-imports -- the build just made, as npm start runs it */
  const { startFlags } = require(resolve(ROOT, 'lib/start.js')) as typeof import('../../src/start');
  return { script: 'lib/index.js', nodeFlags: startFlags() };
}

interface Contender {
  readonly label: string;
  /** Short name for profiles and error lines. */
  readonly name: string;
  readonly bot: BotProcess;
  readonly rounds: RoundResult[];
  idle?: Sample;
  warm?: [number, number];
}

async function compare(): Promise<void> {
  const rounds = option('rounds', 8);
  const seconds = option('duration', 5);
  const connections = option('connections', 64);
  const slice = option('slice', 1);
  const questions = realisticQuestions();
  const { script, nodeFlags } = buildOurs();
  console.log(`Load: ${rounds} rounds x ${seconds} s per bot in slices of ${slice} s taking turns, ${connections} connections, ${questions.length} realistic questions, a new conversation per request (expectReplies)`);
  console.log(`Both bots compiled, under plain node ${[...nodeFlags, '--expose-gc'].join(' ')}`);
  if (storeCap().MEMORY_MAX_CONVERSATIONS) console.log(`Both memory stores capped at ${storeCap().MEMORY_MAX_CONVERSATIONS} conversations for the run`);

  const start = async (label: string, name: string, file: string, env: Record<string, string>, flags: readonly string[]): Promise<Contender> => ({
    label, name, rounds: [], bot: await startBotProcess(label, file, env, [...flags, ...profiling(name)]),
  });
  const echoBot = compiled('echoBot.ts');
  const contenders: Contender[] = [
    await start('advice-line-bot', 'ours', script, { ...ENV_OURS, ...storeCap() }, nodeFlags),
    await start('echo bot', 'echo', echoBot, echoStore(), nodeFlags),
  ];
  // `--v8-defaults`: our bot once more without the start script's heap settings, to show what they do.
  if (process.argv.includes('--v8-defaults')) contenders.push(await start('ours, V8 defaults', 'ours-v8-defaults', script, ENV_OURS, []));
  // `--ours-also FLAGS`: our bot once more with node flags added (a V8 setting tried against the start script's, in one run).
  const alsoAt = process.argv.indexOf('--ours-also');
  const alsoFlags = alsoAt >= 0 ? (process.argv[alsoAt + 1] ?? '').split(' ').filter(Boolean) : [];
  if (alsoAt >= 0 && alsoFlags.length === 0) throw new Error('--ours-also needs node flags, e.g. "--min-semi-space-size=32"');
  if (alsoFlags.length > 0) contenders.push(await start(`ours ${alsoFlags.join(' ')}`, 'ours-also', script, ENV_OURS, [...nodeFlags, ...alsoFlags]));
  // `--echo-twice`: a second echo bot, the same code in another process: its ratio to the first is the bench's own noise.
  if (process.argv.includes('--echo-twice')) contenders.push(await start('echo bot again', 'echo-2', echoBot, echoStore(), nodeFlags));
  const [ours, echo] = contenders as [Contender, Contender];
  try {
    for (const c of contenders) c.idle = await c.bot.sample(true);
    await warmClient();
    for (const c of contenders) c.warm = await firstAndTenth(c.bot, questions);
    await warmUpAlike(contenders, questions, connections);
    const roundRatios: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      // Rotating who goes first: none always meets the machine as another left it.
      const order = contenders.map((_, i) => contenders[(i + round - 1) % contenders.length] as Contender);
      const load = loadavg()[0] ?? NaN;
      await driveRound(order, questions, seconds, slice, connections);
      const line = contenders.map((c) => {
        const r = c.rounds[round - 1] as RoundResult;
        return `${c.name} ${r.rps.toFixed(0)} req/s p99 ${r.p99} ms, ${r.cpuPerRequestMs.toFixed(3)} ms CPU/req (GC ${r.gcPerRequestMs.toFixed(3)} ms, ${r.collectionsPerThousand.toFixed(1)} collections / 1,000, ${r.fullCollectionsPerThousand.toFixed(2)} full), core ${r.cpuShare.toFixed(2)}${r.errorKinds ? ` (errors: ${r.errorKinds})` : ''}`;
      });
      const ratio = (ours.rounds[round - 1]?.rps ?? NaN) / (echo.rounds[round - 1]?.rps ?? NaN);
      roundRatios.push(ratio);
      console.log(`  round ${round} (load ${load.toFixed(1)}): ${line.join('; ')}; ratio ${ratio.toFixed(2)}x`);
    }
    const sum = (c: Contender, pick: (r: RoundResult) => number): number => c.rounds.reduce((total, r) => total + pick(r), 0);
    const mean = (c: Contender, pick: (r: RoundResult) => number): number => sum(c, pick) / c.rounds.length;
    const ratio = mean(ours, (r) => r.rps) / mean(echo, (r) => r.rps);
    const cpuRatios = ours.rounds.map((r, i) => (echo.rounds[i]?.cpuPerRequestMs ?? NaN) / r.cpuPerRequestMs);
    const p99Ratio = mean(ours, (r) => r.p99) / mean(echo, (r) => r.p99);
    const row = (label: string, cell: (c: Contender) => string): string => `  ${label.padEnd(32)}${contenders.map((c) => cell(c).padStart(30)).join('')}`;
    const mb = (value: number): string => `${value.toFixed(0)} MB`;
    // One line per bot: with many rounds the figures do not fit in a column.
    const perRound = (label: string, pick: (s: Sample) => number): void => {
      contenders.forEach((c, i) => console.log(`  ${(i === 0 ? label : '').padEnd(32)}${c.name.padEnd(18)}${c.rounds.map((r) => pick(r.after).toFixed(0)).join(' ')}`));
    };
    console.log('');
    console.log(row('', (c) => c.label));
    console.log(row('throughput (mean of rounds)', (c) => `${mean(c, (r) => r.rps).toFixed(0)} req/s`));
    console.log(row('latency p50 / p99 (mean)', (c) => `${mean(c, (r) => r.p50).toFixed(0)} / ${mean(c, (r) => r.p99).toFixed(0)} ms`));
    console.log(row('CPU per request (mean)', (c) => `${mean(c, (r) => r.cpuPerRequestMs).toFixed(2)} ms`));
    console.log(row('requests / errors (all rounds)', (c) => `${sum(c, (r) => r.requests)} / ${sum(c, (r) => r.errors)}`));
    console.log(row('RSS / heap used / live idle', (c) => `${mb(c.idle?.rssMb ?? NaN)} / ${mb(c.idle?.heapUsedMb ?? NaN)} / ${mb(c.idle?.liveHeapMb ?? NaN)}`));
    console.log(row('first / tenth turn (paused)', (c) => `${c.warm?.[0].toFixed(1)} / ${c.warm?.[1].toFixed(1)} ms`));
    perRound('RSS after each round, MB', (s) => s.rssMb);
    perRound('heap used after each round, MB', (s) => s.heapUsedMb);
    perRound('live heap after each round, MB', (s) => s.liveHeapMb ?? NaN);
    perRound('young generation, MB', (s) => s.youngMb);
    // Each bot's own CPU per message, round by round: the ratio divides one by the other, so
    // either bot's drift (a growing store, a colder cache) moves it.
    for (const c of contenders) {
      const perMessage = c.rounds.map((r) => r.cpuPerRequestMs);
      const half = Math.floor(perMessage.length / 2);
      const meanOf = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
      console.log(`  ${c.name.padEnd(10)} CPU per message by round ${perMessage.map((v) => v.toFixed(3)).join(' ')} ms: median ${median(perMessage).toFixed(3)}, ${Math.min(...perMessage).toFixed(3)}-${Math.max(...perMessage).toFixed(3)}; first half ${meanOf(perMessage.slice(0, half)).toFixed(3)}, second ${meanOf(perMessage.slice(perMessage.length - half)).toFixed(3)}; GC pauses ${median(c.rounds.map((r) => r.gcPerRequestMs)).toFixed(3)} ms, of which full ${median(c.rounds.map((r) => r.fullGcPerRequestMs)).toFixed(3)}; collections per 1,000 ${median(c.rounds.map((r) => r.collectionsPerThousand)).toFixed(1)}, full ${median(c.rounds.map((r) => r.fullCollectionsPerThousand)).toFixed(2)} (medians)`);
    }
    const again = contenders.find((c) => c.name === 'echo-2');
    if (again) {
      const nulls = again.rounds.map((r, i) => (echo.rounds[i]?.cpuPerRequestMs ?? NaN) / r.cpuPerRequestMs);
      console.log(`  null comparison (the same echo bot twice, CPU-based): rounds' median ${median(nulls).toFixed(3)}x, ${Math.min(...nulls).toFixed(3)}-${Math.max(...nulls).toFixed(3)}x`);
    }
    const also = contenders.find((c) => c.name === 'ours-also');
    if (also) {
      // Paired by round: both of our bots met the machine within the same seconds.
      const byCpu = also.rounds.map((r, i) => (ours.rounds[i]?.cpuPerRequestMs ?? NaN) / r.cpuPerRequestMs);
      const byThroughput = also.rounds.map((r, i) => r.rps / (echo.rounds[i]?.rps ?? NaN));
      console.log(`  ${also.label} against the start script's flags (ours' CPU per message / its own): rounds' median ${median(byCpu).toFixed(3)}x, ${Math.min(...byCpu).toFixed(3)}-${Math.max(...byCpu).toFixed(3)}x; its throughput ratio to the echo bot ${byThroughput.map((v) => v.toFixed(2)).join(' ')} (median ${median(byThroughput).toFixed(2)}x, worst ${Math.min(...byThroughput).toFixed(2)}x)`);
    }
    console.log('');
    const errors = sum(ours, (r) => r.errors);
    // On a shared machine the bots compete with other work for the CPU; the CPU each spends per
    // request says what throughput each would reach with the machine to itself.
    console.log(`  CPU-based throughput ratio ${(mean(echo, (r) => r.cpuPerRequestMs) / mean(ours, (r) => r.cpuPerRequestMs)).toFixed(2)}x (echo CPU per message / ours; rounds' median ${median(cpuRatios).toFixed(2)}x, ${spread(cpuRatios)}, worst ${Math.min(...cpuRatios).toFixed(2)}x)`);
    console.log(`  throughput ratio: median of rounds ${median(roundRatios).toFixed(2)}x (${spread(roundRatios)}), worst round ${Math.min(...roundRatios).toFixed(2)}x, best ${Math.max(...roundRatios).toFixed(2)}x, mean of all ${ratio.toFixed(2)}x the echo bot (must >= 0.6, aim 0.9)`);
    const shares = contenders.flatMap((c) => c.rounds.map((r) => r.cpuShare));
    // A bot alone on a quiet machine keeps a core busy: less means other work took the CPU, and
    // took it unevenly between the bots' rounds (the ratios' spread); then the CPU-based ratio says more.
    if (median(shares) < 0.8) console.log(`  the machine was busy: the bots got a median ${median(shares).toFixed(2)} of a core in their rounds (1 when quiet); trust the CPU-based ratio more than the throughput ratio`);
    console.log(`  p99 ratio ${p99Ratio.toFixed(2)}x (aim <= 1.5); errors ${errors} (must be 0)`);
    console.log(`  ${median(roundRatios) >= 0.6 && errors === 0 ? 'MEETS the must-reach (median)' : 'MISSES the must-reach (median)'}${Math.min(...roundRatios) >= 0.6 ? ', every round above it' : ', not every round'}${median(roundRatios) >= 0.9 && p99Ratio <= 1.5 ? ', and the aim' : ''}`);
  } finally {
    await Promise.all(contenders.map((c) => c.bot.stop()));
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 === 1 ? (sorted[Math.floor(middle)] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** The middle half of the rounds: how far one round can be trusted. */
function spread(values: readonly number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return `middle half ${at(0.25).toFixed(2)}-${at(0.75).toFixed(2)}x`;
}

async function soak(seconds: number): Promise<void> {
  const window = Math.min(option('window', 60), seconds);
  const connections = option('connections', 16);
  const questions = realisticQuestions();
  const cap = storeCap();
  console.log(`Soak: advice-line-bot alone for ${seconds} s, ${connections} connections, sampled every ${window} s${cap.MEMORY_MAX_CONVERSATIONS ? `, the store's cap lowered to ${cap.MEMORY_MAX_CONVERSATIONS}` : ''}`);
  const { script, nodeFlags } = buildOurs();
  const ours = await startBotProcess('advice-line-bot', script, { ...ENV_OURS, ...cap }, [...nodeFlags, ...profiling('ours')]);
  try {
    const idle = await ours.sample(true);
    console.log(`  ${'t (s)'.padStart(6)}${'req/s'.padStart(10)}${'p99 ms'.padStart(9)}${'errors'.padStart(8)}${'RSS MB'.padStart(9)}${'live heap MB'.padStart(14)}${'loop p99 ms'.padStart(13)}${'loop max ms'.padStart(13)}${'load'.padStart(7)}`);
    console.log(`  ${'0'.padStart(6)}${''.padStart(10)}${''.padStart(9)}${''.padStart(8)}${idle.rssMb.toFixed(0).padStart(9)}${(idle.liveHeapMb ?? NaN).toFixed(0).padStart(14)}`);
    for (let elapsed = window; elapsed <= seconds; elapsed += window) {
      const result = await drive(ours, questions, window, connections);
      const sample = result.after;
      console.log(
        `  ${String(elapsed).padStart(6)}${result.rps.toFixed(0).padStart(10)}${String(result.p99).padStart(9)}${String(result.errors).padStart(8)}` +
          `${sample.rssMb.toFixed(0).padStart(9)}${(sample.liveHeapMb ?? NaN).toFixed(0).padStart(14)}${sample.loopDelayP99Ms.toFixed(1).padStart(13)}${sample.loopDelayMaxMs.toFixed(1).padStart(13)}${(loadavg()[0] ?? NaN).toFixed(1).padStart(7)}`,
      );
    }
  } finally {
    await ours.stop();
  }
}

/**
 * `--starts N`: our bot started afresh N times, one after another: how long it takes to start
 * (spawned until it says "started", its warm-up included) and what its first turns cost, one at
 * a time, each a new person's question: wall time and the bot's CPU time (which a busy machine
 * moves less than the wall clock). One start's first turn is one sample; the median of the
 * starts, and in how many starts turn 1 was the dearer, are the figures.
 *
 * Turn 1 and turn 10 compare like with like: the same question, and the same pause before each
 * (`--pause`, ms; a person's turn usually finds the bot idle). A turn after a pause costs more
 * CPU than the same turn right after another (the processor's caches hold other work by then:
 * ~0.5 ms at load ~18, 27 of 40 pairs in one bot, nineteenth pass), and with turn 1 alone after
 * one, turn 1 looked dearer than turn 10 when it was not. Turn 11 asks the same question again
 * at once: turn 10 against turn 11 is what the pause itself costs. The probe answers a few
 * samples before turn 1, so that its own first answers (IPC, cold) are not counted in turn 1.
 */
/** Samples the probe answers before turn 1: its first IPC answers run cold code in the bot. */
const PROBE_WARM_SAMPLES = 10;

async function starts(count: number): Promise<void> {
  const questions = realisticQuestions();
  // `--pause 0`: turn 1 straight after the health checks, as before the nineteenth pass (turn 10 then still waits 0 ms).
  const pauseAt = process.argv.indexOf('--pause');
  const pauseMs = pauseAt >= 0 ? Number(process.argv[pauseAt + 1]) : 500;
  if (!(Number.isFinite(pauseMs) && pauseMs >= 0)) throw new Error('--pause needs a number of milliseconds >= 0');
  const { script, nodeFlags } = buildOurs();
  // `--warm-up-turns 0,200,2000`: start-up's warm-up under load at each size (WARM_UP_TURNS), the sizes taking
  // turns within each of the N series, so that the machine's load changes every size alike.
  const at = process.argv.indexOf('--warm-up-turns');
  const sizes = at >= 0 ? (process.argv[at + 1] ?? '').split(',').map(Number) : [undefined];
  if (sizes.some((n) => n !== undefined && !(Number.isInteger(n) && n >= 0))) throw new Error('--warm-up-turns needs whole numbers >= 0, comma-separated');
  console.log(`Starts: advice-line-bot started ${count} times${at >= 0 ? ` for each warm-up size (${sizes.join(', ')} turns)` : ''}; turns 1-11 after each start, one at a time, a ${pauseMs} ms pause before turns 1 and 10 (wall / CPU ms)`);
  await warmClient();
  const firsts = new Map<number | undefined, number[][]>(sizes.map((size) => [size, []]));
  for (let i = 0; i < count; i++) {
    for (const size of sizes) {
      const load = loadavg()[0] ?? NaN;
      const started = performance.now();
      const bot = await startBotProcess('advice-line-bot', script, size === undefined ? ENV_OURS : { ...ENV_OURS, WARM_UP_TURNS: String(size) }, nodeFlags);
      const startupMs = performance.now() - started;
      try {
        const startupCpuMs = (await bot.sample()).cpuMs;
        for (let j = 0; j < 3; j++) await (await fetch(`${new URL(bot.url).origin}/healthz`)).arrayBuffer();
        for (let j = 0; j < PROBE_WARM_SAMPLES; j++) await bot.sample();
        const wall: number[] = [];
        const cpu: number[] = [];
        for (let turn = 0; turn < 11; turn++) {
          if (turn === 0 || turn === 9) await new Promise((resolvePause) => setTimeout(resolvePause, pauseMs));
          const before = await bot.sample();
          const at = performance.now();
          // Turns 10 and 11 ask turn 1's question (each turn a new person): questions differ in cost by more than being first does.
          const asked = turn >= 9 ? 0 : turn;
          const response = await fetch(bot.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: activity(questions[(i * 10 + asked) * 7 % questions.length] ?? 'hello') });
          await response.arrayBuffer();
          wall.push(performance.now() - at);
          cpu.push((await bot.sample()).cpuMs - before.cpuMs);
        }
        const pick = (values: number[], at: number): string => (values[at] ?? NaN).toFixed(1);
        firsts.get(size)?.push([startupMs, wall[0] ?? NaN, wall[1] ?? NaN, wall[9] ?? NaN, cpu[0] ?? NaN, cpu[1] ?? NaN, cpu[9] ?? NaN, startupCpuMs, cpu[10] ?? NaN]);
        const label = size === undefined ? '' : ` warm-up ${size}`;
        console.log(`  start ${i + 1}${label} (load ${load.toFixed(1)}): start-up ${(startupMs / 1000).toFixed(1)} s (CPU ${(startupCpuMs / 1000).toFixed(1)} s); turn 1 / 2 / 10 / 11 wall ${pick(wall, 0)} / ${pick(wall, 1)} / ${pick(wall, 9)} / ${pick(wall, 10)} ms, CPU ${pick(cpu, 0)} / ${pick(cpu, 1)} / ${pick(cpu, 9)} / ${pick(cpu, 10)} ms`);
      } finally {
        await bot.stop();
      }
    }
  }
  for (const [size, rows] of firsts) {
    const column = (k: number): number => median(rows.map((f) => f[k] ?? NaN));
    const slower = rows.filter((f) => (f[4] ?? NaN) > (f[6] ?? NaN)).length;
    const pauseDearer = rows.filter((f) => (f[6] ?? NaN) > (f[8] ?? NaN)).length;
    const firstOverTenth = median(rows.map((f) => (f[4] ?? NaN) - (f[6] ?? NaN)));
    console.log(`  median of ${count} starts${size === undefined ? '' : `, warm-up ${size}`}: start-up ${(column(0) / 1000).toFixed(1)} s (CPU ${(column(7) / 1000).toFixed(1)} s); turn 1 / 2 / 10 wall ${column(1).toFixed(1)} / ${column(2).toFixed(1)} / ${column(3).toFixed(1)} ms, CPU ${column(4).toFixed(1)} / ${column(5).toFixed(1)} / ${column(6).toFixed(1)} / ${column(8).toFixed(1)} (turn 11) ms`);
    console.log(`    turn 1 CPU over turn 10 (both after a ${pauseMs} ms pause) in ${slower} of ${rows.length}, by ${firstOverTenth.toFixed(2)} ms (median of the pairs); turn 10 over turn 11 (no pause) in ${pauseDearer} of ${rows.length}`);
  }
}

const soakAt = process.argv.indexOf('--soak');
const startsAt = process.argv.indexOf('--starts');
void (soakAt >= 0 ? soak(option('soak', 300)) : startsAt >= 0 ? starts(option('starts', 5)) : compare()).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
