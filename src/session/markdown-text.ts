// Text from a level file or a player, made safe to drop into Markdown that someone will render: it must
// read as the same words and never become markup. No HTML (a title with `<img onerror>` stays text), no
// link or image, no emphasis or code span, no table cell split by `|`, no heading, list or quote started
// by what the text begins with, and no line break that would start a new block.

/** Characters that mean something inline in CommonMark or GitHub's Markdown, escaped with a backslash. */
const INLINE = /[\\`*_[\]|~]/g;

/** Characters that would be HTML (a tag, an entity): written as entities, which render as themselves. */
const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Text on one line, for anywhere in a line: a list item, a heading, a table cell, a paragraph. */
export function markdownText(text: string): string {
  const line = text
    // Every kind of line break (and other control characters) becomes a space: one line stays one line.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ')
    .replace(/[&<>]/g, (ch) => HTML[ch]!)
    .replace(INLINE, (ch) => `\\${ch}`);
  return escapeLeading(line);
}

/** A table cell's text: as above (which already escapes `|` and joins lines); an empty cell stays a cell. */
export function markdownCell(text: string): string {
  const cell = markdownText(text).trim();
  return cell === '' ? ' ' : cell;
}

/**
 * What the text begins with must not start a block when it lands at the start of a line or right after
 * a list marker (`- - x` is a nested list, `- # x` a heading): a heading `#`, a list marker (`-`, `+`,
 * `1.`, `1)`), a thematic break or setext line (`---`, `===`), or indentation that makes a code block.
 */
function escapeLeading(line: string): string {
  const trimmed = line.trim();
  if (/^#/.test(trimmed)) return `\\${trimmed}`;
  if (/^[-+=](\s|$|[-+=])/.test(trimmed)) return `\\${trimmed}`;
  const ordered = /^(\d{1,9})([.)])(\s|$)/.exec(trimmed);
  if (ordered) return `${ordered[1]}\\${trimmed.slice(ordered[1]!.length)}`;
  return trimmed;
}

/** A heading's text: a closing run of `#` would be taken as the heading's end markers and dropped. */
export function markdownHeading(text: string): string {
  return markdownText(text).replace(/(\s)(#+)\s*$/, (_, space: string, hashes: string) => `${space}\\${hashes}`);
}
