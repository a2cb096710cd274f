// `npm run perf`: the main thread while what-if jobs run on the worker pool. Target (issue 11,
// QUALITY.md): no long task ≥ 50 ms while the n−1 analysis and the 64-point sweep of the
// 128-server template run and their results arrive (table, verdict, four charts).
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './app';

async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask', buffered: false });
  });
}
const longTasks = (page: Page): Promise<number[]> => page.evaluate(() => (window as unknown as { __long: number[] }).__long);

test('n−1 and a 64-point sweep of the 128-server template run off the main thread', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: /^What-if/ }).click();
  await expect(page.getByRole('button', { name: 'Run n−1' })).toBeVisible();
  await page.waitForTimeout(1000); // the lazy chunk and first paint are start-up, not the jobs
  await watchLongTasks(page);
  let t = Date.now();
  await page.getByRole('button', { name: 'Run n−1' }).click();
  await expect(page.getByRole('status', { name: 'HA verdict' })).toBeVisible({ timeout: 120_000 });
  const n1Ms = Date.now() - t;
  const afterN1 = (await longTasks(page)).length;
  t = Date.now();
  await page.getByRole('button', { name: 'Run sweep' }).click();
  await expect(page.getByRole('status', { name: 'Where demand stops being met' })).toBeVisible({ timeout: 120_000 });
  const sweepMs = Date.now() - t;
  await page.waitForTimeout(500);
  const long = await longTasks(page);
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  console.log(`during n−1: ${long.slice(0, afterN1).map((d) => d.toFixed(0)).join(' ')}; during the sweep: ${long.slice(afterN1).map((d) => d.toFixed(0)).join(' ')}`);
  console.log(`PERF what-if: n−1 ${n1Ms} ms, 64-point sweep ${sweepMs} ms on ${cores} cores (pool); long tasks ${long.length}${long.length ? `, longest ${Math.max(...long).toFixed(0)} ms` : ''}`);
  expect(long.filter((d) => d >= 50)).toEqual([]);
});
