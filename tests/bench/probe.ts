/**
 * Loaded into each bot process the load bench starts (node --require, compiled): reports the process's
 * resident memory, V8 heap, event-loop delay and CPU time used so far to the bench over IPC
 * when asked. Asked for 'sample-live', it then also runs a full garbage collection (the bench
 * starts bots with --expose-gc) and reports what is still alive: the memory the bot keeps,
 * as against garbage V8 has not collected yet.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
const mb = (bytes: number): number => bytes / 2 ** 20;
process.on('message', (message: unknown) => {
  if (message !== 'sample' && message !== 'sample-live') return;
  const cpu = process.cpuUsage();
  const memory = process.memoryUsage();
  let liveHeapMb: number | undefined;
  if (message === 'sample-live' && typeof globalThis.gc === 'function') {
    globalThis.gc();
    liveHeapMb = mb(process.memoryUsage().heapUsed);
  }
  process.send?.({
    rssMb: mb(memory.rss),
    heapUsedMb: mb(memory.heapUsed),
    liveHeapMb,
    loopDelayP99Ms: delay.percentile(99) / 1e6,
    loopDelayMaxMs: delay.max / 1e6,
    cpuMs: (cpu.user + cpu.system) / 1000,
  });
  delay.reset();
});
// The IPC channel must not keep a bot alive after SIGTERM.
process.channel?.unref();
