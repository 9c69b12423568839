// Composition root. Until the Phaser game lands, the page runs the level live and prints the world.

import levelFile from '../levels/apache-snafu.json';
import { formatLevelProblems, parseLevel } from './levels/parse-level';
import { LiveSession } from './session/live-session';
import { describeWorld } from './world-text';

const out = document.getElementById('world')!;
const parsed = parseLevel(levelFile, 'levels/apache-snafu.json');
if (!parsed.ok) {
  out.className = 'problem';
  out.textContent = `This level cannot be played:\n${formatLevelProblems(parsed.problems)}`;
} else {
  const seed = Number(new URLSearchParams(location.search).get('seed') ?? '1');
  const session = new LiveSession(parsed.level, Number.isSafeInteger(seed) ? seed : 1);
  const recent: string[] = [];
  session.onEvents((events) => {
    for (const event of events) if (event.type !== 'chef-run-started') recent.push(`${event.tick}s ${event.type} ${'host' in event ? event.host : ''}`);
    recent.splice(0, Math.max(0, recent.length - 14));
  });
  let last = performance.now();
  const frame = (now: number): void => {
    session.frame(now - last);
    last = now;
    out.textContent = `${describeWorld(parsed.level, session.state)}\n\nLatest events:\n${recent.join('\n')}`;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}
