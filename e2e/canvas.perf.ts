// `npm run perf`, canvas part: how the built app feels on designs of ~100, 1,000 and 5,000 nodes,
// measured in real Chromium on the main thread: p95 frame time (requestAnimationFrame deltas) and
// long tasks (PerformanceObserver 'longtask', ≥ 50 ms, wall clock) and each main-thread task's CPU
// time from a trace. Goals (QUALITY.md, issue 12), each asserted, the long-task ones on CPU time
// (perfTrace.ts says why): no long task ≥ 50 ms while panning and dragging ~100 nodes; none when a
// drag starts on 1,000; p95 frame ≤ 20 ms while dragging (rAF frame times, wall clock); no task ≥ 200 ms while a 5,000-node
// design opens or is renamed.
import { expect, test, type Page } from '@playwright/test';
import type { Design } from '../src/domain';
import { generateFlatDesign } from '../src/scenarios';
import { canvas, openDesignFile, simStatus } from './app';
import { statusMatches } from './perfDom';
import { centralBox } from './overviewBoxes';
import { cpuSummary, MARK_FRAME, tasksOver, traced } from './perfTrace';

const p95 = (xs: number[]): number => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]! : 0);
const max = (xs: number[]): number => (xs.length ? Math.max(...xs) : 0);

/** Opens a design from a file and lets the library store it: a reload then opens it like a saved design. */
async function openSaved(page: Page, design: Design): Promise<void> {
  await page.goto('/');
  await expect(simStatus(page)).toHaveText(/Up to date/, { timeout: 60_000 });
  await openDesignFile(page, design);
}

/** Starts recording long tasks and frame times (from now until stop()); each frame marked in a trace. */
async function record(page: Page): Promise<void> {
  await page.evaluate((mark) => {
    const w = window as unknown as { __perf: { long: number[]; frames: number[]; on: boolean } };
    w.__perf = { long: [], frames: [], on: true };
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__perf.on && w.__perf.long.push(e.duration))).observe({ type: 'longtask', buffered: false });
    let last = performance.now();
    const tick = (t: number): void => {
      if (!w.__perf.on) return;
      console.timeStamp(mark);
      w.__perf.frames.push(t - last);
      last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, MARK_FRAME);
}
async function stop(page: Page): Promise<{ long: number[]; frames: number[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __perf: { long: number[]; frames: number[]; on: boolean } };
    w.__perf.on = false;
    return { long: w.__perf.long, frames: w.__perf.frames.slice(2) };
  });
}
const report = (what: string, r: { long: number[]; frames: number[] }): string =>
  `PERF ${what}: ${r.frames.length} frames, p95 frame ${p95(r.frames).toFixed(1)} ms; long tasks ${r.long.length}, longest ${max(r.long).toFixed(0)} ms`;

/** A node near the middle of the visible canvas. */
async function centralNode(page: Page): Promise<{ x: number; y: number }> {
  const area = (await canvas(page).boundingBox())!;
  const cx = area.x + area.width / 2;
  const cy = area.y + area.height / 2;
  // The middle of the node: zoomed out a node is a few pixels tall, and a point below it pans the view instead.
  const boxes = await canvas(page).getByRole('group').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 })));
  return boxes.reduce((b, x) => (Math.hypot(x.x - cx, x.y - cy) < Math.hypot(b.x - cx, b.y - cy) ? x : b));
}

async function drag(page: Page, from: { x: number; y: number }, steps: number): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    const phase = (i / steps) * Math.PI * 2;
    await page.mouse.move(from.x + Math.sin(phase) * 80, from.y + Math.sin(phase * 2) * 40);
  }
  await page.mouse.up();
}

test('a ~100-node design pans and drags without long tasks', async ({ page, browser }) => {
  test.setTimeout(300_000); // two cores shared with other work: opening, reloading and simulating take minutes
  const design = generateFlatDesign({ nodes: 100 });
  await openSaved(page, design);
  await page.reload();
  await expect(simStatus(page)).toHaveText(/Up to date/, { timeout: 60_000 });
  await page.waitForTimeout(800);
  // Pan: 20 steps of a drag on the empty background, as a new user does.
  const area = (await canvas(page).boundingBox())!;
  const panned = await traced(browser, page, async () => {
    await record(page);
    const t0 = Date.now();
    await page.mouse.move(area.x + 30, area.y + area.height - 30);
    await page.mouse.down();
    for (let i = 1; i <= 20; i++) await page.mouse.move(area.x + 30 + i * 12, area.y + area.height - 30 - i * 6);
    await page.mouse.up();
    const ms = Date.now() - t0;
    return { ms, ...(await stop(page)) };
  });
  console.log(`${report('pan 20 steps on 100 nodes / ' + design.links.length + ' cables', panned.value)}; ${panned.value.ms} ms for the 20 steps; ${cpuSummary(panned.cpu)}`);
  // The node to drag is found between the two measurements (a role query scans the page).
  const node = await centralNode(page);
  const dragged = await traced(browser, page, async () => {
    await record(page);
    await drag(page, node, 60);
    return stop(page);
  });
  console.log(`${report('drag on 100 nodes', dragged.value)}; ${cpuSummary(dragged.cpu)}`);
  expect(panned.value.frames.length + dragged.value.frames.length).toBeGreaterThan(10);
  expect(tasksOver([...panned.cpu, ...dragged.cpu], 50)).toEqual([]);
});

