// `npm run perf`: how the built app feels while editing, measured in real Chromium.
// Targets (QUALITY.md), each asserted: edit → results ≤ 150 ms median on the 128-server template
// (an edit that re-simulates; a mode switch needs no run); no main-thread task ≥ 50 ms (of CPU,
// perfTrace.ts says why) during drags and edits; p95 frame ≤ 33 ms while dragging on a
// 1,000-node design.
import { expect, test, type Page } from '@playwright/test';
import { generateFlatDesign, TEMPLATES } from '../src/scenarios';
import { canvas, libraryName, openApp, openDesignFile, openTemplate, simStatus } from './app';
import { centralBox } from './overviewBoxes';
import { RESULTS_STATUS, resultsUpToDate, statusMatches } from './perfDom';
import { cpuSummary, MARK_FRAME, MARK_SHOWN, MARK_START, tasksOver, traced } from './perfTrace';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;

/** Records long tasks and frame times (requestAnimationFrame deltas) from now until `stop()`. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate((mark) => {
    const w = window as unknown as { __long: number[]; __frames: number[]; __rec: boolean; __observer?: PerformanceObserver };
    w.__long = [];
    w.__frames = [];
    w.__rec = true;
    // One observer for the page: a second would report each long task twice.
    w.__observer ??= new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__rec && w.__long.push(e.duration)));
    w.__observer.observe({ type: 'longtask', buffered: false });
    let last = performance.now();
    const tick = (t: number): void => {
      if (!w.__rec) return;
      console.timeStamp(mark); // one mark a frame, for the main thread's CPU per frame in a trace
      w.__frames.push(t - last);
      last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, MARK_FRAME);
}
/** Stops recording: the long tasks and frame times since `watchLongTasks`. */
const stopWatching = (page: Page): Promise<{ long: number[]; frames: number[] }> =>
  page.evaluate(() => {
    const w = window as unknown as { __long: number[]; __frames: number[]; __rec: boolean };
    w.__rec = false;
    return { long: w.__long, frames: w.__frames.slice(2) };
  });
const summary = (r: { long: number[]; frames: number[] }): string =>
  `p95 frame ${r.frames.length ? p95(r.frames).toFixed(1) : '–'} ms over ${r.frames.length} frames; long tasks ${r.long.length}, longest ${r.long.length ? Math.max(...r.long).toFixed(0) : 0} ms`;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
/** Where the index-th node is, found before measuring: a role query scans the page in its main thread. */
const nodeBox = async (page: Page, index: number): Promise<Box> => (await canvas(page).getByRole('group').nth(index).boundingBox())!;

/**
 * Drag a node in many small steps, like a hand would, staying well inside the canvas (no autopan).
 * It is grabbed by its header (15, 10 px in), or by its middle when zoomed out so far that the
 * node is smaller than that: a point beside it would pan the view instead of dragging the node.
 */
async function dragNode(page: Page, box: Box, steps: number): Promise<void> {
  const x0 = box.x + Math.min(15, box.width / 2);
  const y0 = box.y + Math.min(10, box.height / 2);
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    const phase = (i / steps) * Math.PI * 2;
    await page.mouse.move(x0 + Math.sin(phase) * 80, y0 + Math.sin(phase * 2) * 40);
  }
  await page.mouse.up();
}

/**
 * Clicks a top-bar control (a mode radio by its text, or a button by its label) and waits for the
 * results to be up to date (for a radio: in that mode), with plain DOM calls in one page task
 * (perfDom.ts says why): the time from the click to the results panel saying so. The click marks
 * the results stale at once (the store's run starts in the same task), so the first frame's check
 * cannot see the old "Up to date".
 */
