// The proposal's sections after the diagram: bill of materials, results per IOV mode, the
// comparison with a baseline, and the assumptions (settings, price list, model notes, sources).
import { MODEL_NOTES, MODEL_PARAMS, STORAGE_STACKS, VSWITCHES, type Catalog, type StorageStack } from '../../../catalog';
import { FLOW_KIND_LABEL, IOV_MODES, MODE_LABEL, MODE_SHORT, TRANSPORT_LABEL, type Design, type Transport, type IovMode, type ModeResult, type SimulationResult, type Stat } from '../../../domain';
import { BOM_CATEGORIES, type BomLine } from '../../../sim';
import { pairScopeText, qualitativeVia, sanTransportRows, scopeSentence, scopeShort, viaText, type QualitativeKey } from '../../../analysis';
import { gbps, int, mbytesps, micros, money, num, watts } from '../../../ui/format';
import { CATEGORY_LABEL } from '../csv';
import { INK, PROTOCOL_INK, UTIL_INK } from '../theme';
import { groupedBars, horizontalBars } from './barCharts';
import type { PdfWriter } from './writer';

const DASH = '—';
const med = (s: Stat, f: (v: number) => string): string => (s.n === 0 ? DASH : f(s.median));
type Currency = Design['settings']['currency'];

export function bomSection(w: PdfWriter, design: Design, lines: readonly BomLine[], result: ModeResult): void {
  const cur = design.settings.currency;
  w.heading('Bill of materials');
  w.paragraph(
    `Prices in ${cur.code}${cur.code === 'USD' ? '' : ` (${cur.perUsd} per USD)`}, from the design's price list. ${design.settings.switchCosting === 'whole' ? 'Switches are priced whole.' : 'Switches are priced pro rata by the ports used.'} ${design.settings.includeServersAndStorage ? 'Servers and storage are included in cost and power.' : 'Servers and storage are listed but counted in neither cost nor power, as the seed’s I/O totals leave them out.'} Cables are grouped by part and length class. Totals are the results' totals.`,
    { color: INK.muted, size: 9 },
  );
  const cols = [
    { title: 'Part', width: 202 },
    { title: 'Qty', width: 36, align: 'right' as const },
    { title: 'Unit price', width: 66, align: 'right' as const },
    { title: 'Extended', width: 74, align: 'right' as const },
    { title: 'W each', width: 52, align: 'right' as const },
    { title: 'Ports', width: 120 },
  ];
  const rows: Array<{ cells: string[]; strong?: boolean; muted?: boolean }> = [];
  for (const cat of BOM_CATEGORIES) {
    const catLines = lines.filter((l) => l.category === cat);
    if (!catLines.length) continue;
    for (const l of catLines) {
      rows.push({
        cells: [l.lengthClass ? `${l.name} (${l.lengthClass})` : l.name, int(l.quantity), money(l.unitPriceUsd, cur), money(l.extendedUsd, cur), num(l.unitW), l.portSpec],
        muted: l.costedQuantity === 0,
      });
    }
    rows.push({ cells: [`${CATEGORY_LABEL[cat]} subtotal`, '', '', money(result.cost.capexByCategoryUsd[cat], cur), '', watts(result.power.byCategoryW[cat])], strong: true });
  }
  rows.push({ cells: [design.settings.includeServersAndStorage ? 'Total capex, all hardware' : 'Total I/O capex', '', '', money(result.cost.capexUsd, cur), '', watts(result.power.totalW)], strong: true });
  w.table(cols, rows);
  const notes = lines.filter((l) => l.note && l.category !== 'servers' && l.category !== 'storage');
  for (const l of notes) w.paragraph(`${l.name}: ${l.note}.`, { size: 8, color: INK.muted, gap: 2 });
}

interface Row {
  label: string;
  value(m: ModeResult): string;
}

const QUALITATIVE: ReadonlyArray<[label: string, key: QualitativeKey]> = [
  ['Legacy I/O in VMs', 'legacyIoInVms'],
  ['Management transparency', 'managementTransparency'],
  ['Live migration', 'liveMigration'],
];

