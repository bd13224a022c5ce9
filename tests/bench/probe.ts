/**
 * Loaded into each bot process the load bench starts (node --require, compiled): reports the process's
 * resident memory, V8 heap, event-loop delay, CPU time, garbage-collection time and messages
 * served so far to the bench over IPC when asked. Asked for 'sample-live', it then also runs a
 * full garbage collection (the bench starts bots with --expose-gc) and reports what is still
 * alive: the memory the bot keeps, as against garbage V8 has not collected yet.
 */
import { Server } from 'node:http';
import { constants, monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';

const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
const mb = (bytes: number): number => bytes / 2 ** 20;

// Time the collector paused the bot, so far: a bot whose heap grows pays more of it per request.
// The bench's own full collections ('sample-live') are left out, as their CPU time is.
// Full (mark-compact) collections counted apart: their share says whether the old generation churns.
// Counts as well as pauses: a pause's wall time grows on a busy machine, how many there were does not.
let gcMs = 0;
let fullGcMs = 0;
let collections = 0;
let fullCollections = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const { flags = 0, kind = 0 } = (entry as { detail?: { flags?: number; kind?: number } }).detail ?? {};
    if ((flags & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) !== 0) continue;
    gcMs += entry.duration;
    collections++;
    if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) {
      fullGcMs += entry.duration;
      fullCollections++;
    }
  }
}).observe({ entryTypes: ['gc'] });

// Messages the bot answered, counted by the bot: the client counts only the answers it read before
// a slice ended, while the bot still serves the requests queued then (CPU the bench counts too).
let served = 0;
const emit = Server.prototype.emit;
Server.prototype.emit = function countingServed(this: Server, event: string | symbol, ...args: unknown[]): boolean {
  if (event === 'request') {
    const [request, response] = args as [{ method?: string }, { once(event: 'finish', listener: () => void): void }];
    if (request.method === 'POST') response.once('finish', () => served++);
  }
  return (emit as (this: Server, event: string | symbol, ...rest: unknown[]) => boolean).apply(this, [event, ...args]);
} as typeof Server.prototype.emit;

process.on('message', (message: unknown) => {
  if (message !== 'sample' && message !== 'sample-live') return;
  const cpu = process.cpuUsage();
  const memory = process.memoryUsage();
  const gcSoFar = gcMs;
  const fullGcSoFar = fullGcMs;
  const counted = { collections, fullCollections };
  let liveHeapMb: number | undefined;
  if (message === 'sample-live' && typeof globalThis.gc === 'function') {
    globalThis.gc();
    liveHeapMb = mb(process.memoryUsage().heapUsed);
  }
  // The young generation's size: V8 grows it as a bot's objects survive collections; a small one is collected often.
  const young = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
  process.send?.({
    youngMb: mb(young?.space_size ?? NaN),
    rssMb: mb(memory.rss),
    heapUsedMb: mb(memory.heapUsed),
    liveHeapMb,
    loopDelayP99Ms: delay.percentile(99) / 1e6,
    loopDelayMaxMs: delay.max / 1e6,
    cpuMs: (cpu.user + cpu.system) / 1000,
    gcMs: gcSoFar,
    fullGcMs: fullGcSoFar,
    ...counted,
    served,
  });
  delay.reset();
});
// The IPC channel must not keep a bot alive after SIGTERM.
process.channel?.unref();
