import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { getTemplate } from '../src/scenarios';
import { node, results, showTab, TEMPLATE } from './app';
import { analysePng, exportFile, openAppForExport, openDesignDocument, pdfPages, resultsReady } from './exports';

const IB = getTemplate('seed-ib-software')!.build(); // the demo design

// Each test builds real files in a worker (a PDF of several pages, 2× bitmaps): on a busy machine
// that takes minutes, not the default 45 s.
test.describe.configure({ timeout: 240_000 });

test('PNG and SVG of the diagram: same picture, cables where they are drawn', async ({ page }) => {
  await openAppForExport(page);
  const svg = await exportFile(page, /SVG/, async (d) => {
    await d.getByRole('button', { name: 'Export' }).click();
  });
  expect(svg.name).toBe('InfiniBand-software-IOV-128-servers.svg');
  const png = await exportFile(page, /PNG/, async (d) => {
    await d.getByRole('radio', { name: 'PNG, 1×' }).check();
    await d.getByRole('button', { name: 'Export' }).click();
  });
  expect(png.name).toMatch(/\.png$/);

  // Where the SVG draws each cable (points along its path), measured by Chromium's SVG engine.
  const svgInfo = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
    root.style.position = 'absolute';
    root.style.left = '-99999px';
    document.body.append(root);
    const cables = [...root.querySelectorAll<SVGPathElement>('path.cable')].map((p) => {
      const m = p.getCTM()!;
      const len = p.getTotalLength();
      const stroke = p.getAttribute('stroke')!;
      const points = [0.15, 0.3, 0.7, 0.85].map((t) => {
        const pt = p.getPointAtLength(len * t);
        return { x: m.a * pt.x + m.c * pt.y + m.e, y: m.b * pt.x + m.d * pt.y + m.f };
      });
      return { id: p.getAttribute('data-link'), stroke, points };
    });
    const out = { width: Number(root.getAttribute('width')), height: Number(root.getAttribute('height')), cables };
    root.remove();
    return out;
  }, svg.bytes.toString('utf8'));
  expect(svgInfo.cables.map((c) => c.id).sort()).toEqual(IB.links.map((l) => l.id).sort());

  const px = await analysePng(
    page,
    png.bytes,
    svgInfo.cables.map((c) => ({ color: c.stroke, points: c.points })),
  );
  // The diagram's aspect ratio: the PNG is the SVG's picture at 1×.
  expect([px.width, px.height]).toEqual([svgInfo.width, svgInfo.height]);
  // Not blank.
  expect(px.ink).toBeGreaterThan(0.03);
  expect(px.cornerAlpha).toBe(255);
  // Cable pixels where cables are: near points along each cable's path, a pixel of its colour.
  svgInfo.cables.forEach((c, i) => expect(px.hits[i], `cable ${c.id} (${c.stroke}) drawn in the PNG`).toBe(true));

  // 2×, transparent: twice the pixels, see-through background.
  const png2 = await exportFile(page, /PNG/, async (d) => {
    await d.getByRole('radio', { name: /PNG, 2×/ }).check();
    await d.getByRole('radio', { name: 'Transparent' }).check();
    await d.getByRole('button', { name: 'Export' }).click();
  });
  expect(png2.name).toMatch(/-2x\.png$/);
  const px2 = await analysePng(page, png2.bytes);
  expect([px2.width, px2.height]).toEqual([svgInfo.width * 2, svgInfo.height * 2]);
  expect(px2.cornerAlpha).toBe(0); // the background shows through
});

