// Large designs readable (issue 23, item 1): the sizing wizard's 1,000-server HA design opens
// with each pod collapsed to one box, every name on the canvas is whole or shortened at a word
// boundary (the whole name in its title), a pod expands in place by keyboard and by click, and
// Fit keeps every box clear of the minimap. At both viewports the issue names.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { isWholeWordPrefix } from '../src/layout/shortName';
import { canvas, openApp } from './app';

const NAMES = '.iov-node__label, .iov-node__part, .iov-adapter__name, .iov-group__label';

/** The wizard's 1,000-server design with HA on 2007 Ethernet + Fibre Channel (14 pods, 193 nodes). */
async function createThousandServerHa(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^New/ }).click();
  await page.getByRole('menuitem', { name: /^Sizing wizard/ }).click();
  const wizard = page.getByRole('dialog', { name: 'Sizing wizard' });
  await wizard.getByRole('radio', { name: /^Ethernet \+ Fibre Channel/ }).check();
  await wizard.getByLabel(/^Servers$/).fill('1000');
  await wizard.getByRole('checkbox', { name: /High availability/ }).check();
  await wizard.getByRole('button', { name: 'Create design' }).click();
  await expect(wizard).toBeHidden();
}

/** Each visible name: its text is whole, or whole words and "…" (the full name is its title), and nothing of it is clipped. */
async function expectWholeNames(page: Page): Promise<number> {
  const names = await canvas(page)
    .locator(NAMES)
    .evaluateAll((els) =>
      els
        .filter((e) => (e as HTMLElement).offsetParent !== null && getComputedStyle(e).visibility !== 'hidden')
        .map((e) => ({ shown: e.textContent ?? '', full: e.getAttribute('title') ?? e.closest('[title]')?.getAttribute('title')?.split('\n')[0] ?? '', clipped: e.scrollWidth > e.clientWidth + 0.5 })),
    );
  expect(names.length).toBeGreaterThan(0);
  for (const n of names) {
    expect(isWholeWordPrefix(n.shown, n.full), `"${n.shown}" is "${n.full}" or whole words of it`).toBe(true);
    expect(n.clipped, `"${n.shown}" is not clipped`).toBe(false);
  }
  return names.length;
}

/** Every node and group box on the canvas is clear of the minimap (left of it or above it). */
async function expectClearOfMinimap(page: Page): Promise<void> {
  const minimap = (await canvas(page).getByRole('img', { name: /^Minimap/ }).boundingBox())!;
  await expect
    .poll(async () =>
      canvas(page)
        .locator('.react-flow__node')
        .evaluateAll((els, m) => els.filter((e) => {
          const b = e.getBoundingClientRect();
          return b.width > 0 && !(b.right <= m.x || b.bottom <= m.y);
        }).map((e) => e.getAttribute('data-id')), minimap),
    )
    .toEqual([]);
}

