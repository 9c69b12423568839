// Team communication, as the score judges it: telling the channel, asking for help, clear jobs, the
// status page (soon, and on a cadence), the backup channel, and blameless words. Posts change nothing in
// the fleet, so a change in what is said moves this family and leaves the others where they were.

import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/sim/commands';
import { at, familyScores, level, reasons, rulePoints, scoreOf } from './score-of';

const tell = at(70, { type: 'post-message', channel: 'ops', text: 'Apache fails after the pin bump; on it.', intent: 'update' });
const statusPage: Command = { type: 'update-status-page', status: 'degraded', text: 'Some pages are slow. Next update in 15 minutes.', intent: 'update' };

function onlyTeamCommunicationMoved(a: ReturnType<typeof scoreOf>, b: ReturnType<typeof scoreOf>): void {
  const { 'team-communication': _a, ...restA } = familyScores(a);
  const { 'team-communication': _b, ...restB } = familyScores(b);
  expect(restA).toEqual(restB);
}

describe('blameless words', () => {
  const blameless = scoreOf([tell]);
  const blaming = scoreOf([tell, at(80, { type: 'post-message', channel: 'ops', text: "Robin's change broke everything.", intent: 'blame' })]);

  it('a blaming post lowers team communication, and nothing else', () => {
    expect(rulePoints(blameless, 'team-communication.blameless')).toBe(10);
    expect(rulePoints(blaming, 'team-communication.blameless')).toBe(0);
    expect(familyScores(blaming)['team-communication']).toBeLessThan(familyScores(blameless)['team-communication']);
    onlyTeamCommunicationMoved(blameless, blaming);
  });

  it('a blameless word that clears the air wins half of it back', () => {
    const cleared = scoreOf([
      tell,
      at(80, { type: 'post-message', channel: 'ops', text: "Robin's change broke everything.", intent: 'blame' }),
      at(90, { type: 'post-message', channel: 'ops', text: 'Sorry, nobody broke it on purpose. Forward first.', intent: 'blameless' }),
    ]);
    expect(rulePoints(cleared, 'team-communication.blameless')).toBe(5);
  });
});

describe('the status page', () => {
  const soon = scoreOf([at(150, statusPage)]);
  const late = scoreOf([at(1000, statusPage)]);

  it('posted within a few minutes of customers feeling it earns every point; late, few', () => {
    expect(rulePoints(soon, 'team-communication.status-page')).toBe(15);
    expect(rulePoints(late, 'team-communication.status-page')).toBeLessThan(5);
    expect(familyScores(late)['team-communication']).toBeLessThan(familyScores(soon)['team-communication']);
    onlyTeamCommunicationMoved(soon, late);
  });

  it('left on "degraded" after the site is well costs the closing point', () => {
    expect(reasons(soon, 'team-communication.status-closed')[0]).toMatchObject({ points: 0, text: 'The status page still said "degraded" at the end.' });
  });

  it("updated by a cat on their own, left without a job, is not the player's doing", () => {
    const idleTeam = scoreOf([at(100, { type: 'ask-for-help' })]);
    const onTheJob = scoreOf([at(100, { type: 'ask-for-help' }), at(330, { type: 'assign-job', responder: 'marmalade', job: statusPage })]);
    expect(rulePoints(idleTeam, 'team-communication.status-page')).toBe(0);
    expect(rulePoints(onTheJob, 'team-communication.status-page')).toBeGreaterThan(10);
  });
});

describe('asking for help and giving jobs', () => {
  it('a clear ask earns more than "anyone around?"', () => {
    const clear = scoreOf([at(100, { type: 'post-message', channel: 'ops', text: 'I need hands now.', intent: 'ask-help' })]);
    const vague = scoreOf([at(100, { type: 'post-message', channel: 'ops', text: 'Anyone around?', intent: 'ask-help-vague' })]);
    expect(rulePoints(clear, 'team-communication.ask-for-help')).toBe(10);
    expect(rulePoints(vague, 'team-communication.ask-for-help')).toBe(5);
  });

  it('cats left without a job cost the clear-jobs rule', () => {
    const idleTeam = scoreOf([at(100, { type: 'ask-for-help' })]);
    expect(reasons(idleTeam, 'team-communication.clear-jobs')[0]!.text).toMatch(/^0 of the 6 cats who joined had a clear job from you/);
  });
});

describe('the backup channel', () => {
  const chatFails = { ...level.sim, channels: level.sim.channels.map((channel, index) => (index === 0 ? { ...channel, outage: { atSecond: 120, durationSeconds: 900 } } : channel)) };

  it('moving the team there when chat fails earns the rule; waiting for chat does not', () => {
    const waited = scoreOf([tell], { config: chatFails });
    const moved = scoreOf([tell, at(200, { type: 'post-message', channel: 'backup', text: 'Chat is down: over here.', intent: 'update' })], { config: chatFails });
    expect(rulePoints(waited, 'team-communication.backup-channel')).toBe(0);
    expect(rulePoints(moved, 'team-communication.backup-channel')).toBe(10);
  });

  it('is not counted when chat never fails', () => {
    expect(reasons(scoreOf([tell]), 'team-communication.backup-channel')[0]).toMatchObject({ points: 0, outOf: 0 });
  });
});
