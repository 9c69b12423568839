// The first check on a parsed level or replay file, before anything recursive walks it: what no real file
// needs and a hostile one could use to crash or stall the tools or the game. Nesting deeper than any
// level goes (a file pasted into itself 20,000 times would overflow a recursive walk), field names that
// reach into JavaScript's object machinery (`__proto__` is dropped silently by the schema otherwise),
// endless lists and objects, and text the build and the browser cannot carry: half of a UTF-16 pair (it
// breaks `vite build`) or control characters. It walks with its own stack, so depth cannot hurt it.

import { jsonPath, type LevelProblem, type PathSegment } from './level-problem';

/** A level nests 5 deep, a replay 4; a debrief's replay a little more. */
export const MAX_JSON_DEPTH = 20;
/** The longest list: a replay's commands or a command's hosts (a fleet has at most 10,000). */
export const MAX_JSON_ITEMS = 10_000;
/** The most fields in one object: a level has 24 at its top. */
export const MAX_JSON_FIELDS = 200;
/** Field names are words; a long one is pasted text. */
export const MAX_FIELD_NAME_CHARS = 100;
/** Every problem a file has is listed, up to this many; past that, the first ones are what to fix. */
export const MAX_PROBLEMS = 50;

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

interface Node {
  value: unknown;
  depth: number;
  /** The path as a chain to the parent, so deep paths are not copied at every level. */
  parent: Node | null;
  segment: PathSegment | null;
}

export function checkJsonLimits(value: unknown, file: string): LevelProblem[] {
  const problems: LevelProblem[] = [];
  let more = 0;
  const report = (node: Node, message: string, segment?: PathSegment): void => {
    if (problems.length >= MAX_PROBLEMS) {
      more++;
      return;
    }
    const path = pathOf(node);
    problems.push({ file, path: jsonPath(segment === undefined ? path : [...path, segment]), message });
  };
  const stack: Node[] = [{ value, depth: 0, parent: null, segment: null }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const current = node.value;
    if (typeof current === 'string') {
      const trouble = textTrouble(current);
      if (trouble) report(node, trouble);
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (node.depth >= MAX_JSON_DEPTH) {
      report(node, `nested more than ${MAX_JSON_DEPTH} levels deep; no level or replay needs that (was part of the file pasted into itself?)`);
      continue;
    }
    const children: Node[] = [];
    if (Array.isArray(current)) {
      if (current.length > MAX_JSON_ITEMS) {
        report(node, `a list of ${current.length} items; a level or replay file has at most ${MAX_JSON_ITEMS} in one list`);
        continue;
      }
      current.forEach((item: unknown, index) => children.push({ value: item, depth: node.depth + 1, parent: node, segment: index }));
    } else {
      const keys = Object.keys(current);
      if (keys.length > MAX_JSON_FIELDS) {
        report(node, `an object with ${keys.length} fields; a level or replay file has at most ${MAX_JSON_FIELDS} in one object`);
        continue;
      }
      for (const key of keys) {
        const keyTrouble = fieldNameTrouble(key);
        if (keyTrouble) {
          report(node, keyTrouble, key.length > MAX_FIELD_NAME_CHARS ? `${key.slice(0, 20)}…` : key);
          continue;
        }
        children.push({ value: (current as Record<string, unknown>)[key], depth: node.depth + 1, parent: node, segment: key });
      }
    }
    // Reversed, so problems come out in the file's order.
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  }
  if (more > 0) problems.push({ file, path: '$', message: `… and ${more} more problem${more === 1 ? '' : 's'} like these` });
  return problems;
}

/** At most MAX_PROBLEMS problems, and a last line saying how many more there were. */
export function capProblems(problems: LevelProblem[]): LevelProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const more = problems.length - MAX_PROBLEMS;
  return [...problems.slice(0, MAX_PROBLEMS), { file: problems[0]!.file, path: '$', message: `… and ${more} more problem${more === 1 ? '' : 's'} (fix these first)` }];
}

function fieldNameTrouble(key: string): string | null {
  if (FORBIDDEN_KEYS.has(key)) return `the field name ${JSON.stringify(key)} is not allowed: it is part of how JavaScript builds objects, and the game refuses a file that uses it (remove the field)`;
  if (key.length > MAX_FIELD_NAME_CHARS) return `a field name of ${key.length} characters; field names are short words (is a quote missing?)`;
  const trouble = textTrouble(key);
  return trouble === null ? null : `this field name: ${trouble}`;
}

/**
 * What in a text the build and the browser cannot carry: half of a UTF-16 surrogate pair (JSON can write
 * one as `\ud800`; no real character is one), or a control character other than a line break or a tab.
 */
export function textTrouble(text: string): string | null {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        index++;
        continue;
      }
      return loneSurrogate(code, index);
    }
    if (code >= 0xdc00 && code <= 0xdfff) return loneSurrogate(code, index);
    if ((code < 0x20 && code !== 0x0a && code !== 0x09) || (code >= 0x7f && code <= 0x9f)) {
      return `the text has the invisible control character U+${hex(code)} at character ${index + 1}, which the game cannot show; remove it (write a line break as \\n)`;
    }
  }
  return null;
}

function loneSurrogate(code: number, index: number): string {
  return `the text has half of a character at character ${index + 1} (a lone UTF-16 surrogate, \\u${hex(code).toLowerCase()}), which the game cannot build or show; remove it, or write the whole character`;
}

function hex(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}

function pathOf(node: Node): PathSegment[] {
  const segments: PathSegment[] = [];
  for (let at: Node | null = node; at !== null && at.segment !== null; at = at.parent) segments.push(at.segment);
  return segments.reverse();
}