/** Serious and critical WCAG 2.2 A/AA violations on the canvas, each with where it is. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).include('.react-flow__viewport').analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const box = (page: Page, pod: number) => canvas(page).locator('.react-flow__node').filter({ has: page.getByRole('button', { name: `Expand Pod ${pod}`, exact: true }) });
const serversOf = (page: Page, pod: number) => canvas(page).getByRole('group', { name: `Servers, pod ${pod}`, exact: true });

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`the 1,000-server HA design opens collapsed and reads whole at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(viewport);
    await openApp(page);
    await createThousandServerHa(page);

    // Collapsed: one box per pod (14), none of their members drawn.
    await expect(canvas(page).getByRole('button', { name: /^Expand Pod \d+$/ })).toHaveCount(14);
    await expect(serversOf(page, 3)).toHaveCount(0);
    // Pod 3: 72 servers; Ethernet aggregation 24 + 8 rails × 3 leaves, FC aggregation 16 + 2 rails × 5
    // leaves = 74 switches, in 13 nodes (servers, 2 aggregations, 10 leaf stacks).
    await expect(box(page, 3)).toContainText(/Pod 3\s*72 servers · 74 switches\s*Expand\s*13 nodes collapsed/);
    await page.getByRole('button', { name: 'Fit' }).click();
    await expectClearOfMinimap(page);
    await expectWholeNames(page);
    // The capex in the strip under the canvas is whole (not clipped at 1280 px).
    const budget = page.getByRole('region', { name: 'Live budget' });
    await expect(budget.getByText('Capex')).toBeVisible({ timeout: 120_000 });
    expect(await budget.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    await page.screenshot({ path: test.info().outputPath(`collapsed-${viewport.width}.png`) });

    // Collapsed, the canvas passes axe (the boxes are their own Expand buttons, as big as their pods).
    expect(await seriousViolations(page)).toEqual([]);

    // Expand pod 3 by keyboard: its members come back inside the box's place, focus on the first.
    const at = (await box(page, 3).boundingBox())!;
    await page.getByRole('button', { name: 'Expand Pod 3', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(serversOf(page, 3)).toBeVisible();
    await expect(serversOf(page, 3)).toBeFocused();
    for (const name of ['Servers, pod 3', 'Ethernet aggregation, pod 3', 'FC leaves, rail B, pod 3']) {
      const b = (await canvas(page).getByRole('group', { name, exact: true }).boundingBox())!;
      expect(b.x >= at.x - 1 && b.y >= at.y - 1 && b.x + b.width <= at.x + at.width + 1 && b.y + b.height <= at.y + at.height + 1, `${name} inside the box's place`).toBe(true);
    }
    await expect(page.getByRole('button', { name: 'Expand Pod 3', exact: true })).toHaveCount(0);
    // Collapse it again by keyboard, then expand pod 5 by click.
    await page.getByRole('button', { name: 'Collapse Pod 3', exact: true }).press('Enter');
    await expect(serversOf(page, 3)).toHaveCount(0);
    await page.getByRole('button', { name: 'Expand Pod 5', exact: true }).click();
    await expect(serversOf(page, 5)).toBeVisible();
    await expect(canvas(page).getByRole('group', { name: 'Ethernet leaves, rail H, pod 5', exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Fit' }).click();
    await expectClearOfMinimap(page);
    await expectWholeNames(page);
    await page.screenshot({ path: test.info().outputPath(`expanded-${viewport.width}.png`) });

    // Expanded, zoomed in to where its cards are read (at Fit's zoom every card's controls are
    // below 24 px, as on any large design): the Collapse tag passes axe too.
    const zoomIn = page.getByRole('button', { name: 'Zoom In' });
    const tag = page.getByRole('button', { name: 'Collapse Pod 5', exact: true });
    for (let i = 0; i < 12 && ((await tag.boundingBox())?.height ?? 0) < 30; i++) await zoomIn.click();
    await tag.scrollIntoViewIfNeeded();
    expect(await seriousViolations(page)).toEqual([]);

    // Tidy keeps each pod's members together: after it and Fit, no two pod boxes overlap and all is clear of the minimap.
    await tag.press('Enter');
    await expect(serversOf(page, 5)).toHaveCount(0);
    await page.getByRole('button', { name: 'Tidy' }).click();
    await expect(page.getByRole('button', { name: 'Tidy' })).toBeEnabled({ timeout: 90_000 });
    await page.getByRole('button', { name: 'Fit' }).click();
    await expectClearOfMinimap(page);
    const boxes = await canvas(page).locator('.react-flow__node-groupBox').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes).toHaveLength(14);
    await page.screenshot({ path: test.info().outputPath(`tidied-${viewport.width}.png`) });
    for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(a.right <= b.left + 1 || b.right <= a.left + 1 || a.bottom <= b.top + 1 || b.bottom <= a.top + 1).toBe(true);
  });
}
