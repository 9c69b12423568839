// Level "Chat is down too": the same morning, with the chat service failing four minutes in. The team
// keeps working but goes unheard until the player leads them to the IRC backup, and the debrief credits
// finding it quickly.

import { describe, expect, it } from 'vitest';
import { at, scoreOf } from '../scoring/score-of';
import { bundledLevel, bundledReplay } from '../support/level-files';
import { World } from '../support/run-sim';

const level = bundledLevel('chat-down');
const backupPost = (text: string) => ({ type: 'post-message', channel: 'backup', text, intent: 'update' }) as const;

describe('chat is down too', () => {
  it('loses #ops four minutes in, and Robin wonders aloud about a backup channel', () => {
    const world = new World(level.sim);
    expect(world.runUntilEvent('channel-went-down')).toMatchObject({ channel: 'ops', tick: 240 });
    expect(world.runUntilEvent('said-in-person', (event) => event.text.includes('backup channel')).from).toBe('Robin');
  });

  it('keeps the team unheard until the player posts in IRC, then they are all there', () => {
    const world = new World(level.sim).give({ type: 'ask-for-help' });
    world.runUntil(300);
    expect(world.eventsOf('line-unheard').length).toBeGreaterThan(0);
    world.give(backupPost('Chat is down: we are in IRC now. Apache fails after the pin bump; stopping Chef.'));
    expect(world.state.teamChannel).toBe('backup');
    world.run(120);
    expect(world.eventsOf('message-posted').filter((event) => event.channel === 'backup' && event.from !== 'player').length).toBeGreaterThan(0);
  });

  it('credits moving to the backup channel soon, and notices when nobody did', () => {
    const family = (commands: Parameters<typeof scoreOf>[0]) =>
      scoreOf(commands, { config: level.sim, scoring: level.scoring }).families.find((candidate) => candidate.id === 'team-communication')!;
    const moved = family([at(250, backupPost('We moved to IRC #ops-backup.'))]).reasons.find((reason) => reason.rule.includes('backup'))!;
    const stayed = family([]).reasons.find((reason) => reason.rule.includes('backup'))!;
    expect(moved.points).toBeGreaterThan(0);
    expect(stayed.points).toBe(0);
    expect(stayed.text).toContain('waited');
  });
});

describe('the level’s reference solution', () => {
  it('wins on seeds 1 to 3, and doing nothing does not', () => {
    const replay = bundledReplay('skilled', 'chat-down');
    for (const seed of [1, 2, 3]) {
      expect(scoreOf(replay.commands, { config: level.sim, scoring: level.scoring, seed }).total).toBeGreaterThan(80);
      expect(scoreOf([], { config: level.sim, scoring: level.scoring, seed }).total).toBeLessThan(35);
    }
    // Six runs of the whole hour: the level has no grace, so nothing ends them early.
  }, 30_000);
});
