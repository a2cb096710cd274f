import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// `npm run perf`: timing specs, not part of the pass/fail run; one worker so timings are not shared.
export default defineConfig({
  ...base,
  testMatch: '*.perf.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 180_000,
  // Playwright's own trace snapshots the DOM on the page's main thread at every action and
  // assertion poll: measurement overhead that shows up as the app's long tasks.
  use: { ...base.use, trace: 'off' },
});
