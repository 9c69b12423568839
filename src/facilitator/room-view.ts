// The room on the page: per level, the side-by-side table (with a button to watch each run again), the
// shared timeline and the questions; above them, the files that were not loaded and why. Rebuilt whole
// on every change: a room has ten runs, not ten thousand.

import { el } from './dom';
import { roomQuestions } from './room-questions';
import { groupByLevel, levelsNote, seedNote, type RunGroup } from './room-groups';
import { roomRows, type RoomRow } from './room-table';
import type { FamilyId } from '../sim/scoring/scoring-config';
import type { Room } from './room';
import type { LoadedRun } from './run-file';
import { timelineLayout } from './timeline-layout';
import { timelineView } from './timeline-view';

export interface RoomViewActions {
  watch: (run: LoadedRun) => void;
}

export function renderRefused(container: HTMLElement, room: Room): void {
  container.replaceChildren();
  container.hidden = room.refused.length === 0;
  if (room.refused.length === 0) return;
  container.append(el('h2', '', `Not loaded (${room.refused.length})`));
  const list = el('ul');
  for (const { file, problems } of room.refused) {
    const item = el('li');
    item.append(el('strong', '', file), document.createTextNode(': '));
    if (problems.length === 1) item.append(document.createTextNode(problems[0]!));
    else {
      const lines = el('ul');
      for (const problem of problems.slice(0, 8)) lines.append(el('li', '', problem));
      if (problems.length > 8) lines.append(el('li', 'dim', `… and ${problems.length - 8} more`));
      item.append(lines);
    }
    list.append(item);
  }
  container.append(list);
}

export function renderRoom(container: HTMLElement, room: Room, actions: RoomViewActions): void {
  container.replaceChildren();
  if (room.runs.length === 0) {
    container.append(el('p', 'empty', 'No runs yet. Pick the exported runs, or drop them anywhere on this page.'));
    return;
  }
  const groups = groupByLevel(room.runs);
  const apart = levelsNote(groups);
  if (apart) container.append(el('p', 'warning', apart));
  for (const group of groups) container.append(groupView(group, actions));
}

function groupView(group: RunGroup, actions: RoomViewActions): HTMLElement {
  const section = el('section', 'level-group');
  const rows = roomRows(group.runs);
  section.append(el('h2', '', `${group.levelTitle}: ${rows.length} run${rows.length === 1 ? '' : 's'}`));
  const seeds = seedNote(group);
  section.append(el('p', seeds ? 'warning' : 'dim', seeds ?? `All on seed ${group.seeds[0] ?? '?'}.`));
  section.append(el('h3', '', 'Side by side'), tableView(rows, actions));
  section.append(el('h3', '', 'Key moments'), timelineView(timelineLayout(rows.map((row) => row.run))));
  section.append(el('h3', '', 'Questions for the room'), questionsView(rows.map((row) => row.run)));
  const notes = rows.flatMap((row) => row.run.notes.map((note) => `${row.who}: ${note}`));
  if (notes.length > 0) {
    const list = el('ul', 'notes');
    for (const note of notes) list.append(el('li', '', note));
    section.append(el('h3', '', 'Notes on the files'), list);
  }
  return section;
}

/** Short headings, so the table fits a projector at the large text size; the family's full name is its tooltip. */
const SHORT_FAMILY: Record<FamilyId, string> = {
  'kill-switches': 'Switches',
  staging: 'Staging',
  'team-communication': 'Comms',
  'customer-impact': 'Customers',
  visibility: 'Visibility',
};

function tableView(rows: readonly RoomRow[], actions: RoomViewActions): HTMLElement {
  const wrap = el('div', 'table-wrap');
  const table = el('table', 'room-table');
  const head = el('tr');
  const heading = (text: string, full = text): void => {
    const th = el('th', '', text);
    if (full !== text) th.title = full;
    head.append(th);
  };
  heading('Player');
  heading('Total');
  for (const family of rows[0]?.families ?? []) heading(SHORT_FAMILY[family.id], family.label);
  heading('Orders lost');
  heading('Min slow', 'Minutes the site was slow or failing some requests');
  heading('Min down', 'Minutes the site was fully down');
  heading('Resolved', 'When the incident was resolved (game clock)');
  heading('Award');
  heading('Played', "When the run was played, by this computer's clock");
  heading('');
  table.append(el('thead'), el('tbody'));
  table.tHead!.append(head);
  for (const row of rows) {
    const tr = el('tr');
    const who = el('td', 'who', row.who);
    if (row.run.player !== null) who.append(el('span', 'file', row.run.file));
    tr.append(who, el('td', 'num total', String(row.total)));
    for (const family of row.families) tr.append(el('td', 'num', family.score === null ? 'n/a' : String(family.score)));
    tr.append(
      el('td', 'num', String(row.ordersLost)),
      el('td', 'num', String(row.minutesSlow)),
      el('td', 'num', String(row.minutesDown)),
      el('td', row.resolvedAt ? 'num' : 'num never', row.resolvedAt ?? 'never'),
      el('td', 'award', row.award ? 'three-armed sweater' : ''),
      playedCell(row),
    );
    const watch = el('button', '', 'Watch');
    watch.type = 'button';
    watch.title = `Watch ${row.who}'s run again on the incident screen`;
    watch.addEventListener('click', () => actions.watch(row.run));
    const cell = el('td');
    cell.append(watch);
    tr.append(cell);
    table.tBodies[0]!.append(tr);
  }
  wrap.append(table);
  return wrap;
}

/** The date and the time in spans of their own, so a narrow cell breaks between them and nowhere else; the exact time (as the file says it) is its tooltip. */
function playedCell(row: RoomRow): HTMLTableCellElement {
  const cell = el('td', row.run.playedAt === null ? 'played unknown' : 'played');
  const [day, time] = row.played.split(' ');
  if (time === undefined) cell.textContent = row.played;
  else cell.append(el('span', '', day ?? ''), document.createTextNode(' '), el('span', '', time));
  if (row.run.playedAt !== null) cell.title = row.run.playedAt;
  return cell;
}

function questionsView(runs: readonly LoadedRun[]): HTMLElement {
  const list = el('div', 'questions');
  for (const question of roomQuestions(runs)) {
    const card = el('article', 'question');
    card.append(el('h4', '', question.takeaway.label), el('p', 'gist', question.takeaway.gist));
    const shows = el('ul');
    for (const line of question.shows) shows.append(el('li', '', line));
    card.append(shows, el('p', 'ask', question.question));
    list.append(card);
  }
  return list;
}
