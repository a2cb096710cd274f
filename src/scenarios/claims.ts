import { catalogFor } from '../catalog';
import type { AdapterPart, Design, HostPathEntry, IovMode, ModeResult, ServerPart, Transport } from '../domain';
import { evaluateMode, fallbacksFor, hostPathCapability, prepare, simulate } from '../sim';
import { getTemplate } from './index';

/**
 * docs/model.md §10: the seed's claims, each measured by the simulator on the templates. Nothing here
 * is a typed-in result: every `measured` comes out of `simulate` or the host-path model.
 */
export interface ClaimResult {
  id: string;
  claim: string;
  measured: string;
  accepted: string;
  pass: boolean;
}

const design = (id: string): Design => {
  const t = getTemplate(id);
  if (!t) throw new Error(`missing template ${id}`);
  return t.build();
};

const modeOf = (d: Design, mode: IovMode, saturate = false): ModeResult => simulate(d, { modes: [mode], saturate }).modes[0]!;

function hostPath(d: Design, adapterPart: string, transport: Transport, mode: IovMode): number {
  const r = modeOf(d, mode);
  const e = r.hostPath.find((h: HostPathEntry) => h.adapterPart === adapterPart && h.transport === transport);
  if (!e) throw new Error(`no ${transport} host path for ${adapterPart} in ${d.templateId} (${mode})`);
  return e.gbps;
}

/** A part's host path in the server of a template (for parts a template does not use, e.g. 4G FC). */
function partHostPath(d: Design, partId: string, transport: Transport, mode: IovMode): number {
  const catalog = catalogFor(d);
  const server = catalog.byId.get(d.nodes.find((n) => n.adapters?.length)!.partId) as ServerPart;
  const part = catalog.byId.get(partId) as AdapterPart;
  return hostPathCapability(part, mode, server).find((h) => h.transport === transport)!.gbps;
}

const within = (v: number, lo: number, hi: number): boolean => v >= lo - 1e-9 && v <= hi + 1e-9;
const fmt = (v: number, digits = 2): string => v.toFixed(digits);
const money = (v: number): string => `$${Math.round(v).toLocaleString('en-US')}`;

