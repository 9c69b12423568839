// A seat's view in words: the cards a seat's screen shows (src/team-client/seat-screen), one per part
// of the view the seat was given, each a heading and a few lines. Pure, so the rules of what each seat
// reads are tested in Node: a part the seat was not given has no card, and while the graphs are dark
// nothing here says a number the monitoring cannot give.

import { clockOf } from '../session/game-clock';
import { tierLines } from '../session/fleet-in-words';
import type { SimConfig } from '../sim/config';
import type { ResponderState } from '../sim/state';
import type { SeatView } from './seat-view';

export interface SeatCardLines {
  /** The view part the card shows (a CSS class and a test's handle). */
  part: string;
  heading: string;
  lines: string[];
  /** A line that wants the reader's eye (a page open, the site down, the change about to go out). */
  alarm?: boolean;
}

/** The cards for one seat's view, in reading order. */
export function seatCards(config: SimConfig, clockStart: string, view: SeatView): SeatCardLines[] {
  const at = (tick: number): string => clockOf(clockStart, tick);
  const cards: SeatCardLines[] = [];
  if (view.pager) {
    const open = view.pager.pages.filter((page) => page.ackedAtTick === null);
    cards.push({
      part: 'pager',
      heading: `Pager: ${open.length === 0 ? 'quiet' : `${open.length} open`}`,
      lines: open.length === 0 ? ['No page waiting.'] : open.slice(-4).map((page) => `#${page.id} ${at(page.sentAtTick)}: ${page.summary}`),
      alarm: open.length > 0,
    });
  }
  if (view.fleet) {
    const blind = view.fleet.blind ? ['Graph-blind: the Nagios UI is down. Hosts show as unknown; ask the investigator what their looks found.'] : [];
    const lines = [...blind, ...tierLines(config, view.fleet.hosts)];
    cards.push({ part: 'fleet', heading: 'The fleet, as Nagios shows it', lines });
  }
  if (view.pools) {
    const pool = (id: 'web' | 'api', name: string): string => {
      const known = view.pools![id];
      if (known.serving === null) return `${name}: ${known.hosts} hosts, serving unknown (the graphs are dark; the investigator can read the load balancer).`;
      return `${name}: ${known.serving} of ${known.hosts} serving, ${((known.errorRate ?? 0) * 100).toFixed(1)} % errors, ${known.status}.`;
    };
    cards.push({ part: 'pools', heading: 'Load balancer pools', lines: [pool('web', 'Web pool'), pool('api', 'API pool')] });
  }
  if (view.dashboards) {
    const dash = view.dashboards;
    cards.push({
      part: 'dashboards',
      heading: 'Dashboards',
      lines: [dash.visible ? 'The graphs answer.' : `Dark since ${dash.darkSinceTick === null ? 'the start' : at(dash.darkSinceTick)}: the graphing box runs on Apache too.`],
      alarm: !dash.visible,
    });
  }
  if (view.switches || view.chefServer) {
    const lines: string[] = [];
    if (view.switches) {
      lines.push(view.switches.chefPaused ? 'Chef: paused fleet-wide (the kill switch is on).' : 'Chef: runs every half hour on every host.');
      const flags = Object.entries(view.switches.featureFlagsOn);
      for (const [flag, on] of flags) lines.push(`Feature flag ${flag}: ${on ? 'on' : 'off'}.`);
    }
    if (view.chefServer) lines.push(`Chef server: ${view.chefServer.concurrentRuns} runs at once${view.chefServer.overloaded ? ', overloaded' : ''}.`);
    cards.push({ part: 'switches', heading: 'Switches and knife status', lines, alarm: view.chefServer?.overloaded === true });
  }
  if (view.tasks) {
    cards.push({
      part: 'tasks',
      heading: 'Running tasks',
      lines:
        view.tasks.length === 0
          ? ['No fan-out running.']
          : view.tasks.map((task) => `#${task.id} ${task.by === 'player' ? 'the team' : task.by}: ${task.action}, ${task.reached} of ${task.hosts} hosts started.`),
    });
  }
  if (view.team) cards.push({ part: 'team', heading: 'The cats at their desks', lines: view.team.map((state) => responderLine(config, state)) });
  if (view.site) {
    const site = view.site;
    const lines = [
      site.status === 'unknown'
        ? 'The shop: unknown, the graphs are dark.'
        : `The shop: ${site.status}, ${Math.round(site.p50LatencyMs ?? 0)} ms, ${((site.errorRate ?? 0) * 100).toFixed(1)} % errors.`,
    ];
    if (site.lastVisit) lines.push(`Last visit ${at(site.lastVisit.atTick)}: ${site.lastVisit.loaded ? `loaded in ${Math.round(site.lastVisit.latencyMs)} ms` : 'did not load'}.`);
    cards.push({ part: 'site', heading: 'The site, as customers see it', lines, alarm: site.status === 'down' || site.lastVisit?.loaded === false });
  }
  if (view.statusPage) {
    const page = view.statusPage;
    cards.push({
      part: 'statusPage',
      heading: 'Status page',
      lines: [`${page.status}${page.updatedAtTick === null ? ' (never updated this shift)' : ` since ${at(page.updatedAtTick)}`}`, ...(page.text ? [`“${page.text}”`] : [])],
    });
  }
  if (view.review !== undefined) {
    const review = view.review;
    cards.push({
      part: 'review',
      heading: 'The change under review',
      lines: review
        ? [
            `${review.by}'s ${review.version}: ${review.status}.`,
            ...(review.pushesAnywayAtTick === null ? [] : [`Goes out anyway at ${at(review.pushesAnywayAtTick)} unless approved or held.`]),
          ]
        : ['Nobody has asked for a review.'],
      alarm: review?.pushesAnywayAtTick != null,
    });
  }
  if (view.looks) {
    const looks = view.looks;
    const lines = Object.entries(looks.hosts)
      .sort(([, a], [, b]) => b.atTick - a.atTick)
      .slice(0, 8)
      .map(([name, look]) => `${name} (${look.method} ${at(look.atTick)}): Apache ${look.apacheAnswers ? 'answers' : 'does not answer'}.`);
    if (looks.site) lines.push(`The shop (${at(looks.site.atTick)}): ${looks.site.loaded ? `loaded in ${Math.round(looks.site.latencyMs)} ms` : 'did not load'}.`);
    if (looks.lb) lines.push(`Load balancer (${at(looks.lb.atTick)}): web ${looks.lb.web.inPool} of ${looks.lb.web.hosts} in the pool, api ${looks.lb.api.inPool} of ${looks.lb.api.hosts}.`);
    cards.push({ part: 'looks', heading: 'Your looks, out of band', lines: lines.length > 0 ? lines : ['No looks yet: curl a host, ssh to one, or read the load balancer.'] });
  }
  if (view.staleTools && view.staleTools.length > 0) {
    cards.push({ part: 'staleTools', heading: 'Tools not answering', lines: view.staleTools.map((tool) => `${at(tool.sinceTick)}: ${tool.text}`), alarm: true });
  }
  return cards;
}

function responderLine(config: SimConfig, state: ResponderState): string {
  const name = config.responders.find((responder) => responder.id === state.id)?.name ?? state.id;
  const doing: Record<ResponderState['status'], string> = {
    away: 'away (ask them to help)',
    coming: 'on the way',
    'catching-up': 'reading the channel',
    idle: 'free',
    working: state.job ? `busy: ${state.job.summary}` : 'busy',
    left: 'left for the day',
  };
  const intent = state.intent ? `; about to ${state.intent.summary}` : '';
  return `${name}: ${doing[state.status]}${intent}.`;
}
