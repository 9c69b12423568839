// The building blocks of the level schema. Each carries the words a trainer reads when a value is wrong,
// "expected <what this field takes>, got <what the file says>", instead of zod's generic messages.

import { z } from 'zod';
import { describeValue } from './describe-value';

/** What zod hands an error map; only the fields used here. */
interface IssueSeen {
  readonly code?: string;
  readonly input?: unknown;
}

export function expecting(what: string): { error: (issue: IssueSeen) => string } {
  return { error: (issue) => `expected ${what}, got ${describeValue(issue.input)}` };
}

export function wholeNumber(min: number, max?: number) {
  const words = expecting(max === undefined ? `a whole number of at least ${min}` : `a whole number from ${min} to ${max}`);
  const schema = z.int(words).min(min, words);
  return max === undefined ? schema : schema.max(max, words);
}

/**
 * The most a number may be, so no file can make a run endless or its sums overflow: `max` is the bound,
 * `words` how the message says it ("43200 seconds (12 hours)"). Kept apart from the "expected a number
 * of…" message, so a trainer who wrote too big a number is told the bound rather than the type.
 */
export interface Cap {
  max: number;
  words: string;
}

function capped(schema: z.ZodNumber, cap: Cap | undefined): z.ZodNumber {
  return cap === undefined ? schema : schema.max(cap.max, { error: (issue) => `expected at most ${cap.words}, got ${describeValue(issue.input)}` });
}

/** A whole number from `min` up to a cap; below `min` or not whole reads as for `wholeNumber(min)`. */
export function wholeNumberUpTo(min: number, cap: Cap) {
  return capped(wholeNumber(min), cap);
}

/** Durations, rates and factors that must be more than zero; `unit` reads "seconds", "ms"… */
export function positive(unit?: string, cap?: Cap) {
  const words = expecting(unit ? `a number of ${unit} greater than 0` : 'a number greater than 0');
  return capped(z.number(words).positive(words), cap);
}

export function zeroOrMore(unit?: string, cap?: Cap) {
  const words = expecting(unit ? `a number of ${unit}, 0 or more` : 'a number of at least 0');
  return capped(z.number(words).min(0, words), cap);
}

/** A fraction of something: 0 is none, 1 is all of it. */
export function share() {
  const words = expecting('a share from 0 to 1 (0.25 is a quarter)');
  return z.number(words).min(0, words).max(1, words);
}

/** Names, labels and ids: short, on one line. */
export const MAX_NAME_CHARS = 200;
/** Paragraphs, chat lines, status updates: a few sentences. */
export const MAX_TEXT_CHARS = 4_000;

/**
 * Some text, at most `maxChars` long; `oneLine` refuses line breaks and tabs, for names and labels that are
 * shown on one line. Broken characters and control characters are refused for every text, before the
 * schema (check-json-limits.ts).
 */
export function text(maxChars = MAX_TEXT_CHARS, oneLine = false) {
  const words = expecting(oneLine ? 'some text on one line' : 'some text');
  const schema = z.string(words).regex(/\S/, words).max(maxChars, tooLong(maxChars));
  return oneLine ? schema.regex(/^[^\n\t\r]*$/, { error: (issue) => `expected text on one line (no line breaks or tabs), got ${describeValue(issue.input)}` }) : schema;
}

/** A short name or label on one line. */
export function name() {
  return text(MAX_NAME_CHARS, true);
}

export function matching(pattern: RegExp, what: string, maxChars = MAX_NAME_CHARS) {
  const words = expecting(what);
  return z.string(words).max(maxChars, tooLong(maxChars)).regex(pattern, words);
}

function tooLong(maxChars: number): { error: (issue: IssueSeen) => string } {
  return { error: (issue) => `expected at most ${maxChars} characters, got ${typeof issue.input === 'string' ? issue.input.length : 'more'} characters` };
}

export function yesNo() {
  return z.boolean(expecting('true or false'));
}

export function oneOf<const T extends readonly string[]>(values: T) {
  return z.enum(values, expecting(`one of ${quoteAll(values)}`));
}

/** One of the values or null; the null is named in the message so the trainer knows it is allowed. */
export function oneOfOrNull<const T extends readonly string[]>(values: T) {
  return z.enum(values, expecting(`one of ${quoteAll(values)}, or null`)).nullable();
}

/** A list of `what`; at most `max` items, so no file can make the game draw or walk an endless list. */
export function list<T extends z.ZodType>(item: T, what: string, min = 0, max = MAX_LIST_ITEMS) {
  const words = expecting(min > 0 ? `a list of ${what} (at least ${min})` : `a list of ${what}`);
  return z.array(item, words).min(min, words).max(max, { error: (issue) => `expected at most ${max} ${what}, got ${describeValue(issue.input)}` });
}

/** The longest list any field takes unless it says otherwise. */
export const MAX_LIST_ITEMS = 100;

/**
 * An object with exactly these fields. Strict, so a misspelt field is reported rather than ignored;
 * unknown fields get their own message (with a suggestion) in schema-problems.ts.
 */
export function fields<T extends z.core.$ZodLooseShape>(what: string, shape: T) {
  const words = expecting(what);
  return z.strictObject(shape, { error: (issue) => (issue.code === 'unrecognized_keys' ? undefined : words.error(issue)) });
}

function quoteAll(values: readonly string[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}
