/**
 * Where the safety engine's time goes on the bench's slowest messages (the 5,000-character stories of
 * safetyMessages.ts), stage by stage: normalising, finding the rules' literal strings, working out
 * where each rule can start, checking the rules there, the classifier's reading, and `assess` whole.
 * CPU time (process.cpuUsage), not wall time, per message, the least of many rounds: on a busy machine
 * that is the figure that moves least. Each engine runs in a process of its own, in turn, so none is
 * favoured by being loaded first (in one process the second engine loaded measured slower whatever it was).
 *
 *   npx tsx tests/bench/safetyStages.ts [--engine DIR]... [--turns N]
 *
 * An engine is a folder laid out as src/ (the default), e.g. lib/ after `npm run build` (what a
 * deployment runs) or another checkout's src/ (old against new).
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { loadEngineAt } from './safetyEngineAt';
import { safetyBenchMessages } from './safetyMessages';

const ROUNDS = 15;
const SIZE = 5000;

function stages(folder: string): Record<string, number> {
  const { rules, parts, normalise } = loadEngineAt(folder);
  const classifier = parts.secondNet?.classifier;
  const all = [...parts.byId.values()];
  const long = safetyBenchMessages().long(SIZE);
  const normalised = long.map(normalise);
  const timed: Record<string, () => void> = {
    normalise: () => long.forEach(normalise),
    literals: () => normalised.forEach((text) => parts.anchorIndex.read(text)),
    'literals and places': () =>
      normalised.forEach((text) => {
        const anchors = parts.anchorIndex.read(text);
        for (const rule of all) anchors.startsOf(rule);
      }),
    'rules alone': () => long.forEach((text) => rules.assessByRules(text)),
    classifier: () => normalised.forEach((text) => classifier?.read(text)),
    assess: () => long.forEach((text) => rules.assess(text)),
  };
  for (let warm = 0; warm < 3; warm++) for (const run of Object.values(timed)) run();
  const least: Record<string, number> = {};
  for (let round = 0; round < ROUNDS; round++) {
    for (const [stage, run] of Object.entries(timed)) {
      const before = process.cpuUsage();
      run();
      const { user, system } = process.cpuUsage(before);
      least[stage] = Math.min(least[stage] ?? Infinity, (user + system) / long.length);
    }
  }
  return least;
}

function main(): void {
  const args = process.argv.slice(2);
  const child = args.indexOf('--child');
  if (child >= 0) {
    console.log(JSON.stringify(stages(resolve(args[child + 1] ?? 'src'))));
    return;
  }
  const engines = args.flatMap((arg, i) => (args[i - 1] === '--engine' ? [arg] : []));
  if (engines.length === 0) engines.push('src');
  const turns = Number(args[args.indexOf('--turns') + 1] ?? 1) || 1;
  console.log(`Safety stages: µs CPU per ${SIZE.toLocaleString('en-GB')}-character message, least of ${ROUNDS} rounds of ${safetyBenchMessages().long(SIZE).length}`);
  for (let turn = 0; turn < turns; turn++) {
    for (const engine of engines) {
      const out = execFileSync(process.execPath, [...process.execArgv, __filename, '--child', engine], { encoding: 'utf8' });
      const least = JSON.parse(out.trim().split('\n').pop() ?? '{}') as Record<string, number>;
      const figures = Object.entries(least).map(([stage, us]) => `${stage} ${us.toFixed(0)}`);
      console.log(`  ${engine.padEnd(12)} ${figures.join(', ')} (load ${loadavg()[0]?.toFixed(1)})`);
    }
  }
}

main();
