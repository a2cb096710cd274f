import { createHash } from 'node:crypto';
import { defineConfig, type Plugin } from 'vite';
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
  // CSP level 3 confines styles: style sheets and <style> elements only from our own files
  // (style-src-elem); inline style attributes, which React Flow and the charts set for positions
  // and sizes, are the one inline form allowed (style-src-attr). `style-src` is the fallback for
  // browsers without level 3 (which would otherwise break the canvas); level-3 browsers ignore it
  // for elements and attributes alike, as both have their own rule here.
  'style-src': ["'self'", "'unsafe-inline'"],
  'style-src-elem': ["'self'"],
  'style-src-attr': ["'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'", 'blob:', 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/** `extra` adds sources to a directive (the dev server's needs; the built app gets none). */
const policy = (extra: Record<string, string[]> = {}): string =>
  Object.entries(POLICY)
    .map(([k, v]) => `${k} ${[...v, ...(extra[k] ?? [])].join(' ')}`)
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

/**
 * The built index.html carries the policy as a meta tag too, for static hosts that cannot send
 * headers. Only the build: in dev the meta tag would forbid the dev server's <style> elements.
 * A meta policy cannot hold frame-ancestors (browsers ignore it there with a warning).
 */
const policyMetaTag = (): Plugin => ({
  name: 'csp-meta-tag',
  apply: 'build',
  transformIndexHtml: () => [
    { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy().replace(/; frame-ancestors [^;]*/, '') }, injectTo: 'head-prepend' },
  ],
});

// `vite build` is the production app; `vite build --mode e2e` adds the browser tests' hooks (app/testHooks.ts).
export default defineConfig({
  plugins: [react(), policyMetaTag()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 900,
  },
  // The dev server injects each CSS module as a <style> element (hot reload); the build links files.
  server: { headers: headers(policy({ 'script-src': [sha256(refreshPreamble)], 'style-src-elem': ["'unsafe-inline'"] })) },
  preview: { port: 5173, strictPort: true, headers: headers(policy()) },
});
