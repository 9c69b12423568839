// Where a level file stops being JSON, said the same way in every browser: line, column and the usual
// mistake by name (trailing comma, comment, single quotes, a missing comma).

import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../../src/levels/find-json-error';

describe('finding the first JSON mistake', () => {
  it('finds nothing wrong in valid JSON', () => {
    expect(findJsonSyntaxError('{"a": [1, -2.5e3, "x\\n", true, false, null, {}]}\n')).toBeNull();
  });

  it.each([
    ['a trailing comma in an object', '{\n  "a": 1,\n}', 3, 1, 'a comma before "}" is not allowed'],
    ['a trailing comma in a list', '{"a": [1, 2,]}', 1, 13, 'a comma before "]" is not allowed'],
    ['a comment', '{\n  // the web tier\n  "a": 1\n}', 2, 3, 'comments are not allowed'],
    ['single quotes', "{'a': 1}", 1, 2, 'double quotes'],
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', 3, 3, 'is a comma missing'],
    ['an unquoted word', '{"pool": web}', 1, 10, 'unexpected word "web"'],
    ['a text that never ends', '{"a": "abc}', 1, 7, 'closing double quote is missing'],
    ['a file cut short', '{"a": [1, 2', 1, 12, 'a "]" is missing'],
    ['an empty file', '  \n', 2, 1, 'the file is empty'],
    ['two objects', '{}\n{}', 2, 1, 'the level must be one object'],
  ])('names %s with its line and column', (_, text, line, column, words) => {
    const found = findJsonSyntaxError(text);
    expect(found).toMatchObject({ line, column });
    expect(found?.message).toContain(words);
  });
});