test('SVG of a design with hostile labels: strict XML, no script, no handlers, no javascript: URLs', async ({ page }) => {
  await openAppForExport(page);
  const hostile = [
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    'javascript:alert(document.cookie)',
    '\u202Egnp.exe\u202C שלום مرحبا',
    'zero\u200Bwidth\u200D\uFEFFjoin',
    `${'<svg onload=alert(1)>'.repeat(5)}${'x'.repeat(120)}`.slice(0, 120),
  ];
  const design = structuredClone(IB);
  design.name = `Hostile ${hostile[0]} & "quotes"`;
  design.nodes.forEach((n, i) => (n.label = hostile[i % hostile.length]!));
  design.links[0]!.id = 'l1" onmouseover="alert(1)';
  await openDesignDocument(page, design);
  await resultsReady(page);
  const svg = await exportFile(page, /SVG/, async (d) => {
    await d.getByRole('button', { name: 'Export' }).click();
  });
  const text = svg.bytes.toString('utf8');
  const check = await page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'application/xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const all = [...doc.getElementsByTagName('*')];
    return {
      error,
      root: doc.documentElement.localName,
      scripts: doc.getElementsByTagNameNS('*', 'script').length + doc.getElementsByTagNameNS('*', 'foreignObject').length,
      handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.localName)).map((a) => `${el.localName}@${a.name}`)),
      urls: all.flatMap((el) => [...el.attributes].filter((a) => /href|src|action/i.test(a.localName)).map((a) => a.value)),
      cables: doc.querySelectorAll('path.cable').length,
      // Real text (the default): each label is a <text> element's content.
      labels: [...all.map((el) => el.getAttribute('aria-label') ?? ''), ...[...doc.getElementsByTagNameNS('*', 'text')].map((el) => el.textContent ?? '')].filter(Boolean),
      texts: [...doc.getElementsByTagNameNS('*', 'text')].map((el) => el.textContent ?? ''),
    };
  }, text);
  expect(check.error).toBeNull();
  expect(check.root).toBe('svg');
  expect(check.scripts).toBe(0);
  expect(check.handlers).toEqual([]);
  expect(check.urls.every((u) => u.startsWith('#'))).toBe(true);
  expect(check.urls.some((u) => /javascript:/i.test(u))).toBe(false);
  expect(check.cables).toBe(design.links.length);
  // The labels are there, as text: escaped, without bidi overrides or zero-width characters.
  expect(check.labels.some((l) => l.includes('<script>alert(1)</script>'))).toBe(true);
  // Every node's label drawn whole (cleaned of the characters no file should carry), never cut.
  expect(check.texts.filter((t) => t.includes('…'))).toEqual([]);
  // (A label too wide for its node is wrapped, a long word broken: joined, the lines give it back.)
  expect(check.texts.join('')).toContain('<script>alert(1)</script>');
  expect(check.texts.join('')).toContain('javascript:alert(document.cookie)');
  expect(check.labels.join('')).not.toMatch(/[\u202A-\u202E\u200B-\u200D\uFEFF]/);
  expect(text).not.toMatch(/<script/i); // only as escaped text (&lt;script&gt;)
});

test('a 10,000-character label is refused where it is typed, and the SVG keeps the valid one', async ({ page }) => {
  await openAppForExport(page);
  await node(page, 'IB leaf switches').click();
  await showTab(page, 'Inspector');
  const label = page.getByLabel('Label', { exact: true });
  await label.fill(`<img src=x onerror=alert(1)>${'x'.repeat(10_000)}`);
  await label.press('Enter');
  await expect(label).toHaveAttribute('aria-invalid', 'true');
  await label.press('Escape');
  const svg = await exportFile(page, /SVG/, async (d) => {
    await d.getByRole('button', { name: 'Export' }).click();
  });
  const labels = await page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'application/xml');
    if (doc.querySelector('parsererror')) return null;
    return [...doc.getElementsByTagNameNS('*', 'text')].map((e) => e.textContent!);
  }, svg.bytes.toString('utf8'));
  expect(labels).toContain('IB leaf switches');
  expect(labels!.every((l) => l.length < 200)).toBe(true);
});

