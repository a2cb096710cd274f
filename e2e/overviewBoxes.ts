// Where the overview draws a design's nodes on screen (OverviewLayer: each node's box from its
// position and estimated size), for specs that press and drag them: the overview is one <canvas>
// with nothing in the DOM to locate.
import type { Page } from '@playwright/test';
import { catalogFor } from '../src/catalog';
import type { Design } from '../src/domain';
import { estimateNodeSize } from '../src/layout';

export interface ScreenBox {
  id: string;
  x: number;
  y: number;
  /** The box's middle, in page pixels. */
  cx: number;
  cy: number;
}

/** Each node's box as drawn now, in page pixels (from the viewport's transform), in design order. */
export async function overviewBoxes(page: Page, design: Design): Promise<ScreenBox[]> {
  const view = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    const m = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);
    return { left: pane.left, top: pane.top, zoom: m.a, tx: m.e, ty: m.f };
  });
  const catalog = catalogFor(design);
  return design.nodes.map((n) => {
    const size = estimateNodeSize(n, catalog);
    const x = view.left + view.tx + n.position.x * view.zoom;
    const y = view.top + view.ty + n.position.y * view.zoom;
    return { id: n.id, x, y, cx: x + (size.width * view.zoom) / 2, cy: y + (size.height * view.zoom) / 2 };
  });
}

/** The box nearest the middle of the canvas. */
export async function centralBox(page: Page, design: Design): Promise<ScreenBox> {
  const area = (await page.locator('.react-flow').boundingBox())!;
  const mx = area.x + area.width / 2;
  const my = area.y + area.height / 2;
  return (await overviewBoxes(page, design)).reduce((b, x) => (Math.hypot(x.cx - mx, x.cy - my) < Math.hypot(b.cx - mx, b.cy - my) ? x : b));
}