test('a drag starts on a 1,000-node design without a long task', async ({ page, browser }) => {
  test.setTimeout(300_000);
  const design = generateFlatDesign({ nodes: 1000 });
  await openSaved(page, design);
  await page.reload();
  await expect(simStatus(page)).toHaveText(/Up to date/, { timeout: 150_000 });
  // The inspector is open, as while editing: selecting the dragged node renders its Ports section.
  await page.getByRole('tab', { name: /^Inspector/ }).click();
  await page.waitForTimeout(1000);
  // Fitted, 1,000 nodes are in view: the overview draws them (largeDesign.ts), and its boxes are dragged.
  const box = await centralBox(page, design);
  const at = { x: box.cx, y: box.cy };
  const started = await traced(browser, page, async () => {
    await record(page);
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(at.x + i * 3, at.y + i);
    await page.waitForTimeout(300);
    return stop(page);
  });
  // A node drag selects the node (a pan would not): the figures are for a drag.
  await expect(canvas(page).locator('.react-flow__node.selected')).toHaveCount(1);
  console.log(`${report('drag start on 1,000 nodes (inspector open)', started.value)}; ${cpuSummary(started.cpu)}`);
  const dragged = await traced(browser, page, async () => {
    await record(page);
    for (let i = 1; i <= 120; i++) {
      const phase = (i / 120) * Math.PI * 2;
      await page.mouse.move(at.x + 30 + Math.sin(phase) * 80, at.y + 10 + Math.sin(phase * 2) * 40);
    }
    await page.mouse.up();
    return stop(page);
  });
  console.log(`${report('drag on 1,000 nodes', dragged.value)}; main-thread CPU a frame: p95 ${p95(dragged.frameCpu).toFixed(1)} ms over ${dragged.frameCpu.length} frames`);
  expect(tasksOver(started.cpu, 50)).toEqual([]);
  expect(dragged.value.frames.length).toBeGreaterThan(10);
  // The frame goal on rAF frame times, as QUALITY.md states it: a loaded machine drops frames, so
  // this can fail under load. The main thread's CPU a frame is printed beside it (not asserted: it
  // counts a task in the frame it starts in, and has read higher than the frame times themselves).
  expect(p95(dragged.value.frames)).toBeLessThanOrEqual(20);
});

test('a 5,000-node design opens and renames without freezing the tab', async ({ page, browser }) => {
  test.setTimeout(300_000);
  await openSaved(page, generateFlatDesign({ nodes: 5000 }));
  // From navigation: the longtask observer is installed before any app script runs.
  await page.addInitScript(() => {
    const w = window as unknown as { __perf: { long: number[]; frames: number[]; on: boolean } };
    w.__perf = { long: [], frames: [], on: true };
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__perf.on && w.__perf.long.push(e.duration))).observe({ type: 'longtask', buffered: true });
    let last = performance.now();
    const tick = (t: number): void => {
      if (!w.__perf.on) return;
      w.__perf.frames.push(t - last);
      last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const t0 = Date.now();
  const opening = await traced(browser, page, async () => {
    await page.reload();
    // Opened: the overview drawing is up (the simulator may still be working in its worker). Plain
    // DOM probes while measuring (perfDom.ts).
    await page.waitForFunction(
      () =>
        /5000 nodes/.test(document.querySelector<HTMLTextAreaElement>('[aria-label="Design name"]')?.value ?? '') &&
        document.querySelector('[aria-label="Design canvas"] :is(canvas.iov-overview, .react-flow__node)') !== null,
      undefined,
      { polling: 'raf', timeout: 120_000 },
    );
    const shownMs = Date.now() - t0;
    const settled = await statusMatches(page, /Up to date|failed|too large|supported/i, 150_000)
      .then(() => true)
      .catch(() => false);
    return { shownMs, settled, openMs: Date.now() - t0, ...(await stop(page)) };
  });
  const { shownMs, settled, openMs } = opening.value;
  console.log(`PERF 5,000-node design shown as ${(await canvas(page).locator('canvas.iov-overview').count()) ? 'the overview drawing' : `${await canvas(page).getByRole('group').count()} mounted nodes`}`);
  console.log(`PERF 5,000-node design shown after ${shownMs} ms; results ${settled ? `after ${openMs} ms` : `still computing after ${openMs} ms (simulator, in its worker)`}`);
  console.log(`${report('opening a 5,000-node design', opening.value)}; ${openMs} ms until settled; status: ${await simStatus(page).innerText()}; ${cpuSummary(opening.cpu)}`);
  const renaming = await traced(browser, page, async () => {
    await record(page);
    // By its label attribute: getByLabel would scan the page's labels in its main thread.
    const name = page.locator('[aria-label="Design name"]');
    await name.fill('Renamed 5,000-node design');
    await name.press('Enter');
    await page.waitForTimeout(1500);
    return stop(page);
  });
  console.log(`${report('renaming the 5,000-node design', renaming.value)}; ${cpuSummary(renaming.cpu)}`);
  expect(settled).toBe(true);
  expect(opening.value.frames.length).toBeGreaterThan(0);
  expect(tasksOver(opening.cpu, 200)).toEqual([]);
  expect(tasksOver(renaming.cpu, 200)).toEqual([]);
});
