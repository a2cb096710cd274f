// A worker that cannot start never strands the page: its script 404s (a network blip, a redeploy
// that renamed the hashed file) or spins at start, and the page says so, with Retry; Retry and the
// next edit start a fresh worker each time. Faults are made by routing the worker's script.
import { expect, test, type Page, type Route } from '@playwright/test';
import { START_BUDGET_MS } from '../src/worker/startBudget';
import { results, showTab, simStatus, waitUpToDate } from './app';

const SIM_WORKER = /\/assets\/sim\.worker-[^/]*\.js$/;
const WHAT_IF_WORKER = /\/assets\/whatIf\.worker-[^/]*\.js$/;
const long = (): { timeout: number } => ({ timeout: test.info().timeout });

/** The worker script fails its first `n` fetches (404), then is served. Returns the fetch count. */
async function failFirst(page: Page, script: RegExp, n: number, how: 'not found' | 'spins' = 'not found'): Promise<() => number> {
  let fetches = 0;
  await page.route(script, async (route: Route) => {
    fetches++;
    if (fetches > n) return route.continue();
    if (how === 'not found') return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
    // A script that never says its first word: it spins as soon as it runs.
    return route.fulfill({ status: 200, contentType: 'text/javascript', body: 'for (;;) {}' });
  });
  return () => fetches;
}

const simAlert = (page: Page) => results(page).getByRole('alert');

/** A measured time, kept with the test's result and printed. */
function measured(type: string, description: string): void {
  test.info().annotations.push({ type, description });
  console.log(`${test.info().title}: ${type} ${description}`);
}

/** Wait until the simulation is up to date or failed; true when up to date. */
async function settled(page: Page): Promise<boolean> {
  await expect(simStatus(page)).toHaveText(/Up to date|Simulation failed/, long());
  return /Up to date/.test(await simStatus(page).innerText());
}

async function toggleServersInCost(page: Page): Promise<void> {
  await showTab(page, 'Inspector');
  await page.getByRole('checkbox', { name: /^Include servers and storage/ }).click();
  await showTab(page, 'Results');
}

for (const n of [1, 2, 3]) {
  test(`the simulator's script 404s for its first ${n} fetch(es): reported, and Retry recovers`, async ({ page }) => {
    const fetches = await failFirst(page, SIM_WORKER, n);
    await page.goto('/');
    const times: number[] = [];
    let retries = 0;
    while (!(await settled(page))) {
      await expect(simAlert(page)).toContainText("The simulator could not start: the simulation worker's script could not be loaded");
      const t0 = Date.now();
      await simAlert(page).getByRole('button', { name: 'Retry' }).click();
      retries++;
      expect(retries).toBeLessThanOrEqual(n);
      await settled(page);
      times.push(Date.now() - t0);
    }
    expect(retries).toBe(n); // each Retry a fresh worker: one fetch each
    expect(fetches()).toBe(n + 1);
    await expect(simAlert(page)).toHaveCount(0);
    measured('retry → settled (ms)', times.join(', '));
  });

  test(`the simulator's script 404s for its first ${n} fetch(es): the next edit recovers`, async ({ page }) => {
    const fetches = await failFirst(page, SIM_WORKER, n);
    await page.goto('/');
    const times: number[] = [];
    let edits = 0;
    while (!(await settled(page))) {
      await expect(simAlert(page)).toContainText('could not start');
      const t0 = Date.now();
      await toggleServersInCost(page);
      edits++;
      expect(edits).toBeLessThanOrEqual(n);
      await settled(page);
      times.push(Date.now() - t0);
    }
    expect(edits).toBe(n);
    expect(fetches()).toBe(n + 1);
    measured('edit → settled (ms)', times.join(', '));
  });
}

test('a simulator that spins at start is reported within its start-up budget, shown as "Starting…", and Retry recovers once the script is served', async ({ page }) => {
  await failFirst(page, SIM_WORKER, 1, 'spins');
  const t0 = Date.now();
  await page.goto('/');
  await expect(simStatus(page)).toHaveText('Starting…');
  await expect(simAlert(page)).toContainText(`The simulator did not start within ${START_BUDGET_MS / 1000} s`, long());
  const reported = Date.now() - t0;
  expect(reported).toBeGreaterThanOrEqual(START_BUDGET_MS);
  expect(reported).toBeLessThan(START_BUDGET_MS + 10_000);
  const t1 = Date.now();
  await simAlert(page).getByRole('button', { name: 'Retry' }).click();
  await waitUpToDate(page);
  await expect(simAlert(page)).toHaveCount(0);
  measured('reported after (ms)', String(reported));
  measured('retry → up to date (ms)', String(Date.now() - t1));
});

const whatIfTab = (page: Page) => page.getByRole('tab', { name: /^What-if/ });
const nMinus1 = (page: Page) => page.getByRole('region', { name: 'n−1 analysis' });
const verdict = (page: Page) => page.getByRole('status', { name: 'HA verdict' });

async function openWhatIf(page: Page): Promise<void> {
  await page.goto('/');
  await waitUpToDate(page);
  await whatIfTab(page).click();
}

for (const n of [1, 2, 3]) {
  test(`a what-if worker's script 404s for its first ${n} fetch(es): reported, and Retry recovers`, async ({ page }) => {
    const fetches = await failFirst(page, WHAT_IF_WORKER, n);
    await openWhatIf(page);
    await nMinus1(page).getByRole('button', { name: 'Run n−1' }).click();
    let retries = 0;
    const times: number[] = [];
    const done = verdict(page).or(nMinus1(page).getByRole('alert'));
    for (;;) {
      await expect(done).toBeVisible(long());
      if (await verdict(page).isVisible()) break;
      await expect(nMinus1(page).getByRole('alert')).toContainText("A what-if worker could not start: the what-if worker's script could not be loaded");
      const t0 = Date.now();
      await nMinus1(page).getByRole('button', { name: 'Retry' }).click();
      retries++;
      expect(retries).toBeLessThanOrEqual(n);
      await expect(done).toBeVisible(long());
      times.push(Date.now() - t0);
    }
    await expect(verdict(page)).toContainText('Survives any single failure: no');
    expect(retries).toBeGreaterThanOrEqual(1);
    expect(fetches()).toBeGreaterThan(n);
    measured('retry → settled (ms)', times.join(', '));
  });
}

test('what-if workers that spin at start are reported within the start-up budget, and Retry recovers once the script is served', async ({ page }) => {
  await failFirst(page, WHAT_IF_WORKER, 99, 'spins');
  await openWhatIf(page);
  const t0 = Date.now();
  await nMinus1(page).getByRole('button', { name: 'Run n−1' }).click();
  await expect(nMinus1(page).getByRole('progressbar')).toHaveText('Starting…');
  await expect(nMinus1(page).getByRole('alert')).toContainText(`The what-if workers did not start within ${START_BUDGET_MS / 1000} s`, long());
  const reported = Date.now() - t0;
  expect(reported).toBeGreaterThanOrEqual(START_BUDGET_MS);
  expect(reported).toBeLessThan(START_BUDGET_MS + 10_000);
  await page.unroute(WHAT_IF_WORKER);
  const t1 = Date.now();
  await nMinus1(page).getByRole('button', { name: 'Retry' }).click();
  await expect(verdict(page)).toContainText('Survives any single failure: no', long());
  measured('reported after (ms)', String(reported));
  measured('retry → verdict (ms)', String(Date.now() - t1));
});
