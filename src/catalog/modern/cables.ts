// Today's cables and optics by reach: passive copper (DAC) inside a rack, active optical cables
// (AOC) across a row, a pair of transceivers and fibre beyond. Each part is one link's worth: both
// ends, priced and powered together. A link without a cable of its own gets the cheapest part of
// its protocol whose reach covers its length and whose rate covers its ports' (cableChoice.ts).
import type { CablePart, Protocol } from '../../domain';
import { EST } from './helpers';

/** Where a passive cable's watts come from: there is nothing in its data path to power. */
export const PASSIVE_W = 'passive copper: no electronics in the data path (“near zero power”, NVIDIA LinkX DAC specifications)';

interface CableSpec {
  reachM: number;
  rateGbps: number;
  priceUsd: number;
  powerW: number;
  /** Where the reach and the watts come from (the price is always the shared estimate). */
  reach: string;
  watts: string;
}

function cable(id: string, name: string, protocol: Protocol, medium: CablePart['medium'], spec: CableSpec): CablePart {
  return {
    kind: 'cable', id, name, era: 'modern', protocol, medium, reachM: spec.reachM, rateGbps: spec.rateGbps, priceUsd: spec.priceUsd, powerW: spec.powerW,
    sources: { reachM: spec.reach, rateGbps: spec.reach, priceUsd: EST, powerW: spec.watts },
  };
}

const twoModules = (each: number, what: string): string => `2 modules × ${each} W (${what})`;

