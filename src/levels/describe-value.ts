// Says what a trainer actually wrote, in words, for "expected …, got …" messages: `"3" (text)` tells
// them to drop the quotes, `nothing (the field is missing)` that a field was left out.

const MAX_TEXT_SHOWN = 40;

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (typeof value === 'string') return `${quoteShort(value)} (text)`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') return 'an object';
  return `a value of type ${typeof value}`;
}

/** A string in double quotes, cut short so one long paragraph does not swamp the message. */
export function quoteShort(text: string): string {
  const shown = text.length > MAX_TEXT_SHOWN ? `${text.slice(0, MAX_TEXT_SHOWN)}…` : text;
  return JSON.stringify(shown);
}
