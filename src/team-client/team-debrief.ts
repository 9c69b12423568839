// The team's debrief: the room's run played again here, in the browser, from its replay alone (the
// room's own numbers are only compared, never shown as the score), and built into the same debrief a
// solo run gets (session/debrief): the headline, what it cost customers, the score per family with its
// reasons, the award. Beside it, each seat's part: who held it, how many commands it gave and which.
// The run downloads as the game's ordinary export, which the facilitator's page reads unchanged.

import type { Level } from '../levels/level';
import type { TimedCommand } from '../replay/play-run';
import { parseReplay } from '../replay/replay-file';
import { buildDebrief } from '../session/debrief';
import { debriefExport } from '../session/debrief-export';
import { debriefMarkdown } from '../session/debrief-markdown';
import { exportFileName } from '../session/export-file-name';
import { clockOf } from '../session/game-clock';
import { LiveSession } from '../session/live-session';
import { watchedLine } from '../session/watched-line';
import { scoreRun } from '../sim/scoring/score-run';
import { hashState } from '../sim/state-hash';
import { ticksFor } from '../sim/ticks';
import type { RunEnded } from '../team/room-protocol';
import { FACILITATOR, SEAT_CARDS, SEATS, type Role } from '../team/seats';
import { spokenRoomCode } from './team-page-options';
import { awardHtml, familiesHtml, reasonsHtml, takeawaysHtml } from '../ui/debrief-view';
import { download } from '../ui/download';
import { escapeHtml } from '../ui/ui-layer';
import { ART_URLS } from '../views/art-urls';

/** Past its time limit a level has ended: a run that has not by then is not one the room could have played. */
const GRACE_TICKS = 60;

export interface TeamDebriefFacts {
  level: Level;
  code: string;
  ended: RunEnded;
  /** The seats a person held at some point of the run (the rest were the cats' all along). */
  heldByPeople: ReadonlySet<Role>;
  /** Whether the room played a shorter (or longer) shift than the level's own. */
  shiftChanged: boolean;
}

