// `npm run bench:rooms`: how many team rooms one core holds. Starts the room server in a process of its
// own (scripts/bench-rooms-server.ts), then fills it with rooms of five bots each (a facilitator and one
// player per seat, scripts/bench-rooms-bots.ts) over the loopback address, more at every step, and
// measures at each: how late the rooms' ticks come (p50/p99 of the real interval minus the fixed tick),
// the server's memory and CPU, per room. It goes on up the steps until the server's CPU is past its goal
// (lateness alone can be other processes' doing, so a late step does not end the climb), and says how
// many rooms one core held with p99 jitter under 50 ms. The bots run in this process, so they do not take the
// server's core; on a machine shared with other work the figures are noisy, and say so.
//
//   npm run bench:rooms [-- --steps=5,10,20,40 --measure-seconds=8]

import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { botRoom, type BotCounters, type BotRoom } from './bench-rooms-bots';
import type { ServerReport } from './bench-rooms-server';

const PORT = 2590;
const P99_GOAL_MS = 50;
/** Past this share of one core the server has no headroom left, whatever the jitter says. */
const CPU_GOAL = 0.9;
const WARM_MS = 3_000;
/** The Apache SNAFU's tick at speed 1: 1 game second at 5 game seconds a real second. */
const FIXED_TICK_MS = 200;

function option(name: string): string | undefined {
  return process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}

const steps = (option('steps') ?? '5,10,20,30,40,60,80').split(',').map(Number);
const measureMs = Number(option('measure-seconds') ?? '8') * 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

const child = fork(fileURLToPath(new URL('./bench-rooms-server.ts', import.meta.url)), [String(PORT)], { execArgv: ['--import', 'tsx'] });
interface Answer {
  report?: ServerReport;
  p50?: number;
  p99?: number;
}
const waiting = new Map<string, (message: Answer) => void>();
child.on('message', (message: Answer & { type: string }) => {
  waiting.get(message.type)?.(message);
  waiting.delete(message.type);
});
function ask(type: 'reset' | 'report' | 'baseline', answer: string): Promise<Answer> {
  return new Promise((resolve) => {
    waiting.set(answer, resolve);
    child.send({ type, forMs: measureMs });
  });
}

