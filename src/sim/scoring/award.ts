// The three-armed sweater: the team's award for the incident everyone learned most from. It goes to the
// run that found out the most that is worth knowing (why the second run works, why the php7 boxes
// survived, that there is no way back, that the monitoring runs on Apache too, and naming the part not to
// touch), never to the fastest. A finding counts whoever made it, the player or a cat on the player's job.

import { describeJob } from '../describe-job';
import type { SimEvent } from '../events';
import type { AwardScoring, StagingScoring } from './scoring-config';
import type { AwardResult, Learning, LearningId } from './score-types';
import { creditedOf, type RunFacts } from './run-facts';
import { at, capital } from './words';

const TOPIC_WORDS: Record<string, string> = { 'broken-host': 'a broken host', php7: 'the php7 boxes', mirror: 'the mirror', monitoring: 'the monitoring' };

interface Evidence {
  tick: number;
  how: string;
}

interface Lesson {
  id: LearningId;
  label: string;
  hint: string;
  find: (facts: RunFacts, staging: StagingScoring) => Evidence | null;
}

export const LESSONS: readonly Lesson[] = [
  {
    id: 'second-run-fixes',
    label: 'Why a second Chef run fixes a host',
    hint: 'ssh into a broken host after its failed run (or ask a cat to look into one): the file that stops Apache is gone, so the next run starts it.',
    find: (facts) => {
      const dropping = facts.config.apache.versionsDroppingDefaultConfig;
      return (
        finding(facts, 'second-run-fixes') ??
        first(
          creditedOf(facts, 'host-checked').filter(
            (event) =>
              event.apache && event.apache.status !== 'running' && !event.apache.defaultConfigPresent && dropping.includes(event.apache.version) && event.chef?.lastResult === 'failed',
          ),
          (event) => `${who(facts, event)} ssh to ${event.host} showed the default config gone after its failed run`,
        ) ??
        first(
          creditedOf(facts, 'staging-test-finished').filter((event) => event.failedAfterUpgrade > 0 && event.runningAfterSecondRun > 0),
          () => 'the staging test showed Apache failing after the upgrade and running after a second run',
        )
      );
    },
  },
  {
    id: 'php7-failing-chef',
    label: 'Why the php7 boxes survived',
    hint: 'Ask why a few boxes still serve: their Chef runs had failed for weeks, lost in the dev-VM noise.',
    find: (facts) => {
      const survivors = new Set(facts.hosts.filter((host) => host.survivor).map((host) => host.name));
      return (
        finding(facts, 'php7-failing-chef') ??
        first(
          creditedOf(facts, 'host-checked').filter((event) => survivors.has(event.host) && event.chef?.lastResult === 'failed'),
          (event) => `${who(facts, event)} ssh to ${event.host} showed its own Chef runs failing`,
        )
      );
    },
  },
  {
    id: 'mirror-lacks-old-package',
    label: 'That there is no way back',
    hint: 'Check the mirror: it keeps only the newest package, so pinning back installs nothing; the only way is forward.',
    find: (facts) =>
      finding(facts, 'mirror-lacks-old-package') ??
      first(
        creditedOf(facts, 'mirror-checked').filter((event) => !event.versions.includes(facts.config.apache.installedVersion)),
        (event) => `${who(facts, event)} look at the mirror showed only ${event.packageName} ${event.versions.join(', ')}`,
      ),
  },
  {
    id: 'monitoring-down',
    label: 'That the monitoring runs on Apache too',
    hint: 'Notice the graphs and Nagios run on Apache too: they go dark exactly when they are needed.',
    find: (facts, staging) => {
      const sight = facts.hosts.filter((host) => host.sight !== null);
      const names = new Set(sight.map((host) => host.name));
      const firstWide = Math.min(Infinity, ...facts.stages.filter((stage) => stage.servingHosts > staging.canaryMaxHosts).map((stage) => stage.startTick));
      return (
        finding(facts, 'monitoring-down') ??
        first(
          creditedOf(facts, 'host-checked').filter((event) => names.has(event.host) && !event.apacheAnswers),
          (event) => `${who(facts, event)} look at ${event.host} found its Apache down`,
        ) ??
        // Learning needs a look: a wide kill switch that happened to cover the monitoring hosts is not one
        // (the visibility family pays for keeping sight); sending someone to check the monitoring is.
        first(
          creditedOf(facts, 'job-assigned').filter(
            (event) => event.job === describeJob({ type: 'investigate', topic: 'monitoring' }) || event.job === describeJob({ type: 'watch', target: 'monitoring' }),
          ),
          (event) => `you sent ${event.name} to check on the monitoring`,
        ) ??
        first(
          creditedOf(facts, 'chef-run-started').filter((event) => event.trigger === 'manual' && names.has(event.host) && event.tick < firstWide),
          () => 'the monitoring hosts were fixed before the main roll-out',
        )
      );
    },
  },
  {
    id: 'dangerous-parts-named',
    label: 'Named the dangerous part out loud',
    hint: 'Say out loud what must not be touched (the php7 survivors): someone helpful will otherwise "fix" them.',
    find: (facts) =>
      first(
        creditedOf(facts, 'message-posted').filter((event) => event.intent === 'leave-php7-alone'),
        () => 'you told the team to leave the php7 survivors alone',
      ),
  },
];

export function threeArmedSweater(facts: RunFacts, settings: AwardScoring, staging: StagingScoring, resolved: boolean): AwardResult {
  const learnings: Learning[] = LESSONS.map((lesson) => {
    const evidence = lesson.find(facts, staging);
    return evidence
      ? { id: lesson.id, label: lesson.label, learned: true, tick: evidence.tick, text: `${capital(evidence.how)}, ${at(evidence.tick)}.` }
      : { id: lesson.id, label: lesson.label, learned: false, tick: null, text: lesson.hint };
  });
  const learned = learnings.filter((learning) => learning.learned).length;
  const needed = Math.min(settings.minLearnings, LESSONS.length);
  // Learning is what wins it, but only in a run that went on to fix what it learned about.
  const earned = learned >= needed && resolved;
  const why = !resolved
    ? `Learned ${learned} of the ${LESSONS.length} things worth knowing, but the incident was never resolved: the sweater goes to a team that learned and then fixed it.`
    : earned
      ? `Learned ${learned} of the ${LESSONS.length} things worth knowing: the sweater goes to the run that learned most, however long it took.`
      : `Learned ${learned} of the ${LESSONS.length} things worth knowing; ${needed} earn the sweater. Speed alone does not: it is for learning.`;
  return { id: 'three-armed-sweater', label: 'The three-armed sweater', earned, why, needed, learnings };
}

function finding(facts: RunFacts, wanted: LearningId): Evidence | null {
  return first(
    creditedOf(facts, 'finding-reported').filter((event) => event.finding === wanted),
    (event) => `${event.name} looked into ${TOPIC_WORDS[event.topic] ?? event.topic} and found out`,
  );
}

function first<T extends SimEvent>(events: readonly T[], how: (event: T) => string): Evidence | null {
  const event = events[0];
  return event ? { tick: event.tick, how: how(event) } : null;
}

/** "your" or "Miso's", for "your ssh to web-017". */
function who(facts: RunFacts, event: SimEvent): string {
  const name = facts.credit.who(event);
  return name === 'you' ? 'your' : `${name}'s`;
}