export function showTeamDebrief(parent: HTMLElement, facts: TeamDebriefFacts): HTMLElement {
  const { level, code, ended } = facts;
  const element = document.createElement('main');
  element.className = 'team-debrief';
  parent.appendChild(element);
  const parsed = parseReplay(ended.run.replay, 'the room’s run');
  if (!parsed.ok) {
    element.innerHTML = `<h1>The incident is over</h1><p class="problem">The room’s run could not be read back (${escapeHtml(parsed.problems[0]?.message ?? 'unknown problem')}), so this page cannot score it. Team score from the room: ${ended.score.total}.</p>`;
    return element;
  }
  const replay = parsed.replay;
  const seed = replay.seed ?? 0;
  const session = new LiveSession(level, seed, replay.commands);
  const lastTick = ticksFor(level.sim.resolution.timeLimitSeconds) + GRACE_TICKS;
  while (!session.state.incident.outcome && session.state.tick < lastTick) session.tick();
  const score = scoreRun(level.sim, session.events, session.state, level.scoring);
  const debrief = buildDebrief({ level, seed, state: session.state, events: session.events, samples: session.samples, commands: session.recorded, score });
  const same = hashState(session.state) === ended.run.stateHash;
  const clock = (tick: number): string => clockOf(level.meta.clockStart, tick);
  const played = { player: `Team ${spokenRoomCode(code)}`, playedAt: new Date().toISOString() };
  const fileName = exportFileName(level.meta.id, seed, played.player, new Date(played.playedAt));

  element.innerHTML = `
    <section class="debrief-summary">
      <h1>${escapeHtml(debrief.headline)}</h1>
      <p class="dim">${escapeHtml(level.meta.title)} · seed ${seed} · room ${escapeHtml(spokenRoomCode(code))} · ended at ${clock(debrief.outcome.endedAtTick)} (${escapeHtml(debrief.endedBecause)})</p>
      <dl class="impact">
        <div><dt>Orders lost</dt><dd>${debrief.impact.ordersLost} <span class="dim">(${(debrief.impact.lostShare * 100).toFixed(1)} %)</span></dd></div>
        <div><dt>Minutes slow</dt><dd>${debrief.impact.minutesDegraded}</dd></div>
        <div><dt>Minutes down</dt><dd>${debrief.impact.minutesDown}</dd></div>
      </dl>
      <div class="score-total"><span class="dim">The team’s score</span> <span class="total" data-total="${score.total}">${score.total}</span><span class="dim">/ 100</span></div>
      <p class="${same ? 'dim' : 'problem'} run-check">${
        same
          ? 'Played again here from the room’s replay: the same run to the last host, so the exports and the facilitator’s page will score it the same.'
          : `Played again here, this run did not end where the room’s did (the room said ${ended.score.total}): the game versions may differ.`
      }</p>
      ${familiesHtml(score.families)}
      ${awardHtml(debrief, (key) => ART_URLS[key] ?? '')}
      <div class="debrief-buttons">
        <button type="button" class="primary" data-do="json">Download the run (JSON, for the facilitator’s page)</button>
        <button type="button" data-do="markdown">Download the debrief (Markdown)</button>
        <a class="button" href="./team.html">Another room</a>
      </div>
      ${
        facts.shiftChanged
          ? `<p class="dim shift-note">This room played a ${Math.round(level.sim.resolution.timeLimitSeconds / 60)}-minute shift. The facilitator’s page plays every run on the level’s own shift, so it will score this one as if the shift had gone on.</p>`
          : ''
      }
    </section>
    <section class="seat-parts" aria-label="Each seat's part">
      <h2>Each seat’s part</h2>
      ${seatPartsHtml(facts, replay.commands, level)}
    </section>
    <section class="debrief-reasons" aria-label="Why this score">
      <h2>Why this score</h2>
      ${reasonsHtml(debrief, clock)}
      <h2>What would have helped</h2>
      ${takeawaysHtml(debrief)}
    </section>`;
  const actions: Record<string, () => void> = {
    json: () => download(`${fileName}.json`, `${JSON.stringify(debriefExport(debrief, played), null, 2)}\n`, 'application/json'),
    markdown: () => download(`${fileName}.md`, debriefMarkdown(debrief, clock, played), 'text/markdown'),
  };
  element.querySelectorAll<HTMLButtonElement>('[data-do]').forEach((button) => button.addEventListener('click', () => actions[button.dataset['do']!]!()));
  return element;
}

function seatPartsHtml(facts: TeamDebriefFacts, commands: readonly TimedCommand[], level: Level): string {
  const roles = facts.ended.run.roles;
  const clock = (tick: number): string => clockOf(level.meta.clockStart, tick);
  const rows = ([...SEATS, FACILITATOR] as Role[]).map((role) => {
    const given = commands.filter((_, index) => roles[index] === role);
    const title = role === FACILITATOR ? 'Facilitator' : SEAT_CARDS[role].title;
    const held = facts.heldByPeople.has(role);
    const who = role === FACILITATOR ? 'watching' : held ? 'a player' : 'the cats';
    if (role === FACILITATOR && given.length === 0 && !held) return '';
    const lines = given
      .slice(0, 12)
      .map((timed) => `<li><span class="dim">${clock(timed.atTick)}</span> ${escapeHtml(watchedLine(timed.command, level.sim.responders))}</li>`)
      .join('');
    const more = given.length > 12 ? `<li class="dim">and ${given.length - 12} more</li>` : '';
    return `<section class="seat-part" data-seat="${role}"><h3>${escapeHtml(title)} <span class="dim">· ${who} · ${given.length} ${given.length === 1 ? 'command' : 'commands'}</span></h3>${
      given.length > 0
        ? `<ul>${lines}${more}</ul>`
        : `<p class="dim">${role === FACILITATOR ? 'No injection.' : held ? 'Its player gave no command: the cats and the rest of the team did its work.' : 'Nobody sat here: the cats did its work.'}</p>`
    }</section>`;
  });
  return rows.join('');
}
