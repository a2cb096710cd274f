import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions, E2E_PORT } from './e2e/browser';

// Browser tests run against the production build (`npm run test:e2e` builds first).
export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Caps for waiting on conditions, not delays: a test takes seconds on a quiet machine, but the
  // suite must pass on two cores shared with other work, where everything runs several times slower.
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