export const MODERN_CABLES: CablePart[] = [
  // Ethernet 100G (the 25G–100G DAC is modernParts.ts's cab-eth-dac, ≤ 5 m)
  cable('cab-eth-aoc-100g', '100GbE AOC (QSFP28), ≤ 100 m', 'ethernet', 'optical', {
    reachM: 100, rateGbps: 100, priceUsd: 300, powerW: 4.5,
    reach: 'NVIDIA MFA1A00-C QSFP28 MMF AOC: lengths to 100 m', watts: `${twoModules(2.25, 'QSFP28 AOC end, estimate')}; ${EST}`,
  }),
  cable('cab-eth-cwdm4-100g', '100GbE CWDM4 optics pair + single-mode fibre, ≤ 2 km', 'ethernet', 'optical', {
    reachM: 2000, rateGbps: 100, priceUsd: 650, powerW: 7,
    reach: '100G CWDM4 MSA: 2 km over duplex single-mode fibre', watts: twoModules(3.5, 'QSFP28 power class 4 maximum, SFF-8636'),
  }),
  // Ethernet 200G
  cable('cab-eth-dac-200g', '200GbE DAC (QSFP56), ≤ 3 m', 'ethernet', 'copper', {
    reachM: 3, rateGbps: 200, priceUsd: 150, powerW: 0.2,
    reach: 'IEEE 802.3cd 200GBASE-CR4: 3 m; NVIDIA MCP1650-V QSFP56 DAC', watts: '2 ends × 0.1 W maximum (NVIDIA MCP1650-V specifications: EEPROM only)',
  }),
  cable('cab-eth-aoc-200g', '200GbE AOC (QSFP56), ≤ 30 m', 'ethernet', 'optical', {
    reachM: 30, rateGbps: 200, priceUsd: 600, powerW: 9,
    reach: 'NVIDIA MFS1S00-V / MFS1S50-V QSFP56 AOC: lengths 3–30 m', watts: `${twoModules(4.5, 'QSFP56 AOC end, estimate')}; ${EST}`,
  }),
  cable('cab-eth-sr4-200g', '200GbE SR4 optics pair + OM4 fibre, ≤ 100 m', 'ethernet', 'optical', {
    reachM: 100, rateGbps: 200, priceUsd: 1100, powerW: 10,
    reach: 'IEEE 802.3cd 200GBASE-SR4: 100 m over OM4 (NVIDIA MMA1T00-VS QSFP56 transceiver)', watts: `${twoModules(5, 'QSFP56 SR4, estimate')}; ${EST}`,
  }),
  cable('cab-eth-fr4-200g', '200GbE FR4 optics pair + single-mode fibre, ≤ 2 km', 'ethernet', 'optical', {
    reachM: 2000, rateGbps: 200, priceUsd: 1700, powerW: 13,
    reach: 'IEEE 802.3bs 200GBASE-FR4: 2 km over duplex single-mode fibre', watts: `${twoModules(6.5, 'QSFP56 FR4, estimate')}; ${EST}`,
  }),
  // Ethernet 400G
  cable('cab-eth-dac-400g', '400GbE DAC (OSFP / QSFP112), ≤ 2 m', 'ethernet', 'copper', {
    reachM: 2, rateGbps: 400, priceUsd: 250, powerW: 0,
    reach: 'NVIDIA MCP4Y10 / MCP7Y10 DAC, 100G-PAM4 lanes: 0.5–2 m (IEEE 802.3ck 400GBASE-CR4: 2 m)', watts: PASSIVE_W,
  }),
  cable('cab-eth-sr4-400g', '400GbE SR4 optics pair + OM4 fibre, ≤ 50 m', 'ethernet', 'optical', {
    reachM: 50, rateGbps: 400, priceUsd: 1500, powerW: 16,
    reach: 'NVIDIA MMA4Z00-NS400 400G SR4 multimode transceiver: 50 m', watts: `${twoModules(8, '400G SR4 OSFP, estimate')}; ${EST}`,
  }),
  cable('cab-eth-dr4-400g', '400GbE DR4 optics pair + single-mode fibre, ≤ 500 m', 'ethernet', 'optical', {
    reachM: 500, rateGbps: 400, priceUsd: 2100, powerW: 18,
    reach: 'IEEE 802.3bs 400GBASE-DR4: 500 m over parallel single-mode fibre', watts: twoModules(9, 'NVIDIA MMS4X00-NS400 400G DR4 OSFP: 9 W typical'),
  }),
  cable('cab-eth-fr4-400g', '400GbE FR4 optics pair + single-mode fibre, ≤ 2 km', 'ethernet', 'optical', {
    reachM: 2000, rateGbps: 400, priceUsd: 3000, powerW: 24,
    reach: '100G Lambda MSA 400G-FR4: 2 km over duplex single-mode fibre', watts: `${twoModules(12, 'QSFP-DD/OSFP 400G FR4, estimate')}; ${EST}`,
  }),
  // Ethernet 800G
  cable('cab-eth-dac-800g', '800GbE DAC (twin-port OSFP), ≤ 2 m', 'ethernet', 'copper', {
    reachM: 2, rateGbps: 800, priceUsd: 400, powerW: 0,
    reach: 'NVIDIA MCP4Y10-N twin-port 2 × 400G OSFP DAC: 0.5, 1, 1.5 and 2 m', watts: PASSIVE_W,
  }),
  cable('cab-eth-sr8-800g', '800GbE 2×SR4 optics pair + OM4 fibre, ≤ 50 m', 'ethernet', 'optical', {
    reachM: 50, rateGbps: 800, priceUsd: 2800, powerW: 30,
    reach: 'NVIDIA MMA4Z00-NS twin-port 2 × 400G SR4 multimode transceiver: 50 m', watts: `${twoModules(15, 'twin-port OSFP SR8, estimate')}; ${EST}`,
  }),
  cable('cab-eth-dr8-800g', '800GbE DR8 optics pair + single-mode fibre, ≤ 100 m', 'ethernet', 'optical', {
    reachM: 100, rateGbps: 800, priceUsd: 3400, powerW: 33,
    reach: 'NVIDIA MMS4X00-NS twin-port OSFP 2 × 400G DR8: 100 m', watts: `${twoModules(16.5, 'twin-port OSFP DR8, estimate')}; ${EST}`,
  }),
  cable('cab-eth-fr8-800g', '800GbE 2×FR4 optics pair + single-mode fibre, ≤ 2 km', 'ethernet', 'optical', {
    reachM: 2000, rateGbps: 800, priceUsd: 5000, powerW: 36,
    reach: 'NVIDIA MMS4X50-NM twin-port OSFP 2 × FR4: 2 km', watts: `${twoModules(18, 'twin-port OSFP 2×FR4, estimate')}; ${EST}`,
  }),
  // InfiniBand (the HDR AOC is modernParts.ts's cab-ib-aoc, ≤ 30 m)
  cable('cab-ib-dac-hdr', 'InfiniBand HDR DAC (QSFP56), ≤ 2 m', 'infiniband', 'copper', {
    reachM: 2, rateGbps: 200, priceUsd: 200, powerW: 0.2,
    reach: 'NVIDIA MCP1650-H HDR QSFP56 passive DAC: up to 2 m', watts: '2 ends × 0.1 W maximum (EEPROM only, NVIDIA QSFP56 DAC specifications)',
  }),
  cable('cab-ib-sr4-hdr', 'InfiniBand HDR SR4 optics pair + OM4 fibre, ≤ 100 m', 'infiniband', 'optical', {
    reachM: 100, rateGbps: 200, priceUsd: 1300, powerW: 9,
    reach: 'NVIDIA MMA1T00-HS HDR QSFP56 multimode transceiver: 100 m over OM4', watts: `${twoModules(4.5, 'QSFP56 SR4, estimate')}; ${EST}`,
  }),
  cable('cab-ib-dac-ndr', 'InfiniBand NDR DAC (OSFP), ≤ 2 m', 'infiniband', 'copper', {
    reachM: 2, rateGbps: 400, priceUsd: 350, powerW: 0,
    reach: 'NVIDIA MCP4Y10-N / MCP7Y00-N NDR OSFP passive DAC: 0.5–2 m', watts: PASSIVE_W,
  }),
  cable('cab-ib-dr4-ndr', 'InfiniBand NDR DR4 optics pair + single-mode fibre, ≤ 100 m', 'infiniband', 'optical', {
    reachM: 100, rateGbps: 400, priceUsd: 2400, powerW: 18,
    reach: 'NVIDIA MMS4X00-NS400 400G DR4 OSFP with MFP7E30 crossover fibre: 100 m', watts: twoModules(9, 'NVIDIA MMS4X00-NS400: 9 W typical at 400 Gb/s'),
  }),
  cable('cab-ib-fr4-ndr', 'InfiniBand NDR FR4 optics pair + single-mode fibre, ≤ 2 km', 'infiniband', 'optical', {
    reachM: 2000, rateGbps: 400, priceUsd: 3400, powerW: 24,
    reach: 'NVIDIA MMS4X50-NM twin-port OSFP 2 × FR4: 2 km over single-mode fibre', watts: `${twoModules(12, 'half a twin-port 2×FR4 OSFP, estimate')}; ${EST}`,
  }),
  // Fibre Channel (short wave ≤ 100 m is modernParts.ts's cab-fc-om4)
  cable('cab-fc-lw-32g', '32GFC long-wave SFP28 pair + single-mode fibre, ≤ 10 km', 'fc', 'optical', {
    reachM: 10000, rateGbps: 25.6, priceUsd: 1400, powerW: 3,
    reach: 'INCITS FC-PI-6 32GFC-LW: 10 km over single-mode fibre', watts: `${twoModules(1.5, 'SFP28 long wave, estimate')}; ${EST}`,
  }),
  cable('cab-fc-lw-64g', '64GFC long-wave SFP pair + single-mode fibre, ≤ 10 km', 'fc', 'optical', {
    reachM: 10000, rateGbps: 51.2, priceUsd: 2600, powerW: 4,
    reach: 'INCITS FC-PI-7 64GFC-LW: 10 km over single-mode fibre', watts: `${twoModules(2, 'SFP long wave, estimate')}; ${EST}`,
  }),
];