/** A qualitative value, marked † where it is another mode's because the adapters fall back to it. */
const quality = (m: ModeResult, key: QualitativeKey): string => `${m.qualitative[key] ? 'yes' : 'no'}${qualitativeVia(m, key) ? ' †' : ''}`;

function modeRows(cur: Currency, years: number, includesServers: boolean): Array<{ group: string; rows: Row[] }> {
  return [
    {
      group: 'Per-VM bandwidth (median)',
      rows: [
        { label: `${FLOW_KIND_LABEL.lan}`, value: (m) => med(m.vm.lanGbps, gbps) },
        { label: `${FLOW_KIND_LABEL.san}`, value: (m) => med(m.vm.sanMBps, mbytesps) },
        { label: `${FLOW_KIND_LABEL.ipc}`, value: (m) => med(m.vm.ipcGbps, gbps) },
      ],
    },
    {
      group: 'Latency, one way (median: unloaded / loaded)',
      rows: (['lan', 'san', 'ipc'] as const).map((k) => ({
        label: FLOW_KIND_LABEL[k],
        value: (m: ModeResult) => (m.vm.latencyUs[k].n === 0 ? DASH : `${micros(m.vm.latencyUs[k].median)} / ${micros(m.vm.loadedLatencyUs[k].median)}`),
      })),
    },
    {
      group: `Density, cost and power (${scopeShort(includesServers)})`,
      rows: [
        { label: 'VMs per server that fit', value: (m) => int(m.density.vmsPerServer) },
        { label: 'Capex', value: (m) => money(m.cost.capexUsd, cur) },
        { label: 'Maintenance per year', value: (m) => money(m.cost.maintenanceUsdPerYear, cur) },
        { label: 'Energy per year', value: (m) => money(m.cost.energyUsdPerYear, cur) },
        { label: `TCO over ${int(years)} ${years === 1 ? 'year' : 'years'}`, value: (m) => money(m.cost.tcoUsd, cur) },
        { label: 'TCO per VM that runs', value: (m) => (m.cost.perVmUsd !== null ? money(m.cost.perVmUsd, cur) : `${DASH} (no VM runs)`) },
        { label: 'I/O power (adapters + gateways)', value: (m) => watts(m.power.ioW) },
        { label: `Total power, ${scopeShort(includesServers)}`, value: (m) => watts(m.power.totalW) },
      ],
    },
    {
      group: 'What the mode keeps (whitepaper Table 3)',
      rows: [
        ...QUALITATIVE.map(([label, key]) => ({ label, value: (m: ModeResult) => quality(m, key) })),
        { label: 'Adapters falling back', value: (m) => (m.fallbacks.length ? int(m.fallbacks.length) : 'none') },
      ],
    },
  ];
}

