// The room server under test in `npm run bench:rooms`: team rooms on the loopback address, in a process of
// its own (one Node process is one core for the rooms' ticks), reporting to the bench over IPC how late
// its ticks come and what it costs in memory and CPU. Started by scripts/bench-rooms.ts; not run by hand.

import { startRoomServer } from '../server/serve-rooms';
import { TickStats } from '../server/tick-stats';

export interface ServerReport {
  rooms: number;
  ticks: number;
  p50JitterMs: number;
  p99JitterMs: number;
  /** How long one wake of a room's clock took (its ticks and views), p50 and p99. */
  p50WorkMs: number;
  p99WorkMs: number;
  /** CPU time the whole process used since the last reset, in ms, and the real time it was over. */
  cpuMs: number;
  wallMs: number;
  rssBytes: number;
  heapUsedBytes: number;
}

const port = Number(process.argv[2] ?? '2590');
const stats = new TickStats();
let cpuFrom = process.cpuUsage();
let wallFrom = performance.now();

// The bots all join from the loopback address, hundreds a second: the join guard (server/join-gate) is opened wide for them.
const { server } = await startRoomServer({ port, host: '127.0.0.1', settings: { tickStats: stats, joinRate: { perSecond: 10_000, burst: 10_000 } } });
void server;
const { matchMaker } = await import('@colyseus/core');

/** How late a bare 200 ms timer comes in this process with no rooms: what the machine itself adds. */
function baseline(forMs: number): Promise<{ p50: number; p99: number }> {
  const stats = new TickStats();
  return new Promise((resolve) => {
    let last = performance.now();
    const until = last + forMs;
    const wake = (): void => {
      const now = performance.now();
      stats.record(Math.abs(now - last - 200), 0);
      last = now;
      if (now < until) setTimeout(wake, 200);
      else resolve({ p50: stats.jitter(0.5), p99: stats.jitter(0.99) });
    };
    setTimeout(wake, 200);
  });
}

process.on('message', (message: { type: string; forMs?: number }) => {
  if (message.type === 'baseline') void baseline(message.forMs ?? 8_000).then((figures) => process.send!({ type: 'baseline', ...figures }));
  else if (message.type === 'reset') {
    stats.reset();
    cpuFrom = process.cpuUsage();
    wallFrom = performance.now();
    process.send!({ type: 'reset-done' });
  } else if (message.type === 'report') {
    void (async () => {
      const cpu = process.cpuUsage(cpuFrom);
      const rooms = await matchMaker.query({});
      const memory = process.memoryUsage();
      const report: ServerReport = {
        rooms: rooms.length,
        ticks: stats.ticks,
        p50JitterMs: stats.jitter(0.5),
        p99JitterMs: stats.jitter(0.99),
        p50WorkMs: stats.workMs(0.5),
        p99WorkMs: stats.workMs(0.99),
        cpuMs: (cpu.user + cpu.system) / 1000,
        wallMs: performance.now() - wallFrom,
        rssBytes: memory.rss,
        heapUsedBytes: memory.heapUsed,
      };
      process.send!({ type: 'report', report });
    })();
  } else if (message.type === 'stop') process.exit(0);
});
process.send!({ type: 'ready' });