test('the selection alone: its parts and the cables between them', async ({ page }) => {
  await openAppForExport(page);
  await node(page, 'IB leaf switches').click();
  await node(page, 'IB spine switches').click({ modifiers: ['Shift'] });
  const svg = await exportFile(page, /SVG/, async (d) => {
    await d.getByRole('radio', { name: 'The selection' }).check();
    // Outlines: each text a group of glyphs named by its label.
    await d.getByRole('radio', { name: /^Outlines/ }).check();
    await d.getByRole('button', { name: 'Export' }).click();
  });
  expect(svg.name).toMatch(/-selection\.svg$/);
  const text = svg.bytes.toString('utf8');
  expect(text).not.toContain('<text');
  expect(text).toMatch(/<use xlink:href="#g/);
  expect(text.match(/class="cable"/g)).toHaveLength(1); // leaf ↔ spine
  expect(text).toContain('aria-label="IB spine switches"');
  expect(text).not.toContain('aria-label="Blade servers"');
});

test('PDF proposal: valid, with title page, diagram, BOM, results, comparison, charts, assumptions and page numbers', async ({ page }) => {
  await openAppForExport(page);
  const pdf = await exportFile(page, /PDF proposal/, async (d) => {
    await d.getByLabel('Prepared for').fill('ACME Corp datacenter team');
    await d.getByLabel('Prepared by').fill('Jane Doe, Example Networks');
    await d.getByLabel('Compare with a baseline').selectOption({ label: TEMPLATE.baseline });
    await d.getByRole('button', { name: 'Create PDF' }).click();
  });
  expect(pdf.name).toBe('InfiniBand-software-IOV-128-servers-proposal.pdf');
  expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  const pages = await pdfPages(pdf.bytes);
  // Title, diagram (one page at this size), BOM, results, comparison, charts, assumptions (2+).
  expect(pages.length).toBeGreaterThanOrEqual(8);
  pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${pages.length}`));
  expect(pages[0]).toContain(IB.name);
  expect(pages[0]).toContain('Prepared for ACME Corp datacenter team');
  expect(pages[0]).toContain('Prepared by Jane Doe, Example Networks');
  // The verdict per IOV mode, in the results panel's words, with the tightest VM's headroom.
  for (const mode of ['software', 'native', 'pass-through', 'offload']) expect(pages[0]).toMatch(new RegExp(`Demand (not )?met in ${mode} mode\\.`));
  expect(pages[0]).toContain('Headroom: the tightest VM could carry');
  await showTab(page, 'Results');
  const headline = ((await results(page).getByLabel('Demand', { exact: true }).textContent()) ?? '').trim();
  expect(pages[0]).toContain(headline.split(':')[0]!);
  expect(pages.join(' ')).not.toContain('…');
  // Every section the contents lists starts on the page it says.
  const contents = [...pages[0]!.matchAll(/(Diagram|Bill of materials|Results per IOV mode|Comparison with the baseline|Charts|Assumptions) (\d+)/g)].map((m) => [m[1]!, Number(m[2])] as const);
  expect(contents.map(([t]) => t)).toEqual(['Diagram', 'Bill of materials', 'Results per IOV mode', 'Comparison with the baseline', 'Charts', 'Assumptions']);
  for (const [title, n] of contents) expect(pages[n - 1]!.startsWith(title), `${title} on page ${n}`).toBe(true);
  // textContent: innerText is empty for a results section out of sight (not rendered until scrolled to).
  const capex = ((await results(page).getByRole('row', { name: /^Capex/ }).getByRole('cell').textContent()) ?? '').trim();
  expect(capex).toMatch(/^\$[\d,]+$/);
  expect(pages.find((p) => p.startsWith('Bill of materials'))).toContain(`Total I/O capex ${capex}`);
  expect(pages.find((p) => p.startsWith('Bill of materials'))).toMatch(/W each/);
  expect(pages.find((p) => p.startsWith('Comparison with the baseline'))).toContain(TEMPLATE.baseline);
  expect(pages.find((p) => p.startsWith('Comparison with the baseline'))).toContain('Capex and total power count I/O + switches; servers and storage not counted.');
  expect(pages.find((p) => p.startsWith('Assumptions'))).toContain('calibrated to whitepaper Table 1');
  // What the totals count, and the qualitative values pass-through keeps only through software.
  const resultsPage = pages.find((p) => p.startsWith('Results per IOV mode'))!;
  expect(resultsPage).toContain('Servers and storage are not counted');
  expect(resultsPage).toContain('Total power, I/O + switches');
  expect(resultsPage).toMatch(/Live migration yes no yes †/);
  expect(resultsPage).toContain('† Pass-through: software’s answer.');
  // Demand in the units the results use: Gb/s for LAN and server-to-server.
  expect(pages.filter((p) => p.startsWith('Assumptions')).join(' ')).toContain('per VM: LAN 0.0150 Gb/s, SAN 2.00 MB/s, server-to-server 0.300 Gb/s');
});

test('bill of materials CSV: parses, and its totals are the results panel’s', async ({ page }) => {
  await openAppForExport(page);
  const csv = await exportFile(page, /Bill of materials/);
  expect(csv.name).toBe('InfiniBand-software-IOV-128-servers-bom.csv');
  const parsed = Papa.parse<string[]>(csv.bytes.toString('utf8'), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header, ...rows] = parsed.data;
  expect(header).toEqual(['Category', 'Part', 'Part ID', 'Quantity', 'Unit price (USD)', 'Extended price (USD)', 'Unit power (W)', 'Total power (W)', 'Ports per unit', 'Ports', 'Length class', 'Note']);
  const items = rows.filter((r) => ['Adapters', 'Switches', 'Gateways', 'Cables', 'Servers', 'Storage'].includes(r[0]!));
  const total = Number(rows.find((r) => r[0] === 'Total I/O capex')![5]);
  const sum = items.reduce((s, r) => s + Number(r[5]), 0);
  expect(Math.abs(sum - total)).toBeLessThan(0.01 * items.length);
  // Extended = quantity × unit price, except where a note says why not (left out, pro rata).
  for (const r of items) if (!r[11]) expect(Number(r[5])).toBeCloseTo(Number(r[3]) * Number(r[4]), 1);
  await expect(results(page).getByRole('row', { name: /^Capex/ }).getByRole('cell')).toHaveText(`$${Math.round(total).toLocaleString('en-US')}`);
  const cables = items.filter((r) => r[0] === 'Cables').reduce((s, r) => s + Number(r[3]), 0);
  await expect(results(page).getByRole('row', { name: /^Cables/ })).toContainText(`${cables} cables`);
});

test('cabling map CSV: one row per physical cable of the InfiniBand template, every end real', async ({ page }) => {
  await openAppForExport(page); // the demo is the InfiniBand software template
  const csv = await exportFile(page, /Cabling map/);
  expect(csv.name).toBe('InfiniBand-software-IOV-128-servers-cabling.csv');
  const parsed = Papa.parse<Record<string, string>>(csv.bytes.toString('utf8'), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  // By hand: 128 server HCA cables; 8 leaves × 2 spines × 2 lanes = 32; 8 + 6 gateways to the
  // spines; 8 Ethernet gateways × 6 lanes = 48 to the LAN; 6 FC gateways × 4 lanes = 24 to the SAN.
  expect(parsed.data).toHaveLength(128 + 32 + 8 + 6 + 48 + 24);
  await expect(results(page).getByRole('row', { name: /^Cables/ })).toContainText(`${parsed.data.length} cables`);
  const nodes = new Map(IB.nodes.map((n) => [n.id, n]));
  const seen = new Set<string>();
  for (const r of parsed.data) {
    for (const e of ['A', 'Z']) {
      const n = nodes.get(r[`${e} node ID`]!);
      expect(n, `${e} end of cable ${r.Cable}`).toBeDefined();
      expect(r[`${e} device`]).toBe(n!.label);
      const member = Number(r[`${e} member`]);
      expect(member >= 1 && member <= n!.count).toBe(true);
      expect(Number(r[`${e} port`])).toBeGreaterThanOrEqual(1);
      if (n!.adapters) {
        expect(r[`${e} adapter`]).toBe('InfiniHost III Ex DDR HCA, 2 ports');
        const key = `${n!.id}/${member}/${r[`${e} port`]}`;
        expect(seen.has(key), `server port ${key} cabled once`).toBe(false);
        seen.add(key);
      }
    }
  }
  expect(seen.size).toBe(128);
});

test('draw.io file: one vertex per part with its count, adapters and ports in network shapes; one edge per cable, port to port', async ({ page }) => {
  await openAppForExport(page);
  const file = await exportFile(page, /draw\.io/);
  expect(file.name).toBe('InfiniBand-software-IOV-128-servers.drawio');
  const cells = await page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'application/xml');
    const all = [...doc.getElementsByTagName('mxCell')];
    const vertices = all.filter((c) => c.getAttribute('vertex') === '1');
    const parts = vertices.filter((c) => c.getAttribute('parent') === '1');
    const ids = new Set(vertices.map((v) => v.id));
    const edges = all.filter((c) => c.getAttribute('edge') === '1');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      parts: parts.map((v) => v.getAttribute('value')!.split('\n')[0]),
      shapes: parts.map((p) => vertices.some((v) => v.getAttribute('parent') === p.id && /shape=mxgraph\.networks\./.test(v.getAttribute('style')!))),
      adapters: vertices.filter((v) => v.id.includes('-adapter-')).map((v) => v.getAttribute('value')!.split('\n')[0]),
      ports: vertices.filter((v) => /-port-\d+$/.test(v.id)).length,
      edges: edges.length,
      joined: edges.every((e) => ids.has(e.getAttribute('source')!) && ids.has(e.getAttribute('target')!) && /-port-\d+$/.test(e.getAttribute('source')!) && /-port-\d+$/.test(e.getAttribute('target')!)),
      geometry: vertices.every((v) => v.querySelector('mxGeometry')?.getAttribute('width') !== null),
    };
  }, file.bytes.toString('utf8'));
  expect(cells.error).toBeNull();
  // The count a stack or server group stands for is in its label, as on the canvas.
  expect(cells.parts.sort()).toEqual(IB.nodes.map((n) => (n.count > 1 ? `${n.label} ×${n.count.toLocaleString('en-US')}` : n.label)).sort());
  expect(cells.shapes.every(Boolean)).toBe(true);
  expect(cells.adapters).toEqual(['InfiniHost III Ex DDR HCA, 2 ports']);
  // Two HCA ports; one port bar per switch, storage and network; two sides per gateway.
  expect(cells.ports).toBe(IB.nodes.reduce((s, n) => s + (n.adapters ? 2 : n.partId.startsWith('gw') ? 2 : 1), 0));
  expect(cells.edges).toBe(IB.links.length);
  expect(cells.joined).toBe(true);
  expect(cells.geometry).toBe(true);
});
