// A full disk: the browser profile on a small tmpfs that is then filled up (IndexedDB's writes
// fail as Chromium reports a full disk), and localStorage filled to its limit. The edit is never
// lost: the banner offers Save to file; with room for a few kilobytes in localStorage the edit is
// journaled compactly (the edit, not the design); once the disk has room, autosave recovers by
// itself and the edit survives a reload.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from './browser';
import { saveStatus, simStatus, waitSaved } from './app';
import { mountSmallDisk } from './smallDisk';

/** Fill localStorage until it refuses; then free at least `room` characters. */
async function fillLocalStorage(page: Page, room: number): Promise<void> {
  await page.evaluate((roomChars) => {
    let i = 0;
    for (let size = 1 << 20; size >= 64; size >>= 1) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`filler-${i++}`, chunk);
        } catch {
          break;
        }
      }
    }
    for (let freed = 0; freed < roomChars && i >= 0; i--) {
      const item = localStorage.getItem(`filler-${i}`);
      if (item === null) continue;
      freed += item.length;
      localStorage.removeItem(`filler-${i}`);
    }
  }, room);
}

test('a full disk: Save to file in the banner holds the edit; a compact journal keeps the next; autosave recovers when there is room', async ({ baseURL }) => {
  test.setTimeout(300_000);
  const disk = mountSmallDisk(160);
  const context = await chromium.launchPersistentContext(join(disk.dir, 'profile'), { ...chromiumLaunchOptions(), acceptDownloads: true, viewport: { width: 1280, height: 800 } });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(baseURL!);
    await expect(simStatus(page)).toHaveText(/Up to date/, { timeout: 120_000 });
    await waitSaved(page);
    await fillLocalStorage(page, 0);
    disk.fill();

    await page.getByRole('radio', { name: 'Native' }).click();
    await expect(saveStatus(page)).toHaveAttribute('aria-label', 'Autosave: Autosave failed');
    const banner = page.getByRole('alert', { name: 'Edits not stored' });
    await expect(banner).toContainText('this browser’s storage is full');
    const download = page.waitForEvent('download');
    await banner.getByRole('button', { name: 'Save to file' }).click();
    const saved = await (await download).path();
    expect((JSON.parse(readFileSync(saved, 'utf8')) as { settings: { mode: string } }).settings.mode).toBe('native');

    // About a kilobyte free in localStorage (the design needs 2.7): the next edit is journaled as a patch, and the banner goes.
    await fillLocalStorage(page, 1200);
    await page.getByRole('radio', { name: 'Pass-through' }).click();
    await expect(banner).toHaveCount(0);
    const journal = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('iov-journal/')));
    expect(journal).toContainEqual(expect.stringMatching(/#patch$/));
    expect(journal).not.toContainEqual(expect.stringMatching(/#design$/));

    // The disk has room again: autosave's retry goes through without a reload, and the edit stays.
    disk.free();
    await waitSaved(page);
    await page.reload();
    await expect(page.getByRole('radio', { name: 'Pass-through' })).toBeChecked({ timeout: 60_000 });
  } finally {
    await context.close();
    disk.dispose();
  }
});
