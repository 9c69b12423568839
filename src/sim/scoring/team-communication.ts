// Team communication: telling the channel early, answering the pages, asking for help clearly, one clear
// job per cat, a running summary for late joiners, the backup channel when chat fails, the all-clear and
// blameless words. The status page rules (customers are people to talk to, too) are in status-page-rules.ts.

import { PLAYER } from '../commands';
import type { EventOf } from '../events';
import { FamilySheet, fading, type Helped, type SheetResult } from './family-sheet';
import { creditedOf, eventsOf, type RunFacts } from './run-facts';
import type { TeamCommunicationScoring } from './scoring-config';
import { poolsHealthyAt } from './pool-health';
import { statusPageRules } from './status-page-rules';
import { at, capital, count, lasting, listOf } from './words';

const OUT_OF = { tellChannel: 10, answerPages: 5, askForHelp: 10, clearJobs: 15, summary: 10, backupChannel: 10, allClear: 5, blameless: 10, trueStatements: 10 };
const SHARE: Helped['takeaway'] = 'build-relationships-share-knowledge';
const CAPACITY: Helped['takeaway'] = 'maintain-adaptive-capacity';
/** Posts that say what is going on. */
const TELLING = ['tell-channel', 'update', 'summary', 'ask-help'];
/** What a collision of jobs costs: two cats on overlapping jobs is one job too unclear. */
const COLLISION_COST = 3;

export function scoreTeamCommunication(facts: RunFacts, settings: TeamCommunicationScoring): SheetResult {
  const sheet = new FamilySheet('team-communication', facts.indexOf);
  const posts = creditedOf(facts, 'message-posted');
  tellChannel(sheet, facts, posts, settings);
  answerPages(sheet, facts, settings);
  askForHelp(sheet, facts, posts, settings);
  clearJobs(sheet, facts);
  runningSummary(sheet, facts, posts);
  statusPageRules(sheet, facts, settings);
  backupChannel(sheet, facts, settings);
  allClear(sheet, facts, posts);
  trueStatements(sheet, facts, posts);
  blameless(sheet, facts, posts);
  return sheet.result();
}

type Post = EventOf<'message-posted'>;

function tellChannel(sheet: FamilySheet, facts: RunFacts, posts: Post[], settings: TeamCommunicationScoring): void {
  if (facts.firstSignTick === null) return void sheet.notCounted('tell-channel', 'Nothing broke, so there was nothing to tell');
  const helped: Helped = { takeaway: SHARE, text: 'A line in the channel early (what broke, what customers see, what you are doing) brings help and stops others making it worse.' };
  const told = posts.find((post) => post.intent !== null && TELLING.includes(post.intent));
  if (!told) return void sheet.gain('tell-channel', OUT_OF.tellChannel, 0, 'The channel never heard from you what was happening.', null, helped);
  const seconds = Math.max(0, told.tick - facts.firstSignTick);
  const points = fading(OUT_OF.tellChannel, seconds, settings.tellChannelSeconds, settings.tellChannelFadeSeconds);
  sheet.gain('tell-channel', OUT_OF.tellChannel, points, `You told the channel what was happening ${lasting(seconds)} after the first sign of failure.`, told.tick, helped, [told]);
}

function answerPages(sheet: FamilySheet, facts: RunFacts, settings: TeamCommunicationScoring): void {
  const pages = eventsOf(facts, 'page-sent');
  if (pages.length === 0) return void sheet.notCounted('answer-pages', 'No page was sent');
  // Pages while nothing had broken but the hosts the change was tried on answer a question you asked yourself.
  if (facts.firstSignTick === null && facts.triedHosts.size > 0) {
    return void sheet.notCounted('answer-pages', 'The only pages were about the hosts you tried the change on, so none called for an answer');
  }
  const helped: Helped = { takeaway: SHARE, text: 'Acknowledging each page quickly tells everyone the on-call has it, so nobody wonders whether to step in.' };
  const acks = creditedOf(facts, 'page-acked');
  const answered = pages.filter((page) => acks.some((ack) => ack.pageId === page.pageId && ack.tick - page.tick <= settings.answerPageSeconds));
  sheet.gain(
    'answer-pages',
    OUT_OF.answerPages,
    (OUT_OF.answerPages * answered.length) / pages.length,
    `You answered ${answered.length} of ${count(pages.length, 'page')} within ${lasting(settings.answerPageSeconds)}.`,
    pages[0]!.tick,
    helped,
    [...pages, ...acks],
  );
}

