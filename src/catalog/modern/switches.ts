// Today's fixed switches of 64–144 ports at 200–800 Gb/s and director-class chassis, beyond
// modernParts.ts's. Port counts and capacities come from the vendors' manuals; hop latency, price
// and watts are estimates unless a source says otherwise (the director's hop counts its stages).
import type { SwitchPart } from '../../domain';
import { EST, sw } from './helpers';

const stages = (n: number, hopNs: number): string => `${n} internal switch stages (leaf–spine–leaf) × ≈ ${hopNs} ns, as the fixed switch of the generation (estimate)`;

export const MODERN_SWITCHES: SwitchPart[] = [
  sw('sw-eth-200g-64', '200GbE switch, 64 ports (Spectrum-3 SN4600 class)', 'ethernet', 64, 200, 212.5, 0.45, 60000, 800, {
    ports: 'NVIDIA SN4000 hardware user manual: SN4600 64 × 200GbE, 12.8 Tb/s', hopLatencyUs: `Spectrum class cut-through port-to-port (estimate); ${EST}`,
  }),
  sw('sw-eth-400g-64', '400GbE switch, 64 ports (Spectrum-4 SN5400 class)', 'ethernet', 64, 400, 425, 0.7, 90000, 1300, {
    ports: 'NVIDIA SN5000 hardware user manual: SN5400 64 × 400GbE (50 Gb/s lanes), 25.6 Tb/s', hopLatencyUs: `as the 32-port 400GbE switch (estimate); ${EST}`,
  }),
  sw('sw-eth-800g-64', '800GbE switch, 64 ports (Spectrum-4 SN5600 / Tomahawk 5 class)', 'ethernet', 64, 800, 850, 0.8, 160000, 2200, {
    ports: 'NVIDIA SN5000 hardware user manual: SN5600 64 × 800GbE (100 Gb/s lanes), 51.2 Tb/s; Broadcom Tomahawk 5 (BCM78900) 51.2 Tb/s, 64 × QSFP-DD (Accton, OpenNetworkLinux)',
    hopLatencyUs: `51.2 Tb/s class cut-through (estimate); ${EST}`, powerW: `${EST}; SN5600 ships with two 3 kW supplies and up to 18 W per port for optics (SN5000 manual)`,
  }),
  sw('sw-eth-400g-576', 'Ethernet modular chassis, 576 × 400GbE (Arista 7816R3 class)', 'ethernet', 576, 400, 425, 4, 2000000, 20000, {
    ports: 'Arista 7800R3 series: 7816R3, 16 line cards × 36 × 400GbE', hopLatencyUs: `deep-buffer VOQ fabric through line card, fabric and line card: ≈ 4 µs (estimate); ${EST}`,
  }),
  sw('sw-ib-xdr-144', 'InfiniBand XDR switch, 144 ports (Quantum-X800 Q3400 class)', 'infiniband', 144, 800, 850, 0.13, 400000, 6000, {
    ports: 'NVIDIA Q3200-RA/Q3400-RA XDR 800 Gb/s InfiniBand switch systems user manual: Q3400 144 × 800 Gb/s XDR, 115.2 Tb/s', hopLatencyUs: `as Quantum-2 NDR (estimate); ${EST}`,
  }),
  sw('sw-ib-hdr-800', 'InfiniBand HDR director, 800 ports (CS8500 class)', 'infiniband', 800, 200, 212.5, 0.39, 800000, 12000, {
    ports: 'NVIDIA CS8500 user manual: 20 leaf modules × 40 QSFP56 ports = 800 HDR ports', hopLatencyUs: stages(3, 130),
  }),
  sw('sw-fc-64g-64', 'FC switch 64 Gb/s, 64 ports (Brocade G720 class)', 'fc', 64, 51.2, 57.8, 0.7, 110000, 400, {
    ports: 'Brocade G720: 56 SFP + 8 SFP-DD ports = 64 × 64GFC', hopLatencyUs: `as the 48-port 64GFC switch (estimate); ${EST}`,
  }),
  sw('sw-fc-64g-384', 'FC director 64 Gb/s, 384 ports (Brocade X7-8 class)', 'fc', 384, 51.2, 57.8, 2.1, 900000, 5000, {
    ports: 'Brocade X7-8 director: 8 port-blade slots × 48 ports (FC64-48) = 384 × 64GFC', hopLatencyUs: stages(3, 700),
  }),
];
