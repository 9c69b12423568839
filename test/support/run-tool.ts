// Runs one of the command-line tools (scripts/*.ts) as a trainer would, and keeps what it printed.

import { spawnSync } from 'node:child_process';
import { repoPath } from './level-files';

export interface ToolRun {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** `timeoutMs` kills a tool that hangs, so a test fails instead of waiting forever. */
export function runTool(script: string, args: readonly string[], timeoutMs = 60_000): ToolRun {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', repoPath(`scripts/${script}`), ...args], {
    cwd: repoPath('.'),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    timeout: timeoutMs,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, ms: performance.now() - started };
}

/** What a stack trace looks like in Node's output: "    at fn (file:line:col)". */
export const STACK_TRACE = /^\s+at .+[:(]/m;
