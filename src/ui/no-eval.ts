// Imported first by main.ts, before any module that builds a Zod schema: Zod compiles its object checks
// with `new Function` unless told not to, and even its probe for whether it may is reported as a
// violation of the page's Content-Security-Policy (no eval; see vite.config.ts). Jitless checks are the
// same checks, a little slower, and the levels are checked once at start.

import { z } from 'zod';

z.config({ jitless: true });
