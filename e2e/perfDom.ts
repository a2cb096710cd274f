// Plain DOM probes for the perf specs. Role locators and their polls compute ARIA roles over the
// whole page in the page's main thread (30–60 ms a poll, seen in a profile): long tasks the app
// did not cause. While measuring, the perf specs wait with these instead.
import type { Page } from '@playwright/test';

/** The results panel's status ("Up to date", "Computing…"). */
export const RESULTS_STATUS = '[aria-label="Results"] [role="status"]';

/** Waits until the results status matches `pattern`, checking once a frame. */
export function statusMatches(page: Page, pattern: RegExp, timeout = 60_000): Promise<unknown> {
  return page.waitForFunction(([selector, source, flags]) => new RegExp(source, flags).test(document.querySelector(selector)?.textContent ?? ''), [RESULTS_STATUS, pattern.source, pattern.flags] as const, {
    polling: 'raf',
    timeout,
  });
}
