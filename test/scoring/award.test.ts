// The three-armed sweater goes to the run that learned most, never to the fastest: findings from the
// player's own looks or from cats on the player's jobs count, and speed alone earns nothing.

import { describe, expect, it } from 'vitest';
import { at, scoreOf, STOP_CHEF } from './score-of';

describe('the three-armed sweater', () => {
  const fast = scoreOf([
    at(65, STOP_CHEF),
    at(70, { type: 'fix-cookbook' }),
    at(110, { type: 'run-chef', hosts: ['@web', '@api', '@tools', '-@php7'], concurrency: 25 }),
    at(700, { type: 'start-chef', hosts: ['@web', '@api', '@tools', '-@php7'], concurrency: 5 }),
  ]);
  const learner = scoreOf([
    at(100, { type: 'ask-for-help' }),
    at(110, { type: 'check-mirror' }),
    at(115, { type: 'post-message', channel: 'ops', text: 'Please leave the php7 boxes alone.', intent: 'leave-php7-alone' }),
    at(260, { type: 'assign-job', responder: 'miso', job: { type: 'investigate', topic: 'broken-host' } }),
    at(260, { type: 'assign-job', responder: 'noodle', job: { type: 'investigate', topic: 'php7' } }),
  ]);

  it('is not for the fastest: stopping and fixing quickly, without finding out why, does not earn it', () => {
    expect(fast.total).toBeGreaterThan(learner.total);
    expect(fast.award.earned).toBe(false);
  });

  it('is for the run that learned most, however slow', () => {
    expect(learner.award.earned).toBe(true);
    const learned = learner.award.learnings.filter((learning) => learning.learned);
    expect(learned.map((learning) => learning.id)).toEqual(['second-run-fixes', 'php7-failing-chef', 'mirror-lacks-old-package', 'dangerous-parts-named']);
    expect(learned[0]!.text).toMatch(/^Miso looked into a broken host and found out/);
  });

  it("counts the player's own ssh into a php7 box as noticing them", () => {
    const ssh = scoreOf([at(700, { type: 'check-host', host: 'web-php7-01', method: 'ssh' })], { untilTick: 800 });
    expect(ssh.award.learnings.find((learning) => learning.id === 'php7-failing-chef')).toMatchObject({ learned: true });
  });

  it('needs a look to learn that the monitoring runs on Apache: a wide kill switch covering it is not one', () => {
    const learnedOf = (score: ReturnType<typeof scoreOf>) => score.award.learnings.find((learning) => learning.id === 'monitoring-down')!.learned;
    expect(learnedOf(fast)).toBe(false);
    const asked = scoreOf([at(65, STOP_CHEF), at(100, { type: 'ask-for-help' }), at(260, { type: 'assign-job', responder: 'pixel', job: { type: 'investigate', topic: 'monitoring' } })]);
    expect(learnedOf(asked)).toBe(true);
  });

  it('says what each unlearned thing would have taken', () => {
    const unlearned = fast.award.learnings.filter((learning) => !learning.learned);
    expect(unlearned.length).toBeGreaterThan(0);
    for (const learning of unlearned) expect(learning.text.length).toBeGreaterThan(30);
  });
});
