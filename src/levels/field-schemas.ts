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

/** Durations, rates and factors that must be more than zero; `unit` reads "seconds", "ms"… */
export function positive(unit?: string) {
  const words = expecting(unit ? `a number of ${unit} greater than 0` : 'a number greater than 0');
  return z.number(words).positive(words);
}

export function zeroOrMore(unit?: string) {
  const words = expecting(unit ? `a number of ${unit}, 0 or more` : 'a number of at least 0');
  return z.number(words).min(0, words);
}

/** A fraction of something: 0 is none, 1 is all of it. */
export function share() {
  const words = expecting('a share from 0 to 1 (0.25 is a quarter)');
  return z.number(words).min(0, words).max(1, words);
}

export function text() {
  const words = expecting('some text');
  return z.string(words).regex(/\S/, words);
}

export function matching(pattern: RegExp, what: string) {
  const words = expecting(what);
  return z.string(words).regex(pattern, words);
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

export function list<T extends z.ZodType>(item: T, what: string, min = 0) {
  const words = expecting(min > 0 ? `a list of ${what} (at least ${min})` : `a list of ${what}`);
  return z.array(item, words).min(min, words);
}

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
