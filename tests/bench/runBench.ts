/**
 * `npm run bench`: speed, measured here rather than asserted in tests.
 * 1. Matching: p50/p99 per question over synthetic content of 50 / 500 / 2,000 entries.
 * 2. Whole turns over HTTP: this bot against a plain botbuilder echo bot, in the same run,
 *    reported as a ratio so the figure means the same on any machine.
 */
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import * as restify from 'restify';
import { DEFAULTS, loadConfig } from '../../src/config';
import { createMatcher, loadContent } from '../../src/knowledge/loadContent';
import { loadKnowledge } from '../../src/knowledge/loading/loadKnowledge';
import { OverlapMatcher } from '../../src/knowledge/matching/overlapMatcher';
import { sharedWordNet } from '../../src/knowledge/text/wordNet';
import { silentLogger } from '../../src/logger';
import { loadSafetyRules } from '../../src/safety';
import { listen } from '../../src/server';
import { safetyBenchMessages } from './safetyMessages';
import { syntheticContent } from './syntheticKnowledge';

const TARGET_P99_MS = 2;
const SAFETY_P99_MS = 0.5;

/** Times one call per item, in milliseconds, sorted ascending (ready for percentile). */
function timeEach<T>(items: readonly T[], call: (item: T) => unknown): number[] {
  const times: number[] = [];
  for (const item of items) {
    const start = performance.now();
    call(item);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

/**
 * Like timeEach, in CPU milliseconds of this process (process.cpuUsage, microseconds): what the
 * call costs, without the time another process held the core. On a busy machine the wall-clock
 * p99 of a call of ~1 ms is mostly preemption; the CPU-time p99 says whether the code changed.
 */
function cpuTimeEach<T>(items: readonly T[], call: (item: T) => unknown): number[] {
  const times: number[] = [];
  for (const item of items) {
    const start = process.cpuUsage();
    call(item);
    const { user, system } = process.cpuUsage(start);
    times.push((user + system) / 1000);
  }
  return times.sort((a, b) => a - b);
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function benchMatching(): void {
  const loading = performance.now();
  sharedWordNet();
  console.log(`Matching, per question (synthetic content; typos, shuffled words, long messages); WordNet read in ${(performance.now() - loading).toFixed(0)} ms, once per process`);
  for (const size of [50, 500, 2000]) {
    const { entries, synonyms, questions } = syntheticContent(size, 3000);
    const built = performance.now();
    // With the WordNet bridge, as shipped; every unknown word also goes through typo correction (worst case).
    const matcher = new OverlapMatcher({ entries, synonyms }, DEFAULTS.matching, () => false, sharedWordNet());
    const buildMs = performance.now() - built;
    for (const q of questions.slice(0, 300)) matcher.match(q); // warm up the JIT
    const times = timeEach(questions, (q) => matcher.match(q));
    const p99 = percentile(times, 99);
    const cpuTimes = cpuTimeEach(questions, (q) => matcher.match(q));
    console.log(
      `  ${String(size).padStart(5)} entries: p50 ${percentile(times, 50).toFixed(3)} ms, p99 ${p99.toFixed(3)} ms, ` +
        `max ${times[times.length - 1]?.toFixed(2)} ms (index built in ${buildMs.toFixed(0)} ms) ` +
        `${p99 <= TARGET_P99_MS ? 'ok' : `MISS (target p99 <= ${TARGET_P99_MS} ms)`}; ` +
        `by CPU time p50 ${percentile(cpuTimes, 50).toFixed(3)} ms, p99 ${percentile(cpuTimes, 99).toFixed(3)} ms (load average ${loadavg()[0]?.toFixed(1)})`,
    );
  }
  // Start-up: the matcher as the bot builds it, CPU rather than wall time (the learned ranker's model cache is used as in a restart, then not).
  const content = loadContent(DEFAULTS.knowledgeDir, DEFAULTS.dialogsDir);
  createMatcher(content, DEFAULTS.matching, undefined, DEFAULTS.safetyModelCache);
  const loadingCpu = (modelCache?: string): number => {
    const cpu = process.cpuUsage();
    createMatcher(content, DEFAULTS.matching, undefined, modelCache);
    const { user, system } = process.cpuUsage(cpu);
    return (user + system) / 1000;
  };
  const [cached, trained] = [loadingCpu(DEFAULTS.safetyModelCache), loadingCpu()];
  console.log(`  loading the matcher (shipped content, as the bot builds it): ${cached.toFixed(0)} ms CPU, its learned ranker from the model cache; ${trained.toFixed(0)} ms CPU trained afresh`);
  const real = loadKnowledge(DEFAULTS.knowledgeDir);
  const matcher = new OverlapMatcher(real, DEFAULTS.matching);
  const questions = real.entries.flatMap((e) => e.alternates);
  const start = performance.now();
  for (let round = 0; round < 5; round++) for (const q of questions) matcher.match(q);
  console.log(`  shipped content (${real.entries.length} entries): ${((performance.now() - start) / (5 * questions.length)).toFixed(3)} ms per question on average`);
}

function benchSafety(): void {
  // Start-up: CPU, not wall time, so other work on the machine counts less (the caches of the rules' check and the model are used, as in a restart).
  const cpu = process.cpuUsage();
  const rules = loadSafetyRules(DEFAULTS.safetyDir, { modelCache: DEFAULTS.safetyModelCache });
  const { user, system } = process.cpuUsage(cpu);
  const messages = safetyBenchMessages().all;
  for (let i = 0; i < 3; i++) for (const m of messages) rules.assess(m); // warm up the JIT
  const times = timeEach(messages, (m) => rules.assess(m));
  const p99 = percentile(times, 99);
  // The rules alone on the same messages: the difference is what the classifier costs.
  const rulesAlone = timeEach(messages, (m) => rules.assessByRules(m));
  const adversarial = 'chest '.repeat(10_000) + 'a'.repeat(20_000) + ' can '.repeat(8_000);
  const start = performance.now();
  rules.assess(adversarial);
  console.log(`Safety rules, per message (every message runs them first; ${messages.length} messages up to ${DEFAULTS.maxMessageChars} characters)`);
  console.log(
    `  p50 ${(percentile(times, 50) * 1000).toFixed(0)} µs, p99 ${(p99 * 1000).toFixed(0)} µs, max ${((times[times.length - 1] ?? 0) * 1000).toFixed(0)} µs ` +
      `${p99 <= SAFETY_P99_MS ? 'ok' : `MISS (target p99 <= ${SAFETY_P99_MS} ms)`}; ` +
      `a 100,000-character adversarial message: ${(performance.now() - start).toFixed(1)} ms (the bot reads at most ${DEFAULTS.maxMessageChars} characters of a message)`,
  );
  console.log(`  the rules alone: p50 ${(percentile(rulesAlone, 50) * 1000).toFixed(0)} µs, p99 ${(percentile(rulesAlone, 99) * 1000).toFixed(0)} µs (the rest is the classifier)`);
  console.log(`  loading the safety rules and classifier: ${((user + system) / 1000).toFixed(0)} ms CPU`);
}

async function startEchoBot(): Promise<{ url: string; close: () => void }> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(`You said: ${context.activity.text}`);
    await next();
  });
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  const { url } = await listen(server, 0, '127.0.0.1');
  return { url, close: () => server.close() };
}

