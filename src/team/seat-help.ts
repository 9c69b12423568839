// The terminal's commands a seat can give, for the seat's "your commands" card: each help topic whose
// examples make a command that seat owns (src/team/seat-commands), with its overview lines. Worked out
// from the terminal's own parser and the seats' table, so the card cannot promise what the room refuses.

import { HELP_TOPICS } from '../terminal/terminal-help';
import { parseTerminalLine } from '../terminal/parse-terminal-line';
import type { TerminalContext } from '../terminal/terminal-context';
import { seatMayGive } from './seat-commands';
import type { Seat } from './seats';

/** The overview lines ([form, what it does]) of the commands this seat may type. */
export function seatHelp(seat: Seat, context: TerminalContext): (readonly [string, string])[] {
  const lines: (readonly [string, string])[] = [];
  for (const topic of HELP_TOPICS) {
    const literals = topic.overview.map(([form]) => form.split(/\s+/)[1] ?? '').flatMap((word) => (isPlaceholder(word) ? [] : word.split('|')));
    for (const line of topic.overview) {
      // A line answers for the examples written in its form (`knife pause` for `knife pause | resume`,
      // `ssh web-017` for `ssh HOST`); a line none of them fits answers for its topic's.
      const own = topic.examples.filter((example) => fits(line[0], example, literals));
      const types = (own.length > 0 ? own : topic.examples)
        .map((example) => parseTerminalLine(example, context))
        .flatMap((result) => (result.kind === 'command' ? [result.command.type] : []));
      if (types.some((type) => seatMayGive(seat, type).ok)) lines.push(line);
    }
  }
  return lines;
}

/** Whether an example is written in a form: the same command, and a second word the form allows. */
function fits(form: string, example: string, literals: readonly string[]): boolean {
  const formWords = form.split(/\s+/);
  const words = example.split(/\s+/);
  if (formWords[0] !== words[0]) return false;
  const second = formWords[1];
  if (second === undefined || second === '|') return true;
  if (!isPlaceholder(second)) return second.split('|').includes(words[1] ?? '');
  // A placeholder (HOST, NAME): any word but another line's literal, and as many words as the form has.
  if (literals.includes(words[1] ?? '')) return false;
  const optionalTail = formWords.slice(2).every((word) => word.startsWith('['));
  return formWords.length === 2 || optionalTail ? words.length <= formWords.length : words.length >= formWords.length;
}

function isPlaceholder(word: string): boolean {
  return /^\[?[A-Z][A-Z|…_]*\]?$/.test(word);
}
