/**
 * Loaded into each bot process the load bench starts (node --import): reports the process's
 * resident memory, V8 heap, event-loop delay and CPU time used so far to the bench over IPC
 * when asked.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
process.on('message', (message: unknown) => {
  if (message !== 'sample') return;
  const cpu = process.cpuUsage();
  const memory = process.memoryUsage();
  process.send?.({
    rssMb: memory.rss / 2 ** 20,
    heapUsedMb: memory.heapUsed / 2 ** 20,
    loopDelayP99Ms: delay.percentile(99) / 1e6,
    loopDelayMaxMs: delay.max / 1e6,
    cpuMs: (cpu.user + cpu.system) / 1000,
  });
  delay.reset();
});
// The IPC channel must not keep a bot alive after SIGTERM.
process.channel?.unref();