function askForHelp(sheet: FamilySheet, facts: RunFacts, posts: Post[], settings: TeamCommunicationScoring): void {
  if (facts.config.responders.length === 0) return void sheet.notCounted('ask-for-help', 'Nobody else was around today');
  if (facts.firstSignTick === null) return void sheet.notCounted('ask-for-help', 'Nothing broke, so no help was needed');
  const helped: Helped = { takeaway: CAPACITY, text: "A clear ask ('I need hands: one on Chef, one on the status page') brings people at once: they want to help and can drop everything." };
  const call = creditedOf(facts, 'responder-called')[0];
  if (!call) return void sheet.gain('ask-for-help', OUT_OF.askForHelp, 0, 'Nobody was asked to help, though colleagues were a shout away.', null, helped);
  const vague = posts.some((post) => post.tick === call.tick && post.intent === 'ask-help-vague');
  const seconds = Math.max(0, call.tick - facts.firstSignTick);
  const soon = seconds <= settings.askForHelpSeconds;
  const text = `You asked for help ${lasting(seconds)} after the first sign${vague ? ', vaguely ("anyone around?"), so people came later' : ''}${soon ? '' : ', a while in'}.`;
  sheet.gain('ask-for-help', OUT_OF.askForHelp, soon && !vague ? OUT_OF.askForHelp : OUT_OF.askForHelp / 2, text, call.tick, helped, [call]);
}

function clearJobs(sheet: FamilySheet, facts: RunFacts): void {
  if (facts.config.responders.length === 0) return void sheet.notCounted('clear-jobs', 'Nobody else was around today');
  const helped: Helped = {
    takeaway: CAPACITY,
    text: 'One clear job per cat, different from the others (Chef, fan-out, graphs, status page, php7), keeps them from idling into trouble or tripping over each other.',
  };
  const joined = [...new Set(eventsOf(facts, 'responder-joined').map((event) => event.responder))];
  // How the team was led is judged only when a team came; not asking is the ask-for-help rule's miss.
  if (joined.length === 0) return void sheet.notCounted('clear-jobs', 'Nobody joined, so there were no jobs to give');
  const given = new Set(creditedOf(facts, 'job-assigned').map((event) => event.responder));
  const alone = eventsOf(facts, 'responder-acted-alone');
  const clear = joined.filter((id) => given.has(id) && !alone.some((event) => event.responder === id));
  const aloneNames = [...new Set(alone.map((event) => event.name))];
  const text = `${clear.length} of the ${count(joined.length, 'cat')} who joined had a clear job from you${aloneNames.length > 0 ? `; ${listOf(aloneNames)} found something to do alone` : ''}.`;
  sheet.gain('clear-jobs', OUT_OF.clearJobs, (OUT_OF.clearJobs * clear.length) / joined.length, text, null, helped, [...creditedOf(facts, 'job-assigned'), ...alone]);
  for (const collision of eventsOf(facts, 'responders-collided')) {
    const what = collision.kind === 'duplicate' ? 'the same job' : 'jobs that undo each other';
    sheet.cost(
      'clear-jobs',
      COLLISION_COST,
      `${listOf(collision.responders)} were on ${what} (${collision.job}) ${at(collision.tick)}, and each slowed the other.`,
      collision.tick,
      undefined,
      [collision],
    );
  }
}

function runningSummary(sheet: FamilySheet, facts: RunFacts, posts: Post[]): void {
  if (facts.firstSignTick === null) return void sheet.notCounted('summary', 'Nothing broke, so there was nothing to sum up');
  const helped: Helped = { takeaway: SHARE, text: 'A running summary (what broke, what we know, what is being done) lets late joiners catch up in seconds instead of asking.' };
  const caughtUp = eventsOf(facts, 'responder-caught-up');
  if (caughtUp.length > 0) {
    const fast = caughtUp.filter((event) => event.withSummary).length;
    const text = `${fast} of the ${count(caughtUp.length, 'cat')} who joined caught up from a fresh summary of yours, in seconds rather than minutes.`;
    return void sheet.gain('summary', OUT_OF.summary, (OUT_OF.summary * fast) / caughtUp.length, text, null, helped, caughtUp);
  }
  const summaries = posts.filter((post) => post.intent === 'summary' || post.intent === 'update');
  const text = summaries.length > 0 ? `You kept the channel up to date (${count(summaries.length, 'update')}).` : 'The channel had no summary of what was known.';
  sheet.gain('summary', OUT_OF.summary, summaries.length > 0 ? OUT_OF.summary : 0, text, summaries[0]?.tick ?? null, helped, summaries);
}

function backupChannel(sheet: FamilySheet, facts: RunFacts, settings: TeamCommunicationScoring): void {
  const main = facts.config.channels[0]!.id;
  const down = eventsOf(facts, 'channel-went-down').find((event) => event.channel === main);
  if (!down) return void sheet.notCounted('backup-channel', 'Chat never went down, so the backup channel was not needed');
  const helped: Helped = {
    takeaway: 'know-your-dependencies',
    text: 'Chat is a dependency too: knowing the backup channel (IRC) and moving the team there when chat fails keeps everyone talking.',
  };
  const moved = creditedOf(facts, 'team-moved-channel').find((event) => event.tick >= down.tick);
  if (!moved) return void sheet.gain('backup-channel', OUT_OF.backupChannel, 0, `Chat went down ${at(down.tick)} and the team waited for it rather than moving.`, down.tick, helped);
  const seconds = moved.tick - down.tick;
  const soon = seconds <= settings.backupChannelSeconds;
  sheet.gain(
    'backup-channel',
    OUT_OF.backupChannel,
    soon ? OUT_OF.backupChannel : OUT_OF.backupChannel / 2,
    `Chat went down and you led the team to the backup channel ${lasting(seconds)} later.`,
    moved.tick,
    helped,
    [down, moved],
  );
}

