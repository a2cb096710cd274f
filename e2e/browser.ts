// Which Chromium the browser tests use. Here (CI, this workplace) Playwright cannot download its
// own browser, so Debian's Chromium is used; on a laptop without it, Playwright's own browser.
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function chromiumLaunchOptions(): LaunchOptions {
  const path = process.env.CHROMIUM_PATH ?? (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined);
  return { args: CHROMIUM_FLAGS, ...(path ? { executablePath: path } : {}) };
}

/** The built app, served by `vite preview` on a port of its own so a running `npm start` does not clash. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4180);
