import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../../src/hosting/collectGarbage';

describe('collectGarbage (start-up, before the warm-up over HTTP)', () => {
  it('runs a full collection without the process being started with --expose-gc, and gives the global no gc', async () => {
    const seen: PerformanceEntry[] = [];
    const observer = new PerformanceObserver((list) => seen.push(...list.getEntries()));
    observer.observe({ entryTypes: ['gc'] });
    collectGarbage();
    // The observer hears of collections a turn of the event loop later.
    await new Promise((resolve) => setTimeout(resolve, 50));
    observer.disconnect();
    const full = seen.filter((entry) => (entry as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR);
    expect(full.length).toBeGreaterThanOrEqual(1);
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  });
});
