// `npm run perf`: the main thread while what-if jobs run on the worker pool. Targets (issues 11
// and 24, QUALITY.md): no long task ≥ 50 ms while the n−1 analysis and the 64-point sweep of the
// 128-server template run and their results arrive (table, verdict, four charts); n−1 on the
// 1,000-server wizard design shows its progress and finishes with no long task ≥ 50 ms.
//
// Long tasks are wall-clock time: on a machine whose cores are busy (the pool's workers, or other
// work) the main thread is descheduled in the middle of a 5 ms task and the observer reports a
// "long task" that did no work. So the spec also records a Chromium trace and reports each
// main-thread task's CPU time, which is what the app controls; a task of ≥ 50 ms CPU fails.
import { expect, test, type Page } from '@playwright/test';
import { defaultSizingInput, sizeDesign } from '../src/scenarios';
import { openApp, openDesignFile, saveStatus, simStatus } from './app';
import { cpuSummary, tasksOver, traced } from './perfTrace';

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

/**
 * Records, in the page, each progress count the n−1 section shows ("12 of 62 failures…"): a
 * MutationObserver on the section, so the spec sees the progress without polling the page.
 */
async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __progress: Array<{ done: number; total: number }> };
    w.__progress = [];
    const section = document.querySelector('[aria-label="n−1 analysis"]')!;
    const seen = (): void => {
      const bar = section.querySelector('[role="progressbar"]');
      if (!bar) return;
      const done = Number(bar.getAttribute('aria-valuenow'));
      const last = w.__progress.at(-1);
      if (last?.done !== done) w.__progress.push({ done, total: Number(bar.getAttribute('aria-valuemax')) });
    };
    new MutationObserver(seen).observe(section, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuenow'] });
  });
}
const progressSeen = (page: Page): Promise<Array<{ done: number; total: number }>> => page.evaluate(() => (window as unknown as { __progress: Array<{ done: number; total: number }> }).__progress);

test('n−1 of the 1,000-server wizard design shows its progress and keeps the main thread free', async ({ page, browser }) => {
  test.setTimeout(600_000); // two cores shared with other work: opening and simulating 1,000 servers takes minutes
  // The design the sizing wizard makes for 1,000 servers with HA on 2007 InfiniBand (sizing.spec.ts
  // drives the wizard itself), opened from a file and reloaded like a saved design.
  const sized = sizeDesign({ ...defaultSizingInput('2007', 'infiniband'), servers: 1000, ha: true });
  if (!sized.ok) throw new Error(sized.error);
  await page.goto('/');
  await expect(simStatus(page)).toHaveText(/Up to date/, { timeout: 60_000 });
  await openDesignFile(page, sized.result.design);
  await page.reload();
  await expect(simStatus(page)).toHaveText(/Up to date/, { timeout: 150_000 });
  await page.getByRole('tab', { name: /^What-if/ }).click();
  await expect(page.getByRole('button', { name: 'Run n−1' })).toBeVisible();
  await page.waitForTimeout(1000); // the lazy chunk and first paint are start-up, not the job
  await watchProgress(page);
  await watchLongTasks(page);
  const run = await traced(browser, page, async () => {
    const t = Date.now();
    await page.locator('button:text-is("Run n−1")').click();
    await shown(page, 'status', 'HA verdict');
    return Date.now() - t;
  });
  const long = await longTasks(page);
  const progress = await progressSeen(page);
  const total = progress[0]?.total ?? 0;
  // Checked after the measurement, with role locators: the verdict and the ranked table a user reads.
  await expect(page.getByRole('status', { name: 'HA verdict' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'n−1 table' }).getByRole('row')).not.toHaveCount(0);
  console.log(
    `PERF what-if: n−1 of the 1,000-server wizard design (${total} simulations) ${run.value} ms on ${await page.evaluate(() => navigator.hardwareConcurrency)} cores; progress shown at ${progress.map((p) => p.done).join(' ')}; long tasks (wall clock) ${ms(long)}; ${cpuSummary(run.cpu)}`,
  );
  // Progress: the bar appeared, counted up and never past the total.
  expect(total).toBeGreaterThan(0);
  expect(progress.some((p) => p.done > 0 && p.done < total)).toBe(true);
  expect(progress.every((p, i) => p.done <= total && (i === 0 || p.done >= progress[i - 1]!.done))).toBe(true);
  // The goal on CPU time (perfTrace.ts says why); the wall-clock long tasks are printed above.
  expect(tasksOver(run.cpu, 50)).toEqual([]);
});
