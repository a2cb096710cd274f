// `npm run perf`: exports must not block the page (QUALITY.md: no main-thread task ≥ 50 ms, asserted
// on each task's CPU time: perfTrace.ts says why), measured in real Chromium on the 128-server
// templates and on a 1,000-node design.
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { generateFlatDesign } from '../src/scenarios';
import { TEMPLATE } from './app';
import { openAppForExport, openDesignDocument, resultsReady } from './exports';
import { cpuSummary, tasksOver, traced } from './perfTrace';

async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask', buffered: false });
  });
}
const takeLongTasks = (page: Page): Promise<number[]> =>
  page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    const out = w.__long;
    w.__long = [];
    return out;
  });

/**
 * Each export is set up with Playwright's locators, then started with a key press: the window in
 * which long tasks are counted holds the export alone, not Playwright's own DOM queries (which
 * run on the page's main thread and, on a 1,000-node DOM, are long tasks themselves).
 */
const EXPORTS: Array<[name: string, item: RegExp, setUp?: (d: Locator) => Promise<unknown>, submit?: string]> = [
  ['PNG 2×', /PNG/, (d) => d.getByRole('radio', { name: /PNG, 2×/ }).check(), 'Export'],
  ['SVG', /SVG/, undefined, 'Export'],
  ['PDF + baseline', /PDF proposal/, (d) => d.getByLabel('Compare with a baseline').selectOption({ label: TEMPLATE.baseline }), 'Create PDF'],
  ['BOM CSV', /Bill of materials/],
  ['cabling CSV', /Cabling map/],
  ['draw.io', /draw\.io/],
];

/** Runs every export; returns the main-thread tasks of ≥ 50 ms CPU, named by export. */
async function measure(browser: Browser, page: Page, label: string, timeout: number): Promise<string[]> {
  const slow: string[] = [];
  for (const [name, item, setUp, submit] of EXPORTS) {
    await page.getByRole('button', { name: /^Export/ }).click();
    const target = page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: item });
    if (submit) {
      await target.click();
      const dialog = page.getByRole('dialog');
      if (setUp) await setUp(dialog);
      await dialog.getByRole('button', { name: submit }).focus();
    } else await target.focus();
    await page.waitForTimeout(500);
    await takeLongTasks(page);
    const { value, cpu } = await traced(browser, page, async () => {
      const download = page.waitForEvent('download', { timeout });
      const t0 = Date.now();
      await page.keyboard.press('Enter');
      const file = await download;
      const ms = Date.now() - t0;
      await page.waitForTimeout(300); // the notice that follows the download
      return { file: file.suggestedFilename(), ms };
    });
    const long = await takeLongTasks(page);
    slow.push(...tasksOver(cpu, 50).map((ms) => `${name}: ${ms} ms`));
    console.log(`PERF export ${label} ${name} (${value.file}): ${value.ms} ms; long tasks ${long.length}${long.length ? ` (max ${Math.max(...long).toFixed(0)} ms)` : ''}; ${cpuSummary(cpu)}`);
  }
  return slow;
}

test('exports of the 128-server templates keep the main thread free', async ({ page, browser }) => {
  test.setTimeout(600_000);
  await openAppForExport(page);
  await page.waitForTimeout(1000);
  await watchLongTasks(page);
  expect(await measure(browser, page, '128-server IB', 180_000)).toEqual([]);
});

test('exports of a 1,000-node design', async ({ page, browser }) => {
  test.setTimeout(900_000);
  await openAppForExport(page);
  await openDesignDocument(page, generateFlatDesign({ nodes: 1000 }));
  await resultsReady(page);
  await page.waitForTimeout(1000);
  await watchLongTasks(page);
  // No goal of its own (QUALITY.md's is for the 128-server design): reported, so a regression shows.
  // Seen: PNG 2× has one main-thread task of ~57 ms CPU at load 7 (the diagram capture).
  const slow = await measure(browser, page, '1,000 nodes', 600_000);
  console.log(`PERF export 1,000 nodes: main-thread tasks ≥ 50 ms CPU: ${slow.join(', ') || 'none'}`);
});
