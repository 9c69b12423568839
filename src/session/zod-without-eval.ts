// Imported first by the facilitator's page and by the game's watch request (session/watch-request), before
// anything that builds a Zod schema: Zod decides whether to compile
// its checks with eval when a schema is built (at import), and the page's Content-Security-Policy refuses
// eval (a violation report each time, in the browser tests' eyes a failure). Jitless, it checks without
// compiling.

import { z } from 'zod';

z.config({ jitless: true });
