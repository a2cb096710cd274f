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

/**
 * Brings the Results tab forward and waits for "Up to date", checking once a frame. A selection on
 * the canvas brings the Inspector forward in a transition, and a drag may select more than once
 * (on press, on release): a transition can land after a click on Results, so the tab is clicked
 * again whenever it is not the one shown, as a user would.
 */
export function resultsUpToDate(page: Page, timeout = 60_000): Promise<unknown> {
  return page.waitForFunction(
    (selector) => {
      const tab = document.getElementById('tab-results');
      if (tab?.getAttribute('aria-selected') !== 'true') {
        tab?.click();
        return false;
      }
      return /Up to date/.test(document.querySelector(selector)?.textContent ?? '');
    },
    RESULTS_STATUS,
    { polling: 'raf', timeout },
  );
}
