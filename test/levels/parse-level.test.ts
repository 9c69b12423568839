// The rules a level file must follow, and how a bad one is reported: every problem names the file, the
// JSON path and what was expected, so a trainer can fix a level without reading code.

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call --
   these tests break a level file on purpose, wrong types included, so the JSON they edit is untyped by design. */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatLevelProblems, parseLevel, parseLevelText, type LevelProblem } from '../../src/levels/parse-level';
import { hostName } from '../../src/sim/host-names';

const REPO_ROOT = new URL('../../', import.meta.url);
const FILE = 'levels/apache-snafu.json';
const bundledText = readFileSync(new URL(FILE, REPO_ROOT), 'utf8');

/** A fresh copy of the bundled level as plain JSON, to break one thing at a time. */
function bundledJson(): Record<string, any> {
  return JSON.parse(bundledText) as Record<string, any>;
}

function problemsOf(json: unknown): LevelProblem[] {
  const result = parseLevel(json, FILE);
  if (result.ok) throw new Error('expected the level to be refused, but it parsed');
  return result.problems;
}

function brokenBy(change: (level: Record<string, any>) => void): LevelProblem[] {
  const json = bundledJson();
  change(json);
  return problemsOf(json);
}

function bundledLevel() {
  const result = parseLevelText(bundledText, FILE);
  if (!result.ok) throw new Error(formatLevelProblems(result.problems));
  return result.level;
}

describe('the bundled Apache SNAFU level', () => {
  it('parses without problems', () => {
    expect(parseLevelText(bundledText, FILE)).toMatchObject({ ok: true });
  });

  it('has 120 hosts in the web pool, of which 7 are the php7 nodes whose Chef already fails', () => {
    const tiers = bundledLevel().sim.tiers;
    const webPool = tiers.filter((tier) => tier.pool === 'web');
    expect(webPool.reduce((sum, tier) => sum + tier.count, 0)).toBe(120);
    const php7 = tiers.find((tier) => tier.id === 'php7');
    expect(php7).toMatchObject({ count: 7, group: 'web', pool: 'web', chefFailure: { share: 1 } });
  });

  it('has 60 api servers, 40 databases without Apache and 180 dev VMs that do not page', () => {
    const tiers = bundledLevel().sim.tiers;
    expect(tiers.find((tier) => tier.id === 'api')).toMatchObject({ count: 60, pool: 'api' });
    expect(tiers.find((tier) => tier.id === 'db')).toMatchObject({ count: 40, runsApache: false });
    expect(tiers.find((tier) => tier.id === 'dev')).toMatchObject({ count: 180, environment: 'development', pagesOnCall: false });
  });

  it('puts every monitoring and tool host on Apache, in the tools group', () => {
    const tools = bundledLevel().sim.tiers.filter((tier) => tier.group === 'tools');
    expect(tools.map((tier) => [tier.id, tier.count, tier.provides])).toEqual([
      ['graphite', 2, 'dashboards'],
      ['ganglia', 1, 'dashboards'],
      ['nagios-web', 2, 'host-status'],
      ['deploy', 1, 'deploys'],
      ['postmortem', 1, 'postmortems'],
    ]);
    expect(tools.every((tier) => tier.runsApache && tier.pool === null)).toBe(true);
  });

  it('has the neighbour push the pin bump at second 20 and watch web-017, a host that exists', () => {
    const level = bundledLevel();
    expect(level.sim.change).toEqual({ by: 'Robin', pinVersion: '2.2.22', pushAtSecond: 20, watchHostName: 'web-017' });
    const web = level.sim.tiers.find((tier) => tier.id === 'web');
    expect(web && hostName(web, 17)).toBe('web-017');
  });

  it('has no Chef kill switch and a slow staging environment', () => {
    const level = bundledLevel();
    expect(level.sim.chef.hasFleetPause).toBe(false);
    expect(level.sim.staging).toEqual({ tierId: 'staging', setupSeconds: 1500 });
  });

  it('fills the defaults a trainer may leave out', () => {
    const level = bundledLevel();
    expect(level.sim.tiers.find((tier) => tier.id === 'api')).toMatchObject({ group: 'api', provides: null, chefFailure: null });
    expect(level.sim.channels.map((channel) => channel.outage)).toEqual([null, null]);
  });

  it('plays an hour of game time in about 12 real minutes, starting at 10:40', () => {
    const meta = bundledLevel().meta;
    expect(meta).toMatchObject({ id: 'apache-snafu', title: 'The Apache SNAFU', clockStart: '10:40', gameSecondsPerRealSecond: 5 });
    expect(3600 / meta.gameSecondsPerRealSecond / 60).toBe(12);
  });
});

