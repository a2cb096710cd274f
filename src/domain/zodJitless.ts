import { z } from 'zod';

// Zod compiles fast object parsers with `new Function` after probing whether eval is allowed;
// under the app's Content-Security-Policy (no 'unsafe-eval') that probe is logged as a violation.
// The browser entry points (main.tsx, the worker) import this module first, before any schema
// parses; Node (CLI, tests) keeps the compiled parsers.
z.config({ jitless: true });
