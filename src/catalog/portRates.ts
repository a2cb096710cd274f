import type { Protocol } from '../domain';

/**
 * The name a port's rate goes by in datasheets ("IB DDR 4x", "2 Gb/s FC", "GigE"), found from
 * the catalog's data rate. Labels put it beside the data rate, so a customer who knows a
 * "2 Gb/s FC" port is not misled into reading 2 Gb/s of payload (it carries 1.6 Gb/s).
 */
const IB_4X: ReadonlyArray<[dataGbps: number, name: string]> = [
  [8, 'SDR'],
  [16, 'DDR'],
  [32, 'QDR'],
  [54.5, 'FDR'],
  [100, 'EDR'],
  [200, 'HDR'],
  [400, 'NDR'],
  [800, 'XDR'],
];

const near = (a: number, b: number): boolean => Math.abs(a - b) <= b * 0.02;

export function rateName(protocol: Protocol, dataGbps: number): string {
  if (!Number.isFinite(dataGbps) || dataGbps <= 0) return PROTOCOL_NAME[protocol];
  if (protocol === 'infiniband') {
    const gen = IB_4X.find(([d]) => near(dataGbps, d));
    return gen ? `IB ${gen[1]} 4x` : 'IB';
  }
  if (protocol === 'fc') {
    // FC's nominal "N Gb/s" carries N × 100 MB/s of payload (FCIA): 2GFC = 200 MB/s = 1.6 Gb/s.
    const nominal = Math.round(dataGbps / 0.8);
    return nominal >= 1 && Number.isInteger(Math.log2(nominal)) && near(dataGbps, nominal * 0.8) ? `${nominal} Gb/s FC` : 'FC';
  }
  if (near(dataGbps, 1)) return 'GigE';
  return Number.isInteger(dataGbps) ? `${dataGbps}GbE` : 'Ethernet';
}

const PROTOCOL_NAME: Record<Protocol, string> = { ethernet: 'Ethernet', fc: 'FC', infiniband: 'IB' };

/** "IB DDR 4x · 16 Gb/s data", "2 Gb/s FC · 1.6 Gb/s data", "GigE · 1 Gb/s data"; `gbps` formats the number with its unit. */
export function portRateText(protocol: Protocol, dataGbps: number, gbps: (v: number) => string): string {
  return `${rateName(protocol, dataGbps)} · ${gbps(dataGbps)} data`;
}
