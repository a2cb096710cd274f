// Main-thread CPU per task, from a Chromium trace, for the perf specs' long-task goals.
//
// The longtask observer reports wall-clock time: on this machine's two cores, shared with other
// work, the main thread is descheduled in the middle of a 5 ms task and the observer reports a
// "long task" that did no work (seen: 130 ms wall-clock tasks at load 7 that were 20 ms of CPU).
// A task's CPU time is what the app controls, so the specs assert their goals on it and print
// the wall-clock figures beside it, with the load. Frame-time goals stay on rAF frame times; the
// main thread's CPU a frame is printed beside them as a diagnostic.
import { loadavg } from 'node:os';
import type { Browser, Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { message?: string } };
}

/** Marks a spec puts in the trace (console.timeStamp) around a timed interaction. */
export const MARK_START = 'perf:start';
export const MARK_SHOWN = 'perf:shown';
/** Put once per animation frame by a spec's frame recorder: one mark, one frame. */
export const MARK_FRAME = 'perf:frame';

/** What a trace says of the page's main thread (the renderer main thread with the most tasks). */
export interface MainThread {
  /** CPU milliseconds of each task. */
  cpu: number[];
  /** CPU milliseconds of the tasks between one MARK_FRAME and the next (a frame's main-thread work). */
  frameCpu: number[];
  /** The tasks of ≥ 50 ms CPU, each with what took longest inside it: for the report when a goal fails. */
  slow: string[];
  /**
   * Per MARK_START…MARK_SHOWN pair: CPU milliseconds of the tasks that started in between on the
   * page's main thread and its workers (the simulator's): the work from a click to its result.
   */
  markedCpu: number[];
}

function topLevel(tasks: TraceEvent[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of [...tasks].sort((a, b) => a.ts - b.ts)) {
    if (e.ts < end) continue;
    out.push(e);
    end = e.ts + (e.dur ?? 0);
  }
  return out;
}

/** The three longest events inside a task on its thread, by name: what the task was doing. */
function inside(events: TraceEvent[], task: TraceEvent): string {
  const end = task.ts + (task.dur ?? 0);
  const within = events.filter((e) => e !== task && e.ph === 'X' && e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts < end);
  return within
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .slice(0, 3)
    .map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(0)} ms`)
    .join(', ') || 'no inner events';
}

function append<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function mainThread(trace: Buffer): MainThread {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const threadsNamed = (name: string): Set<string> => new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === name).map((e) => `${e.pid}:${e.tid}`));
  const mains = threadsNamed('CrRendererMain');
  const workers = threadsNamed('DedicatedWorker thread');
  const tasks = new Map<string, TraceEvent[]>();
  const marks: TraceEvent[] = [];
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.name === 'TimeStamp' && mains.has(thread)) marks.push(e);
    if (e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.tdur !== undefined && (mains.has(thread) || workers.has(thread))) append(tasks, thread, e);
  }
  // Top-level tasks only: a task run inside another (a nested run loop) is part of its CPU already.
  for (const [t, l] of tasks) tasks.set(t, topLevel(l));
  const [thread, list] = [...tasks].filter(([t]) => mains.has(t)).sort((a, b) => b[1].length - a[1].length)[0] ?? ['', []];
  const pid = thread.split(':')[0];
  const pageTasks = [...tasks].filter(([t]) => t === thread || (workers.has(t) && t.split(':')[0] === pid)).flatMap(([, l]) => l);
  marks.sort((a, b) => a.ts - b.ts);
  const starts = marks.filter((m) => m.args?.data?.message === MARK_FRAME).map((m) => m.ts);
  const cpuIn = (from: number, to: number, of: TraceEvent[]): number => of.filter((e) => e.ts >= from && e.ts < to).reduce((sum, e) => sum + e.tdur! / 1000, 0);
  // Each frame's share: the tasks that start from its mark up to the next frame's.
  const frameCpu = starts.slice(0, -1).map((t, i) => cpuIn(t, starts[i + 1]!, list));
  const markedCpu: number[] = [];
  const timed = marks.filter((m) => m.args?.data?.message !== MARK_FRAME);
  timed.forEach((m, i) => {
    const end = timed[i + 1];
    if (m.args?.data?.message === MARK_START && end?.args?.data?.message === MARK_SHOWN) markedCpu.push(cpuIn(m.ts, end.ts, pageTasks));
  });
  const slow = list.filter((e) => e.tdur! >= 50_000).map((task) => `${(task.tdur! / 1000).toFixed(0)} ms: ${inside(events, task)}`);
  return { cpu: list.map((e) => e.tdur! / 1000), frameCpu, markedCpu, slow };
}

/** Runs `run` while Chromium traces the page: its result and what the page's main thread did meanwhile. */
export async function traced<T>(browser: Browser, page: Page, run: () => Promise<T>): Promise<{ value: T } & MainThread> {
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  const value = await run();
  const seen = mainThread(await browser.stopTracing());
  if (seen.slow.length) console.log(`PERF main-thread tasks of ≥ 50 ms CPU: ${seen.slow.join('; ')}`);
  return { value, ...seen };
}

/** The main-thread tasks of at least `limitMs` of CPU: the ones a goal "no task ≥ limitMs" forbids. */
export const tasksOver = (cpu: number[], limitMs: number): number[] => cpu.filter((d) => d >= limitMs).map((d) => Math.round(d));

/** "longest 12 ms of CPU in 208 tasks" and the load, for a PERF line. */
export const cpuSummary = (cpu: number[]): string =>
  `main thread by CPU: longest ${Math.max(0, ...cpu).toFixed(0)} ms in ${cpu.length} tasks (load average ${loadavg()[0]!.toFixed(1)})`;