describe('the schema', () => {
  it('reports a wrong type with the file, the path and what was expected', () => {
    const problems = brokenBy((level) => {
      level.tiers[2].count = -3;
    });
    expect(problems).toEqual([{ file: FILE, path: '$.tiers[2].count', message: 'expected a whole number from 0 to 10000, got -3' }]);
  });

  it('says when a number was written as text', () => {
    const problems = brokenBy((level) => {
      level.chef.intervalSeconds = '600';
    });
    expect(problems).toEqual([{ file: FILE, path: '$.chef.intervalSeconds', message: 'expected a number of seconds greater than 0, got "600" (text)' }]);
  });

  it('reports a missing field as missing', () => {
    const problems = brokenBy((level) => {
      delete level.monitoring.maxCheckAttempts;
    });
    expect(problems).toEqual([{ file: FILE, path: '$.monitoring.maxCheckAttempts', message: 'expected a whole number of at least 1, got nothing (the field is missing)' }]);
  });

  it('reports an unknown field with a suggestion of the field meant', () => {
    const problems = brokenBy((level) => {
      level.tiers[2].cuont = level.tiers[2].count;
      delete level.tiers[2].count;
    });
    expect(problems).toContainEqual({ file: FILE, path: '$.tiers[2].cuont', message: 'unknown field "cuont" (did you mean "count"?)' });
    expect(problems.map((problem) => problem.path)).toContain('$.tiers[2].count');
  });

  it('lists the allowed fields when an unknown one is nothing like them', () => {
    const problems = brokenBy((level) => {
      level.loadBalancer.colour = 'blue';
    });
    expect(problems).toEqual([
      { file: FILE, path: '$.loadBalancer.colour', message: 'unknown field "colour" (the fields here are healthCheckSeconds, failuresToLeavePool, successesToRejoinPool)' },
    ]);
  });

  it('names the allowed values of a choice, including null where it is allowed', () => {
    const problems = brokenBy((level) => {
      level.tiers[0].pool = 'wbe';
    });
    expect(problems).toEqual([{ file: FILE, path: '$.tiers[0].pool', message: 'expected one of "web", "api", or null, got "wbe" (text)' }]);
  });

  it('keeps shares between 0 and 1', () => {
    const problems = brokenBy((level) => {
      level.featureFlags[0].shedsShare.web = 1.5;
    });
    expect(problems.map((problem) => problem.path)).toEqual(['$.featureFlags[0].shedsShare.web']);
  });

  it('reports every problem in one go, not just the first', () => {
    const problems = brokenBy((level) => {
      level.schemaVersion = 2;
      level.clockStart = '9:40';
      level.chef.hasFleetPause = 'no';
    });
    expect(problems.map((problem) => problem.path)).toEqual(['$.schemaVersion', '$.clockStart', '$.chef.hasFleetPause']);
  });
});

describe('cross-references', () => {
  it('refuses a watch host that does not exist, and suggests the one meant', () => {
    const problems = brokenBy((level) => {
      level.change.watchHostName = 'web-17';
    });
    expect(problems).toEqual([{ file: FILE, path: '$.change.watchHostName', message: 'no host is named "web-17" (did you mean "web-017"?)' }]);
  });

  it('refuses a watch host that does not run Apache', () => {
    const problems = brokenBy((level) => {
      level.change.watchHostName = 'db-01';
    });
    expect(problems.map((problem) => problem.path)).toEqual(['$.change.watchHostName']);
    expect(problems[0]?.message).toContain('does not run Apache');
  });

  it('refuses a script line on a channel that does not exist', () => {
    const problems = brokenBy((level) => {
      level.script[0].channel = 'opps';
    });
    expect(problems).toEqual([
      { file: FILE, path: '$.script[0].channel', message: 'no channel "opps" (did you mean "ops"?); use a channel id (ops, backup) or "in-person"' },
    ]);
  });

  it('refuses a staging tier whose environment is not staging', () => {
    const problems = brokenBy((level) => {
      level.staging.tierId = 'web';
    });
    expect(problems.map((problem) => problem.path)).toEqual(['$.staging.tierId']);
    expect(problems[0]?.message).toContain('production environment');
  });

  it('refuses duplicate tier ids', () => {
    const problems = brokenBy((level) => {
      level.tiers[3].id = 'api';
    });
    expect(problems).toContainEqual({ file: FILE, path: '$.tiers[3].id', message: 'tier id "api" is already used by tiers[2]' });
  });

  it('refuses host prefixes that give two hosts the same name', () => {
    const problems = brokenBy((level) => {
      level.tiers[1].hostPrefix = 'web';
      level.tiers[1].hostNumberDigits = 3;
    });
    expect(problems.map((problem) => problem.path)).toEqual(['$.tiers[1].hostPrefix']);
    expect(problems[0]?.message).toContain('"web-001"');
  });

  it('refuses a pool with traffic and no hosts to serve it', () => {
    const problems = brokenBy((level) => {
      level.tiers[2].pool = null;
    });
    expect(problems.map((problem) => problem.path)).toEqual(['$.traffic.pools.api.requestsPerSecond']);
  });

  it('checks that numbers agree with each other', () => {
    const problems = brokenBy((level) => {
      level.chef.runSecondsMin = 80;
      level.traffic.pools.api.orderShare = 0.5;
      level.change.pushAtSecond = 4000;
      level.apache.mirrorVersion = 'latest';
    });
    expect(problems.map((problem) => problem.path)).toEqual(['$.chef.runSecondsMin', '$.apache.mirrorVersion', '$.traffic.pools', '$.change.pushAtSecond']);
  });
});

