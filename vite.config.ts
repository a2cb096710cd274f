import { createHash } from 'node:crypto';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The Content-Security-Policy, sent as a response header by `vite preview` (what `npm start`
 * serves) and by `vite dev`, on every response including the worker script: no inline script
 * and no eval, nothing loaded from elsewhere, never framed. index.html carries the same policy
 * as a meta tag for static hosts that cannot set headers (frame-ancestors only works as a header).
 */
const POLICY: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  // React Flow and the charts set style attributes; no script can run from a style.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'", 'blob:', 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

const policy = (extraScript: string[] = []): string =>
  Object.entries(POLICY)
    .map(([k, v]) => `${k} ${(k === 'script-src' ? [...v, ...extraScript] : v).join(' ')}`)
    .join('; ');

// The dev server's one inline script is React Fast Refresh's preamble: allowed by its hash only.
const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const refreshPreamble = react.preambleCode.replace('__BASE__', '/');

const headers = (csp: string): Record<string, string> => ({
  'Content-Security-Policy': csp,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
});

// `vite build` is the production app; `vite build --mode e2e` adds the browser tests' hooks (app/testHooks.ts).
export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 900,
  },
  server: { headers: headers(policy([sha256(refreshPreamble)])) },
  preview: { port: 5173, strictPort: true, headers: headers(policy()) },
});
