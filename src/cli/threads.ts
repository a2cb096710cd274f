import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * tsx's ESM API as a file URL, found from this file's node_modules. Its ESM build, read from the
 * package's exports: `require.resolve` gives the CommonJS build, which fails when imported.
 */
function tsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const exports = (JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports;
  return pathToFileURL(join(dirname(manifest), exports['./esm/api']!.import.default)).href;
}

/**
 * A worker thread running the module at `entry`. From the sources (`npm run sim` under tsx, and
 * the tests under Vitest) the entry is a `.ts` file, which a worker cannot load by itself: on
 * Node 20 a worker does not inherit the parent's module hooks (tsx's `--import` loader; Node
 * issue 47747, tsx issue 354), so it fails with "Unknown file extension .ts". The worker then
 * starts from a one-line bootstrap that loads the entry through tsx's API (`tsImport`), with
 * tsx resolved from this file, so it works whatever the working directory. A built `.js` entry
 * starts as is.
 */
export function startWorker(entry: URL, workerData: unknown): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData });
  const bootstrap = `import(${JSON.stringify(tsxEsmApi())}).then((tsx) => tsx.tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(import.meta.url)}));`;
  return new Worker(bootstrap, { eval: true, workerData });
}
