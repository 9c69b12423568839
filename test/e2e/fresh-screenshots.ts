// Before a browser test run: clear the screenshots of earlier runs, so whoever looks at
// test-output/screenshots/ sees only what this run drew (a stale picture once passed for a current one).

import { rmSync } from 'node:fs';
import { SCREENSHOTS } from './harness';

export default function clearScreenshots(): void {
  rmSync(SCREENSHOTS, { recursive: true, force: true });
}
