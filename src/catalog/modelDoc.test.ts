import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkClaims } from '../scenarios/claims';
import { ENGINE_LIMITS } from '../sim/expansion';
import { MODEL_PARAMS } from './params';
import { STORAGE_STACKS } from './storageTransports';

/** docs/model.md is the project's account of its model: it must say what the code does. */
const doc = readFileSync(new URL('../../docs/model.md', import.meta.url), 'utf8');
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const fmt = (n: number): string => n.toLocaleString('en-US');

describe('docs/model.md', () => {
  it('states the parameters the code uses', () => {
    const P = MODEL_PARAMS;
    expect(doc).toContain(`(\`softwareNetGhzPerGbps\`) | ${P.softwareNetGhzPerGbps.value}`);
    expect(doc).toContain(`software ${P.dmaRemapEfficiency.software.value}, native ${P.dmaRemapEfficiency.native.value}, pass-through ${P.dmaRemapEfficiency.passthrough.value}`);
    expect(doc).toContain(`software ${P.hostPathLatencyUs.software.value} µs, native ${P.hostPathLatencyUs.native.value} µs, pass-through ${P.hostPathLatencyUs.passthrough.value} µs`);
    expect(doc).toContain(`${(P.passthroughCorePerVm.value * 100).toFixed(2)}% of a core`);
    expect(doc).toContain(`${P.wireNsPerM.value} ns/m`);
    expect(doc).toContain(`${fmt(P.ethernetFrameBytes.value)} bytes`);
    const n = P.ioGhzPerGbps;
    expect(doc).toContain(`TCP ${n.native.tcp.toFixed(1)}, IPoIB ${n.native.ipoib}, RDMA ${n.native.rdma}, FCP ${n.native.fcp}, SRP ${n.native.srp}`);
  });

  it('states the storage transports’ figures the code uses (§14)', () => {
    const S = STORAGE_STACKS;
    expect(doc).toContain(`| NVMe/TCP | TCP stack + ${S['nvme-tcp'].hostUs.value} µs | ${S['nvme-tcp'].targetUs.value} µs |`);
    expect(doc).toContain(`| NVMe/RDMA | ${S['nvme-rdma'].hostUs.value} µs | ${S['nvme-rdma'].targetUs.value} µs | ${S['nvme-rdma'].cpu.value} (RDMA's) |`);
    expect(doc).toContain(`| iSCSI | TCP stack + ${S.iscsi.hostUs.value} µs | ${S.iscsi.targetUs.value} µs | ${1 + S.iscsi.cpu.value} × TCP's: `);
  });

  it('states the engine limits', () => {
    for (const k of ['designNodes', 'vertices', 'connections', 'cables', 'vms', 'flows', 'incidences'] as const) expect(doc).toContain(fmt(ENGINE_LIMITS[k]));
  });

  it('lists every seed claim the claims command measures', () => {
    for (const c of checkClaims()) expect(doc).toMatch(new RegExp(`^\\| ${c.id} \\|`, 'm'));
  });

  it('is what the README links to, and nothing links outside the repository', () => {
    expect(readme).toContain('](docs/model.md)');
    expect(`${readme}\n${doc}`).not.toMatch(/\.\.\/shared|\/work\/shared/);
  });
});