function timedClick(page: Page, target: { radio: string } | { button: string }): Promise<number> {
  return page.evaluate(
    async ([radioText, buttonLabel, selector, start, shown]) => {
      const status = document.querySelector(selector)!;
      const control = (radioText ? [...document.querySelectorAll('[role="radio"]')].find((r) => r.textContent === radioText) : document.querySelector(`button[aria-label="${buttonLabel}"]`)) as HTMLElement;
      console.timeStamp(start);
      const t0 = performance.now();
      control.click();
      await new Promise<void>((resolve) => {
        const check = (): void => {
          if (/Up to date/.test(status.textContent ?? '') && (!radioText || control.getAttribute('aria-checked') === 'true')) resolve();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
      const ms = performance.now() - t0;
      console.timeStamp(shown);
      return ms;
    },
    ['radio' in target ? target.radio : '', 'button' in target ? target.button : '', RESULTS_STATUS, MARK_START, MARK_SHOWN] as const,
  );
}
/** A mode switch: every run has all three modes, so this is the time to show another one. */
const switchMode = (page: Page, name: string): Promise<number> => timedClick(page, { radio: name });

/**
 * An edit that re-simulates, made as a user would in the Inspector (include servers and storage
 * in cost and power), then back to Results. Undo and Redo then replay it from the top bar.
 */
async function toggleServersInCost(page: Page): Promise<void> {
  await page.getByRole('tab', { name: /^Inspector/ }).click();
  await page.getByRole('checkbox', { name: /^Include servers and storage/ }).click();
  await page.getByRole('tab', { name: /^Results/ }).click();
  await upToDate(page);
}

/** Waits for the results to say "Up to date". */
const upToDate = (page: Page): Promise<unknown> => statusMatches(page, /Up to date/);

test('edit → results and main-thread long tasks on the 128-server template', async ({ page, browser }) => {
  await openApp(page);
  // Let start-up finish (lazy chunks, first paint) so only editing is observed.
  await page.waitForTimeout(1000);
  await watchLongTasks(page);
  const timings: number[] = [];
  const runs: number[] = [];
  const modes = ['Native', 'Pass-through', 'Software'];
  // The nodes to drag are found before measuring (a role query scans the page in its main thread).
  const boxes = await Promise.all([0, 1, 2].map((d) => nodeBox(page, d)));
  const switching = await traced(browser, page, async () => {
    for (let i = 0; i < 21; i++) timings.push(await switchMode(page, modes[i % 3]!));
  });
  // Between the two measurements, the settings edit that undo and redo replay: after the mode
  // switches, so that it is the last step in the history.
  await toggleServersInCost(page);
  const editing = await traced(browser, page, async () => {
    // Edits that re-simulate: undo and redo the settings edit, 10 times.
    for (let i = 0; i < 10; i++) runs.push(await timedClick(page, { button: i % 2 ? 'Redo' : 'Undo' }));
    for (const box of boxes) await dragNode(page, box, 40);
  });
  const cpu = [...switching.cpu, ...editing.cpu];
  await resultsUpToDate(page);
  const all = await stopWatching(page);
  console.log(`PERF editing the 128-server template (21 mode switches, 10 re-simulating edits, 3 drags): ${summary(all)}; ${cpuSummary(cpu)}`);
  console.log(`PERF mode switch → results shown (128-server template, no run): median ${median(timings).toFixed(1)} ms, p95 ${p95(timings).toFixed(1)} ms over ${timings.length} switches`);
  const work = editing.markedCpu;
  console.log(`PERF edit→results (128-server template, undo/redo of a settings edit, re-simulated): median ${median(runs).toFixed(1)} ms, p95 ${p95(runs).toFixed(1)} ms over ${runs.length} edits (wall clock); CPU from click to results (main thread + simulator worker): median ${median(work).toFixed(1)} ms, p95 ${p95(work).toFixed(1)} ms`);
  expect(tasksOver(cpu, 50)).toEqual([]);
  // The latency goal on the work between the click and the result (the main thread, then the
  // worker, then the main thread: one after the other), which a loaded machine does not inflate
  // by descheduling; the wall-clock figure is printed above with the load.
  expect(work).toHaveLength(runs.length);
  expect(median(work)).toBeLessThanOrEqual(150);
});

/** A node near the middle of the canvas, so the drag never reaches the edge. */
async function centralNodeIndex(page: Page): Promise<number> {
  const area = (await canvas(page).boundingBox())!;
  const cx = area.x + area.width / 2;
  const cy = area.y + area.height / 2;
  const boxes = await canvas(page).getByRole('group').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y })));
  let best = 0;
  boxes.forEach((b, i) => {
    if (Math.hypot(b.x - cx, b.y - cy) < Math.hypot(boxes[best]!.x - cx, boxes[best]!.y - cy)) best = i;
  });
  return best;
}