export function resultsSection(w: PdfWriter, design: Design, result: SimulationResult): void {
  const cur = design.settings.currency;
  const modes = IOV_MODES.map((mode) => result.modes.find((m) => m.mode === mode)).filter((m): m is ModeResult => !!m);
  w.heading('Results per IOV mode');
  w.paragraph(
    `${int(modes[0]?.vm.count ?? 0)} VMs, simulated in each I/O virtualization mode with the design's workload${result.saturate ? ' at unlimited demand (what the design can deliver)' : ''}. The design is set to ${MODE_LABEL[design.settings.mode]}. ${scopeSentence(design.settings.includeServersAndStorage)}`,
    { color: INK.muted, size: 9 },
  );
  const cols = [{ title: '', width: 190 }, ...modes.map((m) => ({ title: `${MODE_SHORT[m.mode]}${m.mode === design.settings.mode ? ' (chosen)' : ''}`, width: 110, align: 'right' as const }))];
  const rows: Array<{ cells: string[]; strong?: boolean; muted?: boolean }> = [];
  for (const g of modeRows(cur, design.settings.years, design.settings.includeServersAndStorage)) {
    rows.push({ cells: [g.group, ...modes.map(() => '')], strong: true });
    for (const r of g.rows) rows.push({ cells: [r.label, ...modes.map((m) => r.value(m))] });
  }
  w.table(cols, rows);
  const san = sanTransportRows(design, modes);
  if (san.length) w.table([{ title: 'Storage transport', width: 190 }, ...cols.slice(1)], san.map((r) => ({ cells: [r.label, ...r.transports.map((t) => t ?? '—')] })));
  // † under the table: which mode a marked qualitative value really is, and why.
  for (const m of modes) {
    const via = QUALITATIVE.map(([, key]) => qualitativeVia(m, key)).find(Boolean);
    if (!via) continue;
    w.paragraph(`† ${MODE_SHORT[m.mode]}: ${MODE_SHORT[via].toLowerCase()}’s answer. The adapters cannot run ${MODE_SHORT[m.mode].toLowerCase()} and ${viaText(via)}, which keeps what the column says.`, { size: 8, color: INK.muted, gap: 2 });
  }

  for (const m of modes) {
    const notes: string[] = [
      ...m.fallbacks.map((f) => `${f.adapterName} runs ${MODE_SHORT[f.effective]} instead: ${f.reason}`),
      ...m.unreachable.map((u) => `${int(u.vms)} VMs have no ${FLOW_KIND_LABEL[u.kind]} path: ${u.reason}`),
      ...[...m.bottlenecks].sort((a, b) => b.utilization - a.utilization).slice(0, 3).map((b) => `Limited by ${b.label} (${Math.round(b.utilization * 100)}% used, ${int(b.flows)} flows)`),
    ];
    if (!notes.length) continue;
    w.heading(`${MODE_LABEL[m.mode]}: what limits it`, 2, 30);
    for (const n of notes) w.paragraph(`• ${n}`, { size: 8.5, gap: 1, indent: 6 });
  }
  const errors = [...result.findings, ...(modes.find((m) => m.mode === design.settings.mode)?.findings ?? [])].filter((f) => f.severity !== 'info');
  if (errors.length) {
    w.heading('Findings', 2, 30);
    for (const f of errors.slice(0, 40)) w.paragraph(`${f.severity === 'error' ? 'Error' : 'Warning'}: ${f.message}`, { size: 8.5, gap: 1, color: f.severity === 'error' ? INK.danger : INK.warning });
    if (errors.length > 40) w.paragraph(`… and ${errors.length - 40} more.`, { size: 8.5, color: INK.muted });
  }
}

const MODE_INK: Record<IovMode, string> = { software: UTIL_INK[0], native: PROTOCOL_INK.infiniband, passthrough: PROTOCOL_INK.ethernet, offload: '#2563eb' };