describe('files that are not levels', () => {
  it('reports invalid JSON with its line and column', () => {
    const result = parseLevelText('{\n  "id": "x",\n}\n', FILE);
    expect(result).toEqual({
      ok: false,
      problems: [{ file: FILE, path: '$', message: 'not valid JSON at line 3, column 1: a comma before "}" is not allowed in JSON (remove the last comma)' }],
    });
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['a list', []],
    ['a string', 'x'],
    ['a list of levels', [bundledJson()]],
    ['tiers of the wrong kind', { ...bundledJson(), tiers: [null, 7, 'web', [[]]] }],
  ])('gives problems for %s, never throws', (_, garbage) => {
    const result = parseLevel(garbage, FILE);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
  });

  it('formats one line per problem: file, path, message', () => {
    const problems = brokenBy((level) => {
      level.tiers[2].count = -3;
    });
    expect(formatLevelProblems(problems)).toBe('levels/apache-snafu.json: $.tiers[2].count: expected a whole number from 0 to 10000, got -3');
  });
});

describe('the end of a shift in a level', () => {
  it('has no grace by default: the shift does not end by itself after resolution', () => {
    expect(bundledLevel().sim.resolution.graceSeconds).toBeNull();
    const json = bundledJson();
    json['resolution'].graceSeconds = null;
    const parsed = parseLevel(json, FILE);
    expect(parsed.ok && parsed.level.sim.resolution.graceSeconds).toBeNull();
  });

  it('keeps a grace an older or kiosk level sets, and refuses a negative one', () => {
    const json = bundledJson();
    json['resolution'].graceSeconds = 300;
    const parsed = parseLevel(json, FILE);
    expect(parsed.ok && parsed.level.sim.resolution.graceSeconds).toBe(300);
    const problems = brokenBy((level) => {
      level['resolution'].graceSeconds = -1;
    });
    expect(problems.map((problem) => problem.path)).toEqual(['$.resolution.graceSeconds']);
  });
});

describe('responders in a level', () => {
  it('are the six cats of the faithful level, each with a specialty', () => {
    const level = bundledLevel();
    expect(level.sim.responders.map((responder) => responder.specialty).sort()).toEqual(['chef-and-yum', 'comms', 'curious', 'fan-out', 'graphs', 'php7']);
  });

  it('may be left out: a lonely shift with the default coordination numbers', () => {
    const parsed = parseLevel({ ...bundledJson(), responders: undefined, coordination: undefined }, FILE);
    expect(parsed.ok && parsed.level.sim.responders).toEqual([]);
    expect(parsed.ok && parsed.level.sim.coordination.catchUpSeconds).toBe(90);
  });

  it('may leave out the coordination numbers added later, which take their defaults', () => {
    const json = bundledJson();
    json['coordination'] = { catchUpSeconds: 60, catchUpWithSummarySeconds: 10, summaryFreshSeconds: 600, idleActsAfterSeconds: 180, collisionSlowdown: 0.5 };
    const parsed = parseLevel(json, FILE);
    expect(parsed.ok && parsed.level.sim.coordination).toMatchObject({ catchUpSeconds: 60, vagueAskDelayFactor: 2, watchSeconds: 900 });
  });

  it('must have names a player can call them by without mixing them up', () => {
    const problems = brokenBy((level) => {
      level['responders'][1].name = level['responders'][0].name.toUpperCase();
    });
    expect(problems.map((problem) => problem.path)).toEqual(['$.responders[1].name']);
  });
});

describe('a level’s look of the team and its words', () => {
  it('gives each cat a different coat, also when the level leaves the coats out', () => {
    expect(new Set(bundledLevel().sim.responders.map((responder) => responder.look)).size).toBe(6);
    const json = bundledJson();
    for (const responder of json['responders']) delete responder.look;
    const parsed = parseLevel(json, FILE);
    expect(parsed.ok && new Set(parsed.level.sim.responders.map((responder) => responder.look)).size).toBe(6);
  });

  it('offers posts and status updates with wordings that differ in what they do', () => {
    const { comms } = bundledLevel();
    const ask = comms.posts.find((post) => post.label === 'Ask for help')!;
    expect(ask.wordings.map((wording) => wording.intent).sort()).toEqual(['ask-help', 'ask-help-vague']);
    expect(comms.statusUpdates.flatMap((update) => update.wordings.map((wording) => wording.intent))).toContain('looking-into-it');
  });

  it('falls back to plain wordings when the level brings none', () => {
    const parsed = parseLevel({ ...bundledJson(), comms: undefined }, FILE);
    expect(parsed.ok && parsed.level.comms.posts.length).toBeGreaterThan(3);
  });

  it('names the wording whose intent the game does not know, and the intents it does', () => {
    const problems = brokenBy((level) => {
      level['comms'].posts[1].wordings[0].intent = 'ask-nicely';
    });
    expect(problems.map((problem) => problem.path)).toEqual(['$.comms.posts[1].wordings[0].intent']);
    expect(problems[0]!.message).toContain('ask-help');
  });
});
