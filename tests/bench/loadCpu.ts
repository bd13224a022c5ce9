/**
 * The CPU of one `loadSafetyRules` (model and examples' verdict cached, as at every start-up after
 * the first), for an engine laid out as src/ (the default) or another checkout's src/: run base and
 * branch in turn, each in its own process, several times, and compare.
 *
 *   npx tsx tests/bench/loadCpu.ts [--engine DIR] [--loads N]
 *
 * Each load after the first in one process reuses that process's memos: the first line is the start-up's figure.
 */
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULTS } from '../../src/config';
import { textOption } from './benchArgs';

const folder = resolve(textOption('--engine', 'src'));
const loads = Number(textOption('--loads', '1'));
const load = createRequire(__filename);
const { loadSafetyRules } = load(join(folder, 'safety')) as { loadSafetyRules: (dir: string, options: { modelCache?: string }) => unknown };
for (let i = 0; i < loads; i++) {
  const before = process.cpuUsage();
  const wall = performance.now();
  loadSafetyRules(DEFAULTS.safetyDir, { modelCache: DEFAULTS.safetyModelCache });
  const cpu = process.cpuUsage(before);
  console.log(`${folder}: load ${i + 1} CPU ${((cpu.user + cpu.system) / 1e6).toFixed(3)} s, wall ${((performance.now() - wall) / 1000).toFixed(3)} s, load average ${loadavg()[0]?.toFixed(2)}`);
}