export function chartsSection(w: PdfWriter, design: Design, result: SimulationResult): void {
  const cur = design.settings.currency;
  const modes = IOV_MODES.map((mode) => result.modes.find((m) => m.mode === mode)).filter((m): m is ModeResult => !!m);
  const chosen = modes.find((m) => m.mode === design.settings.mode) ?? modes[0];
  w.heading('Charts');
  const medianOrNull = (s: Stat): number | null => (s.n === 0 ? null : s.median);
  groupedBars(w, {
    title: 'Bandwidth per VM by IOV mode (median)',
    unit: 'Gb/s (SAN converted from MB/s: 1 MB/s = 0.008 Gb/s)',
    categories: [FLOW_KIND_LABEL.lan, FLOW_KIND_LABEL.san, FLOW_KIND_LABEL.ipc],
    series: modes.map((m) => ({ name: MODE_SHORT[m.mode], color: MODE_INK[m.mode], values: [medianOrNull(m.vm.lanGbps), m.vm.sanMBps.n ? (m.vm.sanMBps.median * 8) / 1000 : null, medianOrNull(m.vm.ipcGbps)] })),
    format: (v) => num(v),
  });
  groupedBars(w, {
    title: 'VMs per server that fit, by IOV mode',
    unit: 'VMs',
    categories: modes.map((m) => MODE_SHORT[m.mode]),
    series: [{ name: 'VMs per server that fit', color: INK.accent, values: modes.map((m) => m.density.vmsPerServer) }],
    format: (v) => int(v),
    height: 110,
  });
  if (chosen) {
    const order = BOM_CATEGORIES.filter((c) => chosen.cost.capexByCategoryUsd[c] > 0);
    horizontalBars(w, { title: `Capex by category (${money(chosen.cost.capexUsd, cur)} in all)`, rows: order.map((c) => ({ label: CATEGORY_LABEL[c], value: chosen.cost.capexByCategoryUsd[c] * cur.perUsd, color: INK.accent })), format: (v) => money(v / cur.perUsd, cur) });
    const pw = BOM_CATEGORIES.filter((c) => chosen.power.byCategoryW[c] > 0);
    horizontalBars(w, { title: `Power by category (${watts(chosen.power.totalW)} in all)`, rows: pw.map((c) => ({ label: CATEGORY_LABEL[c], value: chosen.power.byCategoryW[c], color: PROTOCOL_INK.fc })), format: watts });
  }

}

export function comparisonSection(w: PdfWriter, design: Design, result: SimulationResult, baseline: { name: string; design: Design; result: SimulationResult }): void {
  const cur = design.settings.currency;
  const mode = design.settings.mode;
  const a = baseline.result.modes.find((m) => m.mode === mode);
  const b = result.modes.find((m) => m.mode === mode);
  w.heading('Comparison with the baseline');
  const scope = pairScopeText(baseline.design.settings.includeServersAndStorage, design.settings.includeServersAndStorage)?.replace(/\b(A|B) only$/, (_m, t: string) => `${t === 'A' ? 'the baseline' : 'this design'} only`);
  w.paragraph(`Baseline: “${baseline.name}”, simulated in ${MODE_LABEL[mode]} mode with its own workload and price list, beside this design in the same mode. Capex and total power count ${scope}.`, { color: INK.muted, size: 9 });
  if (!a || !b) {
    w.paragraph('One of the two designs could not be simulated; see its findings.', { color: INK.danger });
    return;
  }
  type Metric = [label: string, pick: (m: ModeResult) => number | null, format: (v: number) => string, lowerIsBetter: boolean];
  const metrics: Metric[] = [
    ['Capex', (m) => m.cost.capexUsd, (v) => money(v, cur), true],
    [`TCO over ${int(design.settings.years)} years`, (m) => m.cost.tcoUsd, (v) => money(v, cur), true],
    ['Maintenance per year', (m) => m.cost.maintenanceUsdPerYear, (v) => money(v, cur), true],
    ['I/O power (adapters + gateways)', (m) => m.power.ioW, watts, true],
    ['Total power', (m) => m.power.totalW, watts, true],
    ['Cabled adapter ports per server', (m) => m.ports.perServer, num, true],
    ['Cables', (m) => m.ports.cables, int, true],
    ['Adapters', (m) => m.ports.adapters, int, true],
    ['VMs per server that fit', (m) => m.density.vmsPerServer, int, false],
    ['LAN per VM (median)', (m) => (m.vm.lanGbps.n ? m.vm.lanGbps.median : null), gbps, false],
    ['SAN per VM (median)', (m) => (m.vm.sanMBps.n ? m.vm.sanMBps.median : null), mbytesps, false],
    ['Server-to-server per VM (median)', (m) => (m.vm.ipcGbps.n ? m.vm.ipcGbps.median : null), gbps, false],
    ['LAN latency (median, unloaded)', (m) => (m.vm.latencyUs.lan.n ? m.vm.latencyUs.lan.median : null), micros, true],
  ];
  const rows = metrics.map(([label, pick, format, lower]) => {
    const va = pick(a);
    const vb = pick(b);
    if (va === null || vb === null) return { cells: [label, va === null ? DASH : format(va), vb === null ? DASH : format(vb), DASH, DASH] };
    const delta = vb - va;
    const better = Math.abs(delta) < 1e-9 ? '' : (delta < 0) === lower ? ' (better)' : ' (worse)';
    return { cells: [label, format(va), format(vb), `${delta > 0 ? '+' : delta < 0 ? '−' : ''}${format(Math.abs(delta))}${better}`, va !== 0 ? `${num(vb / va)}×` : DASH] };
  });
  w.table([{ title: 'Metric', width: 170 }, { title: 'Baseline', width: 90, align: 'right' }, { title: 'This design', width: 90, align: 'right' }, { title: 'Change', width: 110, align: 'right' }, { title: 'Ratio', width: 50, align: 'right' }], rows);
  const rel = (x: number, y: number): number | null => (y > 0 ? x / y : null);
  groupedBars(w, {
    title: `This design against the baseline, ${MODE_SHORT[mode]} mode`,
    unit: 'ratio to the baseline (1 = the same; lower cost and power, higher VMs and bandwidth are better)',
    categories: ['Capex', 'I/O power', 'Ports per server', 'VMs per server that fit', 'LAN per VM'],
    series: [
      { name: 'Baseline', color: UTIL_INK[0], values: [1, 1, 1, 1, a.vm.lanGbps.n ? 1 : null] },
      {
        name: 'This design',
        color: INK.accent,
        values: [rel(b.cost.capexUsd, a.cost.capexUsd), rel(b.power.ioW, a.power.ioW), rel(b.ports.perServer, a.ports.perServer), rel(b.density.vmsPerServer, a.density.vmsPerServer), a.vm.lanGbps.n && b.vm.lanGbps.n ? rel(b.vm.lanGbps.median, a.vm.lanGbps.median) : null],
      },
    ],
    format: (v) => `${num(v)}×`,
  });
}