async function main(): Promise<void> {
  await new Promise<void>((resolve) => waiting.set('ready', () => resolve()));
  const base = (await ask('report', 'report')).report!;
  console.log(`Room server on 127.0.0.1:${PORT}, ${mb(base.rssBytes)} MB RSS with no rooms. Fixed tick: 200 ms (the Apache SNAFU at speed 1).`);
  console.log(`Each step: ${WARM_MS / 1000} s to settle, then ${measureMs / 1000} s measured. Goals: p99 tick jitter < ${P99_GOAL_MS} ms, server CPU < ${CPU_GOAL * 100}% of one core.\n`);
  const bare = await ask('baseline', 'baseline');
  console.log(
    `Before any room, a bare 200 ms timer in the server process comes late by p50 ${bare.p50!.toFixed(1)} ms, p99 ${bare.p99!.toFixed(1)} ms: what this machine adds to every figure below${bare.p99! >= P99_GOAL_MS ? ' (already past the goal: the machine is too busy for the jitter goal to say anything about the rooms)' : ''}.\n`,
  );
  console.log('rooms  players  p50 jitter  p99 jitter  work p50/p99  CPU (one core)  CPU/room    RSS      RSS/room  heap     views/s  verdict');
  const counters: BotCounters = { views: 0, commands: 0, accepted: 0, refused: 0 };
  const rooms: BotRoom[] = [];
  let held = 0;
  /** Steps whose ticks mostly came on time (p50 under half a tick): their CPU is the rooms' real cost, not a starved server's. */
  const onTime: { rooms: number; cpu: number }[] = [];
  for (const target of steps) {
    while (rooms.length < target) rooms.push(...(await Promise.all(Array.from({ length: Math.min(10, target - rooms.length) }, () => botRoom(`ws://127.0.0.1:${PORT}`, counters)))));
    await sleep(WARM_MS);
    await ask('reset', 'reset-done');
    const viewsBefore = counters.views;
    await sleep(measureMs);
    const report = (await ask('report', 'report')).report!;
    const cpu = report.cpuMs / report.wallMs;
    const pass = report.p99JitterMs < P99_GOAL_MS && cpu < CPU_GOAL;
    if (pass) held = Math.max(held, target);
    if (report.p50JitterMs < FIXED_TICK_MS / 2) onTime.push({ rooms: target, cpu });
    const viewsPerSecond = ((counters.views - viewsBefore) / measureMs) * 1000;
    console.log(
      [
        String(target).padStart(5),
        String(target * 5).padStart(8),
        `${report.p50JitterMs.toFixed(1)} ms`.padStart(11),
        `${report.p99JitterMs.toFixed(1)} ms`.padStart(11),
        `${report.p50WorkMs.toFixed(1)}/${report.p99WorkMs.toFixed(1)} ms`.padStart(13),
        `${(cpu * 100).toFixed(0)}%`.padStart(15),
        `${((cpu * 1000) / target).toFixed(1)} ms/s`.padStart(10),
        `${mb(report.rssBytes)} MB`.padStart(9),
        `${mb((report.rssBytes - base.rssBytes) / target)} MB`.padStart(9),
        `${mb(report.heapUsedBytes)} MB`.padStart(8),
        viewsPerSecond.toFixed(0).padStart(8),
        pass
          ? ' ok'
          : ` past the goal (${report.p99JitterMs >= P99_GOAL_MS ? `p99 ${report.p99JitterMs.toFixed(0)} ms ≥ ${P99_GOAL_MS} ms` : `CPU ${(cpu * 100).toFixed(0)}% ≥ ${CPU_GOAL * 100}%`})`,
      ].join(' '),
    );
    if (cpu >= CPU_GOAL) break;
  }
  console.log(`\nOne core held ${held} rooms (${held * 5} bots) with p99 tick jitter under ${P99_GOAL_MS} ms${held === steps.at(-1) ? ' (the largest step tried: it may hold more)' : ''}.`);
  console.log(capacityWords(onTime));
  console.log(`Bots gave ${counters.commands} commands (${counters.accepted} accepted, ${counters.refused} refused) and read ${counters.views} views.`);
  console.log('A machine shared with other work makes these figures noisy: run it on a quiet one before sizing a server.');
  await Promise.all(rooms.map((room) => room.stop()));
  child.send({ type: 'stop' });
}

/**
 * What one more room costs (the slope of CPU against rooms between the first and last step that ran on
 * time, so the server's fixed cost is left out), and how many rooms a core has CPU for at that rate.
 */
function capacityWords(steps: readonly { rooms: number; cpu: number }[]): string {
  if (steps.length === 0) return 'No step ran on time (p50 jitter under half a tick), so the CPU per room cannot be told apart from a starved server: run it on a quieter machine.';
  const first = steps[0]!;
  const last = steps.at(-1)!;
  const perRoom = steps.length > 1 && last.rooms > first.rooms ? (last.cpu - first.cpu) / (last.rooms - first.rooms) : first.cpu / first.rooms;
  if (!(perRoom > 0)) return `CPU did not grow with rooms between ${first.rooms} and ${last.rooms} rooms: the machine was too noisy to tell a room's cost.`;
  return `A room costs about ${(perRoom * 1000).toFixed(1)} ms of CPU a second (from the steps of ${first.rooms} to ${last.rooms} rooms that ran on time), so one core has CPU for about ${Math.floor(CPU_GOAL / perRoom)} rooms: the figure to expect on a quiet machine.`;
}

main().catch((error: unknown) => {
  console.error(error);
  child.kill();
  process.exitCode = 1;
});
