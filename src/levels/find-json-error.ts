// Finds where a level file stops being JSON, with its line and column and a hint in a trainer's words
// (a trailing comma, a comment, single quotes). Browsers word and place JSON.parse errors differently,
// some without any position, so the file is scanned here instead of reading the engine's message.

export interface JsonSyntaxError {
  /** 1-based, as editors count. */
  line: number;
  column: number;
  message: string;
}

type Want = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_$][A-Za-z0-9_$]*/y;
const ESCAPES = '"\\/bfnrt';

/** The first syntax error in the text, or null when the text is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const stack: Array<'}' | ']'> = [];
  let want: Want = 'value';
  let afterComma = false;
  let i = 0;
  const fail = (at: number, message: string): JsonSyntaxError => ({ ...lineAndColumn(text, at), message });

  for (;;) {
    i = skipWhitespace(text, i);
    const ch = text[i];
    if (ch === undefined) {
      if (want === 'end') return null;
      const closer = stack[stack.length - 1];
      return fail(i, closer ? `the file ends too early: a "${closer}" is missing` : 'the file is empty');
    }
    if (ch === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) return fail(i, 'comments are not allowed in JSON');
    if (want === 'end') return fail(i, `found ${show(ch)} after the end of the level; the level must be one object`);

    if (want === 'colon') {
      if (ch !== ':') return fail(i, `expected ":" after the field name, found ${show(ch)}`);
      want = 'value';
      i++;
      continue;
    }

    if (want === 'comma-or-close') {
      const closer = stack[stack.length - 1];
      if (ch === ',') {
        want = closer === '}' ? 'key' : 'value';
        afterComma = true;
        i++;
      } else if (ch === closer) {
        stack.pop();
        want = stack.length === 0 ? 'end' : 'comma-or-close';
        i++;
      } else {
        const missingComma = ch === '"' || ch === '{' || ch === '[' || /[-0-9a-z]/.test(ch);
        return fail(i, `expected "," or "${closer}", found ${show(ch)}${missingComma ? ' (is a comma missing on the line before?)' : ''}`);
      }
      continue;
    }

    if (want === 'key' || want === 'key-or-close') {
      if (ch === '}') {
        if (want === 'key') return fail(i, 'a comma before "}" is not allowed in JSON (remove the last comma)');
        stack.pop();
        want = stack.length === 0 ? 'end' : 'comma-or-close';
        i++;
        continue;
      }
      if (ch === "'") return fail(i, 'field names need double quotes ("), not single quotes');
      if (ch !== '"') return fail(i, `expected a field name in double quotes, found ${show(ch)}`);
      const end = scanString(text, i);
      if (typeof end !== 'number') return fail(end.at, end.message);
      i = end;
      want = 'colon';
      afterComma = false;
      continue;
    }

    // want is 'value' or 'value-or-close'
    if (ch === ']' && want === 'value-or-close') {
      stack.pop();
      want = stack.length === 0 ? 'end' : 'comma-or-close';
      i++;
      continue;
    }
    if ((ch === ']' || ch === '}') && afterComma) return fail(i, `a comma before "${ch}" is not allowed in JSON (remove the last comma)`);
    afterComma = false;
    if (ch === '{' || ch === '[') {
      stack.push(ch === '{' ? '}' : ']');
      want = ch === '{' ? 'key-or-close' : 'value-or-close';
      i++;
      continue;
    }
    let end: number | null = null;
    if (ch === '"') {
      const scanned = scanString(text, i);
      if (typeof scanned !== 'number') return fail(scanned.at, scanned.message);
      end = scanned;
    } else if (ch === "'") {
      return fail(i, 'text needs double quotes ("), not single quotes');
    } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return fail(i, 'this is not a number JSON can read (write numbers like 42, 0.5 or -3)');
      end = NUMBER.lastIndex;
    } else {
      WORD.lastIndex = i;
      if (WORD.test(text)) {
        const word = text.slice(i, WORD.lastIndex);
        if (word !== 'true' && word !== 'false' && word !== 'null') {
          return fail(i, `unexpected word ${JSON.stringify(word)}: text needs double quotes, and only true, false and null go without`);
        }
        end = WORD.lastIndex;
      }
    }
    if (end === null) return fail(i, `expected a value (text in double quotes, a number, true, false, null, an object or a list), found ${show(ch)}`);
    i = end;
    want = stack.length === 0 ? 'end' : 'comma-or-close';
  }
}

/** The index just past the closing quote, or where and why the string is broken. */
function scanString(text: string, start: number): number | { at: number; message: string } {
  for (let j = start + 1; j < text.length; j++) {
    const ch = text.charCodeAt(j);
    if (ch === 0x22) return j + 1;
    if (ch < 0x20) return { at: j, message: 'a line break inside text is not allowed in JSON (write \\n, or close the quote)' };
    if (ch === 0x5c) {
      const next = text[j + 1] ?? '';
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return { at: j, message: 'a \\u escape needs four hex digits' };
        j += 5;
      } else if (next !== '' && ESCAPES.includes(next)) {
        j += 1;
      } else {
        return { at: j, message: `\\${next} is not an escape JSON knows (write \\\\ for a backslash)` };
      }
    }
  }
  return { at: start, message: 'this text never ends: its closing double quote is missing' };
}

function skipWhitespace(text: string, from: number): number {
  let i = from;
  while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  return i;
}

function lineAndColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

function show(ch: string): string {
  return JSON.stringify(ch);
}
