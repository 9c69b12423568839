// Speed of the simulation, headless: game seconds per wall second and ticks per second for the level's
// own fleet and for ones 20 and 50 times larger, plus the heap it holds. Goals: 5,000x real time at the
// level's size, 200x at 20 times, 100x at 50 times. A benchmark prints figures; it never fails a build.
//   npm run bench [-- --level FILE]

import type { SimConfig } from '../src/sim/config';
import { createState } from '../src/sim/create-state';
import { step } from '../src/sim/step';
import { SECONDS_PER_TICK } from '../src/sim/ticks';
import { scaledFleet } from '../src/levels/fleet-scale';
import { loadLevelFile } from './load-level-file';

const levelFlag = process.argv.indexOf('--level');
const levelFile = levelFlag < 0 ? 'levels/apache-snafu.json' : process.argv[levelFlag + 1];
if (levelFile === undefined || levelFile.startsWith('--')) {
  process.stderr.write('usage: npm run bench [-- --level FILE]\n');
  process.exit(2);
}
const level = loadLevelFile(levelFile);

/** The level's fleet `factor` times larger (levels/fleet-scale), run for the whole hour whatever happens. */
function scaled(config: SimConfig, factor: number): SimConfig {
  const copy = structuredClone(scaledFleet(config, factor));
  copy.resolution.graceSeconds = null;
  return copy;
}

interface Figures {
  hosts: number;
  ticks: number;
  wallMs: number;
  heapMb: number;
}

function measure(config: SimConfig, seed: number): Figures {
  const state = createState(config, seed);
  const ticks = Math.round(config.resolution.timeLimitSeconds / SECONDS_PER_TICK);
  const start = performance.now();
  while (state.tick < ticks && !state.incident.outcome) step(config, state);
  const wallMs = performance.now() - start;
  return { hosts: state.hosts.length, ticks: state.tick, wallMs, heapMb: process.memoryUsage().heapUsed / 2 ** 20 };
}

function report(label: string, config: SimConfig, goal: number): void {
  measure(config, 0); // warm the JIT
  const runs = [1, 2, 3].map((seed) => measure(config, seed));
  const best = runs.reduce((a, b) => (a.ticks / a.wallMs >= b.ticks / b.wallMs ? a : b));
  const ticksPerSecond = (best.ticks / best.wallMs) * 1000;
  const speed = ticksPerSecond * SECONDS_PER_TICK;
  const verdict = speed >= goal ? 'meets' : 'MISSES';
  console.log(
    `${label.padEnd(22)} ${String(best.hosts).padStart(6)} hosts  ${Math.round(ticksPerSecond).toLocaleString('en').padStart(9)} ticks/s  ` +
      `${Math.round(speed).toLocaleString('en').padStart(9)}x real time  (${verdict} the ${goal.toLocaleString('en')}x goal)  ` +
      `${((best.wallMs / best.ticks) * 1000).toFixed(1)} µs/tick  heap ${best.heapMb.toFixed(0)} MB`,
  );
}

console.log(`simulation benchmark: ${level.meta.title} (${levelFile}), one game hour per run, best of 3 seeds`);
report('level fleet', scaled(level.sim, 1), 5000);
report('20x fleet', scaled(level.sim, 20), 200);
report('50x fleet', scaled(level.sim, 50), 100);
