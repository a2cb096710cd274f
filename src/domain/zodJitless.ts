import { z } from 'zod';

// Zod compiles fast object parsers with `new Function` after probing whether eval is allowed;
// under the app's Content-Security-Policy (no 'unsafe-eval') that probe is reported as a
// violation. So in the browser (page and worker) Zod runs without it. This module is the first
// import of domain/index.ts: every parse, the catalog's own at load included, comes after it.
// Node (CLI, tests, bench) has no CSP and keeps the compiled parsers.
const runtime = globalThis as { process?: { versions?: { node?: string } } };
if (!runtime.process?.versions?.node) z.config({ jitless: true });