function allClear(sheet: FamilySheet, facts: RunFacts, posts: Post[]): void {
  if (facts.impactTick === null) return void sheet.notCounted('all-clear', 'Customers were never hurt, so there was nothing to clear');
  const helped: Helped = { takeaway: SHARE, text: 'An all-clear in the channel once the site is healthy (and Chef back on) lets everyone stand down.' };
  const impact = facts.impactTick;
  const post = posts.find((candidate) => candidate.intent === 'all-clear' && candidate.tick >= impact);
  if (!post) return void sheet.gain('all-clear', OUT_OF.allClear, 0, 'No all-clear was posted, so people kept half an eye on it.', null, helped);
  // The all-clear that counts is one that was true: the first posted with the site healthy, after the trouble began.
  const all = posts.filter((candidate) => candidate.intent === 'all-clear' && candidate.tick >= impact);
  const healthy = all.find((candidate) => poolsHealthyAt(facts, candidate.tick));
  const text = healthy
    ? `You posted the all-clear ${at(healthy.tick)}, with the site healthy.`
    : `Your all-clear ${at(post.tick)} came while customers were still hurting, so it told the team something untrue.`;
  sheet.gain('all-clear', OUT_OF.allClear, healthy ? OUT_OF.allClear : 0, text, (healthy ?? post).tick, helped, [healthy ?? post]);
}

/**
 * What was said must be true when it was said: an all-clear in the channel, or "operational" on the
 * status page, while customers are still hurt, tells people to stand down when they should not. Each
 * such statement costs; the rule applies once anything checkable was said.
 */
function trueStatements(sheet: FamilySheet, facts: RunFacts, posts: Post[]): void {
  // Only what was said once there was something to say: an all-clear before anything happened claims nothing.
  const allClears = posts.filter((post) => post.intent === 'all-clear' && facts.impactTick !== null && post.tick >= facts.impactTick);
  const operational = creditedOf(facts, 'status-page-updated').filter((event) => event.status === 'operational' && facts.impactTick !== null && event.tick >= facts.impactTick);
  const statements = [...allClears, ...operational].sort((a, b) => a.tick - b.tick);
  if (statements.length === 0) return void sheet.notCounted('true-statements', 'Nothing you said claimed the site was well, so there was nothing to check');
  const helped: Helped = { takeaway: SHARE, text: 'Say the site is well only once it is: look from outside first. An early all-clear sends everyone away while customers still hurt.' };
  const untrue = statements.filter((statement) => !poolsHealthyAt(facts, statement.tick));
  if (untrue.length === 0) {
    const text = `Every time you said the site was well (${count(statements.length, 'time')}), it was.`;
    return void sheet.gain('true-statements', OUT_OF.trueStatements, OUT_OF.trueStatements, text, statements[0]!.tick, helped, statements);
  }
  sheet.gain('true-statements', OUT_OF.trueStatements, OUT_OF.trueStatements, `You said the site was well ${count(statements.length, 'time')}.`, statements[0]!.tick, helped, statements);
  for (const statement of untrue) {
    const what = statement.type === 'message-posted' ? 'an all-clear in the channel' : 'the status page set to "operational"';
    sheet.cost(
      'true-statements',
      OUT_OF.trueStatements / 2,
      `${capital(what)} ${at(statement.tick)}, while customers were still hurting: not true when it was said.`,
      statement.tick,
      undefined,
      [statement],
    );
  }
}

function blameless(sheet: FamilySheet, facts: RunFacts, posts: Post[]): void {
  // The player's own words, and posts the team made on their jobs (the chatter of cats has no intent).
  const firstSign = facts.firstSignTick;
  const own = posts.filter((post) => (post.from === PLAYER || post.intent !== null) && firstSign !== null && post.tick >= firstSign);
  if (own.length === 0) return void sheet.notCounted('blameless', 'You posted nothing once things broke, so there was no wording to judge');
  const helped: Helped = {
    takeaway: 'always-be-learning',
    text: "Nobody broke it on purpose: 'the pin bump surprised all of us' keeps people fast and open; who did what can wait for a blameless debrief.",
  };
  const blame = own.find((post) => post.intent === 'blame');
  if (!blame) return void sheet.gain('blameless', OUT_OF.blameless, OUT_OF.blameless, 'Everything you posted was blameless.', null, helped, own);
  sheet.gain('blameless', OUT_OF.blameless, OUT_OF.blameless, 'Words in an incident set how the team works.', null, helped);
  const warmed = eventsOf(facts, 'team-warmed').find((event) => event.tick >= blame.tick);
  const cleared = warmed ? `, until a blameless word cleared the air ${at(warmed.tick)}` : '';
  sheet.cost('blameless', warmed ? OUT_OF.blameless / 2 : OUT_OF.blameless, `A post ${at(blame.tick)} put the blame on someone, and the team turned careful and slow${cleared}.`, blame.tick);
}
