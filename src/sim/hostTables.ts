import { MODEL_PARAMS } from '../catalog/params';
import { hostProfile, ioGhzTable, MODERN_TCP_STACK_US, type HostProfile } from '../catalog/vswitch';
import { isStorageTransport, STORAGE_STACKS } from '../catalog/storageTransports';
import { IOV_MODES, type Transport } from '../domain';
import { TRANSPORTS } from './modeContext';
import type { Topology } from './topology';

/**
 * Per-adapter figures that depend on the host software its server runs (docs/model.md §14): the
 * 2007 stacks on the whitepaper's servers, today's on current ones. Each table is flat by
 * (profile, effective mode, transport) so the per-flow loops only index typed arrays.
 */
export interface HostTables {
  /** Profile of each adapter instance (its server's), as an index into `profiles`. */
  profileOf: Uint8Array;
  profiles: HostProfile[];
  /** Host path + transport stack delay at one end, µs. */
  endDelayUs: Float64Array;
  /** Server CPU per Gb/s. */
  ioGhzPerGbps: Float64Array;
}

export const TABLE_STRIDE = IOV_MODES.length * TRANSPORTS.length;

/** Offset of (profile, mode, transport) in a HostTables array. */
export const tableAt = (profile: number, modeIndex: number, transportCode: number): number => profile * TABLE_STRIDE + modeIndex * TRANSPORTS.length + transportCode;

/**
 * One end's transport stack, µs. Transports over TCP pay the era's TCP stack plus their own layer
 * (NVMe/TCP, iSCSI: catalog/storageTransports.ts); the others their own figure.
 */
export function stackUs(t: Transport, era: 'seed' | 'modern'): number {
  const tcp = era === 'modern' ? MODERN_TCP_STACK_US.value : MODEL_PARAMS.transportLatencyUs.tcp.value;
  if (t === 'tcp') return tcp;
  const storage = isStorageTransport(t) ? STORAGE_STACKS[t] : null;
  return storage?.overTcp ? tcp + storage.hostUs.value : MODEL_PARAMS.transportLatencyUs[t].value;
}

const memo = new WeakMap<Topology, HostTables>();

export function hostTables(topo: Topology): HostTables {
  const cached = memo.get(topo);
  if (cached) return cached;
  const choice = topo.design.settings.vswitch;
  const profiles: HostProfile[] = [];
  const keyIndex = new Map<string, number>();
  const profileOf = new Uint8Array(topo.adapters.length);
  let lastNode = -1;
  let code = 0;
  topo.adapters.forEach((ad, i) => {
    if (ad.node !== lastNode) {
      const server = topo.nodeParts[ad.node];
      const p = hostProfile(server?.era ?? 'seed', choice);
      const key = `${p.era}/${p.vswitch.id}`;
      let k = keyIndex.get(key);
      if (k === undefined) {
        k = profiles.length;
        profiles.push(p);
        keyIndex.set(key, k);
      }
      code = k;
      lastNode = ad.node;
    }
    profileOf[i] = code;
  });
  if (profiles.length === 0) profiles.push(hostProfile('seed', choice));
  const endDelayUs = new Float64Array(profiles.length * TABLE_STRIDE);
  const ioGhzPerGbps = new Float64Array(profiles.length * TABLE_STRIDE);
  profiles.forEach((p, k) => {
    const ghz = ioGhzTable(p, MODEL_PARAMS.ioGhzPerGbps);
    IOV_MODES.forEach((m, mi) =>
      TRANSPORTS.forEach((t, ti) => {
        const host = m === 'software' ? p.vswitch.latencyUs.value : MODEL_PARAMS.hostPathLatencyUs[m].value;
        endDelayUs[tableAt(k, mi, ti)] = host + stackUs(t, p.era);
        ioGhzPerGbps[tableAt(k, mi, ti)] = ghz[m][t];
      }),
    );
  });
  const out = { profileOf, profiles, endDelayUs, ioGhzPerGbps };
  memo.set(topo, out);
  return out;
}
