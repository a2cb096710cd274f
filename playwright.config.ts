import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions, E2E_PORT } from './e2e/browser';

// Browser tests run against the production build (`npm run test:e2e` builds first).
export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Upper bounds, not waits: a check passes as soon as its condition holds. They are generous because
  // the machine is shared (two cores, often several suites at once) and a busy run is still honest work.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx vite preview --port ${E2E_PORT} --strictPort`,
    url: `http://localhost:${E2E_PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
