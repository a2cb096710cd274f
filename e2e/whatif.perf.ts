// `npm run perf`: the main thread while what-if jobs run on the worker pool. Target (issue 11,
// QUALITY.md): no long task ≥ 50 ms while the n−1 analysis and the 64-point sweep of the
// 128-server template run and their results arrive (table, verdict, four charts).
//
// Long tasks are wall-clock time: on a machine whose cores are busy (the pool's workers, or other
// work) the main thread is descheduled in the middle of a 5 ms task and the observer reports a
// "long task" that did no work. So the spec also records a Chromium trace and reports each
// main-thread task's CPU time, which is what the app controls; a task of ≥ 50 ms CPU fails.
import { expect, test, type Page } from '@playwright/test';
import { openApp, saveStatus } from './app';
import { traced } from './perfTrace';

async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask', buffered: false });
  });
}
const longTasks = (page: Page): Promise<number[]> => page.evaluate(() => (window as unknown as { __long: number[] }).__long);

/**
 * Waits for an element by its role and accessible name with a cheap in-page check. Playwright's
 * role locators compute the ARIA role and name of every element on the page at each poll: on this
 * page that is 50–90 ms of main-thread CPU per poll (measured in a trace), which the long-task
 * observer would blame on the app.
 */
async function shown(page: Page, role: string, name: string): Promise<void> {
  await page.waitForFunction(([r, n]) => document.querySelector(`[role="${r}"][aria-label="${n}"]`) !== null, [role, name] as const, { polling: 250, timeout: 120_000 });
}

const ms = (xs: number[]): string => xs.map((d) => d.toFixed(0)).join(' ') || 'none';

test('n−1 and a 64-point sweep of the 128-server template run off the main thread', async ({ page, browser }) => {
  await openApp(page);
  await page.getByRole('tab', { name: /^What-if/ }).click();
  await expect(page.getByRole('button', { name: 'Run n−1' })).toBeVisible();
  await page.waitForTimeout(1000); // the lazy chunk and first paint are start-up, not the jobs
  const undo = page.getByRole('button', { name: /^Undo/ });
  await expect(undo).toBeDisabled();
  await watchLongTasks(page);

  const n1 = await traced(browser, page, async () => {
    const t = Date.now();
    await page.getByRole('button', { name: 'Run n−1' }).click();
    await shown(page, 'status', 'HA verdict');
    return Date.now() - t;
  });
  const afterN1 = (await longTasks(page)).length;
  const sweep = await traced(browser, page, async () => {
    const t = Date.now();
    await page.getByRole('button', { name: 'Run sweep' }).click();
    await shown(page, 'status', 'Where demand stops being met');
    const elapsed = Date.now() - t;
    await page.waitForTimeout(500);
    return elapsed;
  });
  const long = await longTasks(page);
  // The verdict and the charts a user reads (checked after the measurement, with role locators).
  await expect(page.getByRole('status', { name: 'HA verdict' })).toBeVisible();
  await expect(page.getByRole('figure', { name: /Cost per VM/ })).toBeVisible();
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  const cpu = [...n1.cpu, ...sweep.cpu];
  const top = (xs: number[]): number[] => [...xs].sort((a, b) => b - a).slice(0, 5);
  const total = (xs: number[]): string => xs.reduce((a, b) => a + b, 0).toFixed(0);
  console.log(`long tasks (wall clock) during n−1: ${ms(long.slice(0, afterN1))}; during the sweep: ${ms(long.slice(afterN1))}`);
  console.log(`main-thread CPU: n−1 ${total(n1.cpu)} ms in ${n1.cpu.length} tasks, longest ${ms(top(n1.cpu))}; sweep ${total(sweep.cpu)} ms in ${sweep.cpu.length} tasks, longest ${ms(top(sweep.cpu))}`);
  console.log(`PERF what-if: n−1 ${n1.value} ms, 64-point sweep ${sweep.value} ms on ${cores} cores (pool); long tasks ${long.length}${long.length ? `, longest ${Math.max(...long).toFixed(0)} ms` : ''}; longest main-thread task by CPU ${Math.max(0, ...cpu).toFixed(0)} ms`);

  // The results are the analysis's, not the design's: no undo step, nothing to save.
  await expect(undo).toBeDisabled();
  await expect(saveStatus(page)).toHaveAttribute('aria-label', 'Autosave: Saved');
  // The goal on CPU time (perfTrace.ts says why); the wall-clock long tasks are printed above.
  expect(cpu.filter((d) => d >= 50)).toEqual([]);
});