test('frame times while dragging on a 1,000-node design', async ({ page, browser }) => {
  await page.goto('/');
  await expect(simStatus(page)).toHaveText(/Up to date/);
  const design = generateFlatDesign({ nodes: 1000 });
  // Open it from a file (stored in the library), then reload: the app opens it like a saved design.
  await openDesignFile(page, design);
  await page.reload();
  await expect(simStatus(page)).toHaveText(/Up to date/, { timeout: 30_000 });
  await page.screenshot({ path: 'test-results/perf-1000-nodes.png' });
  // Fitted, 1,000 nodes are in view: the overview draws them (largeDesign.ts), and its boxes are dragged.
  const central = await centralBox(page, design);
  const box = { x: central.cx - 1, y: central.cy - 1, width: 2, height: 2 };
  await watchLongTasks(page);
  const { frameCpu } = await traced(browser, page, () => dragNode(page, box, 120));
  const { long, frames } = await stopWatching(page);
  // A node drag selects the node (a pan would not): the figures are for a drag.
  await expect(canvas(page).locator('.react-flow__node.selected')).toHaveCount(1);
  const rendered = await canvas(page).getByRole('group').count();
  console.log(`PERF drag on 1,000-node design: ${frames.length} frames, median ${median(frames).toFixed(1)} ms, p95 ${p95(frames).toFixed(1)} ms; main-thread CPU a frame: p95 ${p95(frameCpu).toFixed(1)} ms over ${frameCpu.length} frames; ${rendered} nodes in the DOM; long tasks ${long.length} (max ${long.length ? Math.max(...long).toFixed(0) : 0} ms)`);
  expect(frames.length).toBeGreaterThan(10);
  // The goal on rAF frame times (wall clock; canvas.perf.ts says why the CPU a frame is not asserted).
  expect(p95(frames)).toBeLessThanOrEqual(33);
});

test('editing every template: mode switches, a rename and a drag, without long tasks', async ({ page, browser }) => {
  test.setTimeout(600_000);
  await openApp(page);
  const slow: string[] = [];
  for (const template of TEMPLATES) {
    await openTemplate(page, template.name);
    await expect(page.getByLabel('Design name')).toHaveValue(libraryName(template.name));
    await expect(simStatus(page)).toHaveText(/Up to date/, { timeout: 60_000 });
    await toggleServersInCost(page);
    await page.waitForTimeout(800);
    const box = await nodeBox(page, await centralNodeIndex(page));
    await watchLongTasks(page);
    const { cpu } = await traced(browser, page, async () => {
      // Two edits that re-simulate (undo, redo: first, while the settings edit is the last step),
      // three mode switches (no run), a rename (no run) and a drag.
      await timedClick(page, { button: 'Undo' });
      await timedClick(page, { button: 'Redo' });
      for (const mode of ['Native', 'Pass-through', 'Software']) await switchMode(page, mode);
      // Found by its label attribute, not getByLabel (which scans the page's labels in its main thread).
      const name = page.locator('[aria-label="Design name"]');
      await name.fill(`${template.name} (edited)`);
      await name.press('Enter');
      await upToDate(page);
      await dragNode(page, box, 30);
      // The drag selected a node, which brings the Inspector forward: once it has, back to Results.
      await page.waitForFunction(() => document.getElementById('tab-inspector')?.getAttribute('aria-selected') === 'true', undefined, { polling: 'raf', timeout: 60_000 });
      await resultsUpToDate(page);
    });
    console.log(`PERF editing “${template.name}” (undo + redo of a settings edit, 3 mode switches, a rename, a 30-step drag): ${summary(await stopWatching(page))}; ${cpuSummary(cpu)}`);
    slow.push(...tasksOver(cpu, 50).map((ms) => `${template.name}: ${ms} ms`));
  }
  expect(slow).toEqual([]);
});
