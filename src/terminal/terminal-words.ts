// Splits a typed line into words the way a shell would, simply: whitespace separates, "double" and
// 'single' quotes keep spaces in one word, a backslash escapes the next character. One kindness a
// shell lacks: an apostrophe inside a word is just a letter. Completion needs where each word starts,
// so words keep their place in the line.

export interface Word {
  text: string;
  start: number;
  /** Quoted or escaped somewhere: completion leaves such a word alone. */
  quoted: boolean;
}

export type SplitLine = { ok: true; words: Word[]; endsInSpace: boolean } | { ok: false; message: string };

export function splitWords(line: string): SplitLine {
  const words: Word[] = [];
  let current: Word | null = null;
  let quote: '"' | "'" | null = null;
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!;
    if (quote !== null) {
      if (char === quote) quote = null;
      else if (char === '\\' && quote === '"' && (line[index + 1] === '"' || line[index + 1] === '\\')) current!.text += line[++index]!;
      else current!.text += char;
      continue;
    }
    if (/\s/.test(char)) {
      if (current) words.push(current);
      current = null;
      continue;
    }
    const wordStarts = current === null;
    current ??= { text: '', start: index, quoted: false };
    // An apostrophe inside a word (`it's`) is a letter, not a quote: chat text is full of them.
    if (char === '"' || (char === "'" && wordStarts)) {
      quote = char;
      current.quoted = true;
    } else if (char === '\\' && index + 1 < line.length) {
      current.text += line[++index]!;
      current.quoted = true;
    } else {
      current.text += char;
    }
  }
  if (quote !== null) return { ok: false, message: `unclosed ${quote === '"' ? 'double' : 'single'} quote: add a closing ${quote}` };
  if (current) words.push(current);
  return { ok: true, words, endsInSpace: line.length > 0 && /\s$/.test(line) };
}
