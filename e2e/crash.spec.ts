// A browser crash right after an edit: a real Chromium with a profile on disk is killed with
// SIGKILL 100 ms after the edit and started again on the same profile. The autosave is held back
// (a slow disk, injected) so that only the journal can have kept the edit; localStorage alone did
// not (Chromium writes it to disk lazily): the durable journal in IndexedDB does.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { simStatus } from './app';
import { startChromium } from './ownChromium';

const CRASH_AFTER_MS = 100;

test('an edit survives the browser being killed 100 ms after it (10 times in a row)', async ({ baseURL }) => {
  test.setTimeout(600_000); // ten browser starts on a busy machine
  const profile = await mkdtemp(join(tmpdir(), 'iov-crash-'));
  try {
    for (let i = 1; i <= 10; i++) {
      const chromium = await startChromium(profile);
      const context = chromium.browser.contexts()[0]!;
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(baseURL!);
      await expect(simStatus(page)).toHaveText(/Up to date/, { timeout: 120_000 });
      const name = page.getByLabel('Design name');
      if (i > 1) await expect(name, `the edit before crash ${i - 1}`).toHaveValue(`Edited before crash ${i - 1}`);
      await page.evaluate(() => Object.assign(window.__iov!.storage, { writeDelayMs: 60_000 }));
      await name.fill(`Edited before crash ${i}`);
      await name.press('Enter');
      await expect(name).toHaveValue(`Edited before crash ${i}`);
      // The crash comes at a fixed time after the edit: that time is what this test is about.
      await new Promise((r) => setTimeout(r, CRASH_AFTER_MS));
      await chromium.crash();
    }
    const chromium = await startChromium(profile);
    const page = chromium.browser.contexts()[0]!.pages()[0]!;
    await page.goto(baseURL!);
    await expect(page.getByLabel('Design name')).toHaveValue('Edited before crash 10', { timeout: 120_000 });
    await chromium.crash();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
