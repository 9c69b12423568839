// Turns zod's issues into level problems. Most messages come ready from field-schemas.ts; an unknown
// field is split out, one problem per field at its own path, with a guess at the field meant.

import { z } from 'zod';
import { didYouMean } from './did-you-mean';
import { jsonPath, type LevelProblem } from './level-problem';

export function schemaProblems(schema: z.ZodType, issues: readonly z.core.$ZodIssue[], file: string): LevelProblem[] {
  const problems: LevelProblem[] = [];
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') {
      problems.push({ file, path: jsonPath(issue.path), message: issue.message });
      continue;
    }
    const known = knownFieldsAt(schema, issue.path);
    for (const key of issue.keys) {
      problems.push({ file, path: jsonPath([...issue.path, key]), message: unknownFieldMessage(key, known) });
    }
  }
  return problems;
}

function unknownFieldMessage(key: string, known: readonly string[]): string {
  const guess = didYouMean(key, known);
  if (guess) return `unknown field ${JSON.stringify(key)}${guess}`;
  if (known.length === 0) return `unknown field ${JSON.stringify(key)}`;
  return `unknown field ${JSON.stringify(key)} (the fields here are ${known.join(', ')})`;
}

/** The field names the schema allows at a path, found by walking the schema the way zod walked the file. */
function knownFieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  for (const segment of path) {
    node = unwrap(node);
    if (node instanceof z.ZodObject) {
      const shape: Record<string, unknown> = node.shape;
      node = Object.hasOwn(shape, String(segment)) ? shape[String(segment)] : undefined;
    } else if (node instanceof z.ZodArray) {
      node = node.element;
    } else {
      return [];
    }
  }
  node = unwrap(node);
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}

function unwrap(node: unknown): unknown {
  let current = node;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) current = current.unwrap();
  return current;
}
