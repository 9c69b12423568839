// A browser test told as one story, where each step stands on the one before. A step that fails leaves
// the rest nothing to stand on, so they are reported as skipped, naming the step that broke, instead of
// as failures of their own that would hide where it went wrong.

import { it } from 'vitest';

/** `what` names the story in the skip message: "the shift broke earlier, at: …". */
export function storySteps(what: string): (name: string, body: () => Promise<void>, timeout?: number) => void {
  let brokenAt: string | null = null;
  return (name, body, timeout) =>
    it(
      name,
      async (context) => {
        if (brokenAt) context.skip(`${what} broke earlier, at: ${brokenAt}`);
        context.onTestFailed(() => void (brokenAt ??= name));
        await body();
      },
      timeout,
    );
}
