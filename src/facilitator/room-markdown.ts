// The room's summary as Markdown, to download and keep or post after the session: per level, the
// side-by-side table, the key moments and the questions, and the files that were not loaded. Everything
// that came from a file (player and file names, problems quoting it) and every text of the game is
// escaped with src/session/markdown-text.ts, so rendering the summary shows the words and never markup.

import { markdownCell, markdownHeading, markdownText } from '../session/markdown-text';
import { clockAt } from './game-clock';
import { momentsOf } from './moments-of';
import { roomQuestions } from './room-questions';
import { groupByLevel, levelsNote, seedNote, type RunGroup } from './room-groups';
import { roomRows, TABLE_FAMILIES } from './room-table';
import type { LoadedRun } from './run-file';
import { MOMENT_IDS, MOMENT_LABELS } from './run-moments';

export interface RefusedFile {
  file: string;
  problems: string[];
}

/** `date`: when the summary is made, as the page's clock says it (written as given). */
export function roomMarkdown(runs: readonly LoadedRun[], refused: readonly RefusedFile[], date: string): string {
  const groups = groupByLevel(runs);
  const lines: string[] = [
    `# Onboarding session: the room's runs`,
    '',
    markdownText(`${runs.length} run${runs.length === 1 ? '' : 's'}, summarised ${date}. Times played are in the facilitator's local time.`),
    '',
  ];
  const apart = levelsNote(groups);
  if (apart) lines.push(markdownText(apart), '');
  for (const group of groups) lines.push(...groupMarkdown(group));
  if (refused.length > 0) {
    lines.push('## Files not loaded', '');
    for (const { file, problems } of refused) lines.push(`- **${markdownText(file)}**: ${markdownText(problems.join('; '))}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function groupMarkdown(group: RunGroup): string[] {
  const rows = roomRows(group.runs);
  const lines: string[] = [`## ${markdownHeading(group.levelTitle)}`, ''];
  const seeds = seedNote(group);
  lines.push(markdownText(seeds ?? `Seed ${group.seeds[0] ?? '?'}.`), '');

  lines.push('### Side by side', '');
  const familyLabels = TABLE_FAMILIES.map((id) => rows[0]?.families.find((family) => family.id === id)?.label ?? id);
  lines.push(tableRow(['Player', 'Total', ...familyLabels, 'Orders lost', 'Min slow', 'Min down', 'Resolved', 'Award', 'Played']));
  lines.push(separatorRow(['---', ...Array.from({ length: familyLabels.length + 6 }, (): '---:' => '---:'), '---']));
  for (const row of rows) {
    lines.push(
      tableRow([
        row.who,
        String(row.total),
        ...row.families.map((family) => (family.score === null ? 'n/a' : String(family.score))),
        String(row.ordersLost),
        String(row.minutesSlow),
        String(row.minutesDown),
        row.resolvedAt ?? 'never',
        row.award ? 'three-armed sweater' : '',
        row.played,
      ]),
    );
  }
  lines.push('');

  lines.push('### Key moments (game clock)', '');
  lines.push(tableRow(['Player', ...MOMENT_IDS.map((id) => MOMENT_LABELS[id])]));
  lines.push(separatorRow(['---', ...MOMENT_IDS.map((): '---' => '---')]));
  for (const row of rows) {
    const { moments } = momentsOf(row.run);
    lines.push(
      tableRow([
        row.who,
        ...MOMENT_IDS.map((id) => {
          const moment = moments[id];
          return moment ? `${clockAt(row.run.level.meta.clockStart, moment.tick)}${moment.graphBlind ? ' (graph-blind)' : ''}` : '-';
        }),
      ]),
    );
  }
  lines.push('');

  lines.push('### Questions for the room', '');
  for (const question of roomQuestions(rows.map((row) => row.run))) {
    lines.push(`#### ${markdownHeading(question.takeaway.label)}`, '', `*${markdownText(question.takeaway.gist)}*`, '');
    for (const shown of question.shows) lines.push(`- ${markdownText(shown)}`);
    lines.push('', `**Ask:** ${markdownText(question.question)}`, '');
  }

  const notes = rows.flatMap((row) => row.run.notes.map((note) => `${row.who} (${row.run.file}): ${note}`));
  if (notes.length > 0) {
    lines.push('### Notes on the files', '');
    for (const note of notes) lines.push(`- ${markdownText(note)}`);
    lines.push('');
  }
  return lines;
}

/** Every cell is escaped here, so a name holding `|`, a line break or markup stays words in its cell. */
function tableRow(cells: readonly string[]): string {
  return `| ${cells.map(markdownCell).join(' | ')} |`;
}

/** The line under a table's header: the page's own markup, never text from a file. */
function separatorRow(alignments: readonly ('---' | '---:')[]): string {
  return `| ${alignments.join(' | ')} |`;
}