async function turnsPerSecond(url: string, texts: readonly string[], concurrency: number, turns: number): Promise<number> {
  let sent = 0;
  const worker = async (id: number): Promise<void> => {
    while (sent < turns) {
      const n = sent++;
      const response = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message', text: texts[n % texts.length], deliveryMode: 'expectReplies', channelId: 'emulator',
          serviceUrl: 'http://127.0.0.1:9', conversation: { id: `bench-${id}-${n % 50}` }, from: { id: `user-${id}` }, recipient: { id: 'bot' },
        }),
      });
      await response.text();
      if (response.status !== 200) throw new Error(`status ${response.status}`);
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, (_, i) => worker(i)));
  return turns / ((performance.now() - start) / 1000);
}

async function benchTurns(): Promise<void> {
  const { composeApp } = await import('../../src/index');
  // Eight clients on one address would hit the per-address and per-conversation limits at once.
  const config = loadConfig({ HOST: '127.0.0.1', PORT: '0', RATE_LIMIT_PER_IP: '0', RATE_LIMIT_PER_CONVERSATION: '0' });
  const { server } = composeApp(config, silentLogger);
  const ours = await listen(server, 0, '127.0.0.1');
  const echo = await startEchoBot();
  const texts = [
    'can my wife sort out a 2nd opinion for me?', 'how long does it take', 'will my doctor be upset if i ask',
    'hi', 'what should i bring to the appointment', 'my dad was told he has cancer and we are not sure about the plan, can we ask someone else to look at it',
  ];
  await turnsPerSecond(echo.url, texts, 8, 300);
  await turnsPerSecond(ours.url, texts, 8, 300);
  const rounds = 3;
  let echoRate = 0;
  let ourRate = 0;
  for (let r = 0; r < rounds; r++) {
    echoRate += await turnsPerSecond(echo.url, texts, 8, 1500);
    ourRate += await turnsPerSecond(ours.url, texts, 8, 1500);
  }
  console.log('Whole turns over HTTP (expectReplies, 8 concurrent clients, 50 conversations each)');
  console.log(`  echo bot ${(echoRate / rounds).toFixed(0)} turns/s, advice-line-bot ${(ourRate / rounds).toFixed(0)} turns/s: ratio ${(ourRate / echoRate).toFixed(2)}x of the echo bot`);
  server.close();
  echo.close();
}

async function main(): Promise<void> {
  if (!process.argv.includes('--safety-only')) benchMatching();
  benchSafety();
  if (process.argv.includes('--safety-only')) return;
  if (!process.argv.includes('--matching-only')) await benchTurns();
}

void main();