export function checkClaims(): ClaimResult[] {
  const base = design('seed-baseline-gige-fc');
  const ibSw = design('seed-ib-software');
  const ibHa = design('seed-ib-software-ha');
  const ibNat = design('seed-ib-native');
  const ibPt = design('seed-ib-passthrough');
  const sc2 = design('seed-scenario-2');
  const out: ClaimResult[] = [];
  const add = (id: string, claim: string, measured: string, accepted: string, pass: boolean): void => {
    out.push({ id, claim, measured, accepted, pass });
  };

  const catalog = catalogFor(ibSw);
  const hcaId = ibSw.nodes.find((n) => n.adapters?.length)!.adapters![0]!.partId;
  const hca = catalog.byId.get(hcaId) as AdapterPart;
  add('C1', 'IB adapters up to 20 Gb/s (DDR 4x)', `${hca.portSignalGbps} Gb/s signalling, ${hca.portDataGbps} Gb/s data`, '20 and 16 exactly', hca.portSignalGbps === 20 && hca.portDataGbps === 16);

  const gige = hostPath(base, 'nic-gige-1p', 'tcp', 'software');
  const fc2 = hostPath(base, 'hba-fc-2g', 'fcp', 'software');
  const fc4 = partHostPath(base, 'hba-fc-4g', 'fcp', 'software');

  const c2 = hostPath(ibSw, hcaId, 'ipoib', 'software') / gige;
  add('C2', 'Software IOV: one HCA ≈ 3–4 GigE NICs', `${fmt(c2)} × GigE`, '3.0–4.0', within(c2, 3, 4));

  const srpSw = hostPath(ibSw, hcaId, 'srp', 'software');
  const c3a = srpSw / fc2;
  const c3b = srpSw / fc4;
  add('C3', 'Software IOV: one HCA ≈ 6–7 × 2G FC; up to four 4G FC', `${fmt(c3a)} × FC 2G; ${fmt(c3b)} × FC 4G`, '6.0–7.5; ≤ 4.0', within(c3a, 6, 7.5) && c3b <= 4 + 1e-9);

  // C4: one server of Scenario II, every flow unlimited (saturation).
  const one: Design = { ...sc2, nodes: sc2.nodes.map((n) => (n.adapters ? { ...n, count: 1 } : n)) };
  const r4 = modeOf(one, 'software', true);
  const perVm = Array.from(r4.perVm.sanMBps).filter((v) => v >= 0);
  const total = perVm.reduce((a, b) => a + b, 0);
  const even = perVm.every((v) => Math.abs(v - total / perVm.length) <= 0.01 * (total / perVm.length));
  add('C4', 'Software IOV: up to 1500 MB/s of block storage from the VMs, split evenly', `${fmt(total, 0)} MB/s over ${perVm.length} VMs (${fmt(total / perVm.length, 1)} each)`, '1350–1500 MB/s; each VM total/V ± 1%', within(total, 1350, 1500) && even);

  const c5 = hostPath(ibNat, hcaId, 'rdma', 'native') / gige;
  add('C5', 'Native IOV: up to 12 × GigE with RDMA', `${fmt(c5)} × GigE`, '10.0–12.5', within(c5, 10, 12.5));

  const c6 = hostPath(ibNat, hcaId, 'ipoib', 'native') / gige;
  add('C6', 'Native IOV: IPoIB up to 5 × GigE', `${fmt(c6)} × GigE`, '4.0–5.5', within(c6, 4, 5.5));

  const latNat = modeOf(ibNat, 'native').vm.latencyUs.ipc.median;
  const latGige = modeOf(base, 'software').vm.latencyUs.ipc.median;
  const c7 = latNat / latGige;
  add('C7', 'Native IOV: latency as low as 1/10 of GigE', `${fmt(latNat, 1)} µs vs ${fmt(latGige, 1)} µs = ${fmt(c7, 3)}`, '≤ 0.12', c7 <= 0.12);

  const c8 = hostPath(ibNat, hcaId, 'srp', 'native') / fc2;
  add('C8', 'Native IOV: SAN ≈ 7 × 2G FC', `${fmt(c8)} × FC 2G`, '6.0–7.5', within(c8, 6, 7.5));

  const prep = prepare(ibNat, catalogFor(ibNat), false);
  const dNat = evaluateMode(prep, 'native', false).density.vmsPerServer;
  const dSw = evaluateMode(prep, 'software', false).density.vmsPerServer;
  const c9 = dNat / dSw - 1;
  add('C9', 'Native IOV: 30–50% more VMs per server', `${dNat} vs ${dSw} VMs per server = +${fmt(c9 * 100, 0)}%`, '+30% to +50%', within(c9, 0.3, 0.5));

  const rBase = modeOf(base, 'software');
  const rIb = modeOf(ibSw, 'software');
  const rHa = modeOf(ibHa, 'software');
  const capB = rBase.cost.capexUsd;
  const capI = rIb.cost.capexUsd;
  add('C10', '128 servers: GigE+FC I/O ≈ $870,000; InfiniBand+CIOV $352,000–$360,000', `${money(capB)} vs ${money(capI)}`, '$826,500–$913,500; $344,960–$367,200', within(capB, 870000 * 0.95, 870000 * 1.05) && within(capI, 352000 * 0.98, 360000 * 1.02));

  const wB = rBase.power.ioW;
  const wI = rIb.power.ioW;
  add('C11', 'I/O power 2300 W vs about 1700 W', `${fmt(wB, 0)} W vs ${fmt(wI, 0)} W`, '2185–2415 W; 1615–1785 W', within(wB, 2185, 2415) && within(wI, 1615, 1785));

  const m1 = rIb.cost.maintenanceUsdPerYear / rBase.cost.maintenanceUsdPerYear;
  const m2 = rHa.cost.maintenanceUsdPerYear / rBase.cost.maintenanceUsdPerYear;
  add('C12', 'Maintenance per port: 1/6 (one HCA) to 1/3 (two HCAs)', `1/${fmt(1 / m1, 2)} and 1/${fmt(1 / m2, 2)}`, '1/6 and 1/3 ± 10%', within(m1, (1 / 6) * 0.9, (1 / 6) * 1.1) && within(m2, (1 / 3) * 0.9, (1 / 3) * 1.1));

  // C13: which modes each adapter family runs, read from the fallbacks the simulator reports.
  const runs = (d: Design, partId: string): IovMode[] =>
    (['software', 'native', 'passthrough'] as const).filter((m) => !fallbacksFor(prepare(d, catalogFor(d), false).topo, m).some((f) => f.adapterPart === partId));
  const ih = runs(ibSw, 'hca-infinihost3-ddr');
  const cx = runs(ibPt, 'hca-connectx-ddr');
  const nic = runs(base, 'nic-gige-1p');
  const hba = runs(base, 'hba-fc-2g');
  const fbText = fallbacksFor(prepare(ibSw, catalogFor(ibSw), false).topo, 'passthrough')[0]?.reason ?? '';
  add(
    'C13',
    'InfiniHost III: software + native; ConnectX: all three; GigE/FC: software',
    `InfiniHost III: ${ih.join('+')}; ConnectX: ${cx.join('+')}; GigE: ${nic.join('+')}; FC: ${hba.join('+')}`,
    'exactly so, with a fallback reason',
    ih.join() === 'software,native' && cx.join() === 'software,native,passthrough' && nic.join() === 'software' && hba.join() === 'software' && fbText.includes('software'),
  );

  const qS = rIb.qualitative;
  const qN = modeOf(ibNat, 'native').qualitative;
  const yes = (b: boolean): string => (b ? 'yes' : 'no');
  add(
    'C14',
    'Table 3: legacy I/O in VMs, management transparency, live migration',
    `software: ${yes(qS.legacyIoInVms)}/${yes(qS.managementTransparency)}/${yes(qS.liveMigration)}; native: ${yes(qN.legacyIoInVms)}/${yes(qN.managementTransparency)}/${yes(qN.liveMigration)}`,
    'software yes/yes/yes; native no/no/no',
    qS.legacyIoInVms && qS.managementTransparency && qS.liveMigration && !qN.legacyIoInVms && !qN.managementTransparency && !qN.liveMigration,
  );
  return out;
}