export function assumptionsSection(w: PdfWriter, design: Design, catalog: Catalog, lines: readonly BomLine[]): void {
  const s = design.settings;
  w.heading('Assumptions');
  w.heading('Settings', 2);
  w.table(
    [{ title: 'Setting', width: 200 }, { title: 'Value', width: 300 }],
    [
      ['IOV mode', MODE_LABEL[s.mode]],
      ['Currency', `${s.currency.code} (${s.currency.perUsd} per USD)`],
      ['Years for TCO', int(s.years)],
      ['Energy price', `${num(s.energyUsdPerKwh)} USD per kWh, PUE ${num(s.pue)}`],
      ['Maintenance', `${num(s.maintenanceUsdPerPortYear)} USD per cabled adapter port per year`],
      ['Switch costing', s.switchCosting === 'whole' ? 'whole switches' : 'pro rata by ports used'],
      ['Servers and storage in cost and power', s.includeServersAndStorage ? 'included' : 'left out (the seed’s I/O cost)'],
      ['Hypervisor CPU reserve', `${Math.round(s.hypervisorReserve * 100)}%`],
      ...design.workloads.map((wl) => [
        `Workload “${wl.name}”`,
        `per VM: LAN ${num(wl.lanMbps / 1000)} Gb/s, SAN ${num(wl.sanMBps)} MB/s, server-to-server ${num(wl.ipcMbps / 1000)} Gb/s, CPU ${num(wl.cpuGhz)} GHz, memory ${num(wl.memoryGb)} GB, IB ${wl.ibTransport}${wl.qosCapMbps !== undefined ? `, QoS cap ${num(wl.qosCapMbps / 1000)} Gb/s` : ''}`,
      ]),
    ].map((cells) => ({ cells })),
  );
  w.heading('Price list (parts in this design)', 2);
  const used = [...new Map(lines.map((l) => [l.partId, l])).values()];
  w.table(
    [{ title: 'Part', width: 190 }, { title: 'Price (USD)', width: 64, align: 'right' }, { title: 'W', width: 36, align: 'right' }, { title: 'Where the price comes from', width: 230 }],
    used.map((l) => {
      const part = catalog.byId.get(l.partId);
      const own = Object.hasOwn(design.priceList, l.partId) ? 'this design’s price list' : undefined;
      const custom = design.customParts.some((p) => p.id === l.partId) ? 'a part added to this design' : undefined;
      return { cells: [l.name, money(l.unitPriceUsd), num(l.unitW), own ?? custom ?? part?.sources.priceUsd ?? 'catalog list price'] };
    }),
    8,
  );
  w.heading('About the model', 2);
  for (const note of MODEL_NOTES) {
    w.paragraph(note.title, { weight: 'bold', size: 9.5, gap: 1 });
    w.paragraph(note.text, { size: 9, gap: 5 });
  }
  w.heading('Model parameters and their sources', 2);
  const p = MODEL_PARAMS;
  const rows: string[][] = [
    ...(Object.entries(p.protocolEfficiency) as Array<[string, { value: number; source: string }]>).map(([k, v]) => [`Payload efficiency, ${k}`, `${num(v.value * 100)}%`, v.source]),
    ['Software network path CPU per Gb/s (virtual switch cap and density)', `${num(p.softwareNetGhzPerGbps.value)} GHz`, p.softwareNetGhzPerGbps.source],
    ['Virtual switch cores per uplink', int(p.vswitchCores.value), p.vswitchCores.source],
    // Today's switches (docs/model.md §14): what software IOV runs on current servers.
    ...[VSWITCHES.kernel, VSWITCHES['ovs-dpdk']].flatMap((v) => [
      [`${v.name}: CPU per Gb/s`, `${num(v.ghzPerGbps.value)} GHz`, v.ghzPerGbps.source],
      [`${v.name}: cores per uplink (reserved)`, `${int(v.coresPerPort.value)} (${int(v.reservedCoresPerPort.value)})`, `${v.coresPerPort.source}; ${v.reservedCoresPerPort.source}`],
    ]),
    ...(Object.entries(p.dmaRemapEfficiency) as Array<[IovMode, { value: number; source: string }]>).map(([k, v]) => [`DMA remapping efficiency, ${MODE_SHORT[k]}`, `${num(v.value * 100)}%`, v.source]),
    ['I/O CPU per Gb/s by mode and transport', 'see source', p.ioGhzPerGbpsSource],
    ['Pass-through CPU per VM', `${num(p.passthroughCorePerVm.value * 100)}% of a core`, p.passthroughCorePerVm.source],
    ...(Object.entries(p.hostPathLatencyUs) as Array<[IovMode, { value: number; source: string }]>).map(([k, v]) => [`Host path latency, ${MODE_SHORT[k]}`, micros(v.value), v.source]),
    ...(Object.entries(p.transportLatencyUs) as Array<[Transport, { value: number; source: string }]>).map(([k, v]) => [`Transport stack latency, ${TRANSPORT_LABEL[k]}`, micros(v.value), v.source]),
    ...(Object.entries(STORAGE_STACKS) as Array<[Transport, StorageStack]>).map(([k, v]) => [`Array-end stack latency, ${TRANSPORT_LABEL[k]}`, micros(v.targetUs.value), v.targetUs.source]),
    ['Ethernet frame on the wire', `${int(p.ethernetFrameBytes.value)} B`, p.ethernetFrameBytes.source],
    ['Wire delay', `${num(p.wireNsPerM.value)} ns/m`, p.wireNsPerM.source],
    ['Loaded-latency utilization cap', `${num(p.maxUtilization.value)}`, p.maxUtilization.source],
    ['Qualitative rows per mode', 'see source', p.qualitativeSource],
  ];
  w.table([{ title: 'Parameter', width: 150 }, { title: 'Value', width: 60, align: 'right' }, { title: 'Source', width: 310 }], rows.map((cells) => ({ cells })), 7.5);
}
