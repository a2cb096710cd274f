import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG } from '../../catalog';
import { partFacts, partProtocols } from './partFacts';

const part = (id: string) => DEFAULT_CATALOG.byId.get(id)!;

describe('partFacts', () => {
  it('lists an adapter’s specs with units and sources', () => {
    const facts = partFacts(part('hca-connectx-ddr'));
    const byTerm = Object.fromEntries(facts.map((f) => [f.term, f]));
    expect(byTerm['Ports']!.value).toBe('2 × IB DDR 4x · 16.0 Gb/s data (20.0 Gb/s signalling)');
    expect(byTerm['Ports']!.source).toMatch(/IBTA/);
    expect(byTerm['Latency']!.value).toBe('1.20 µs');
    expect(byTerm['IOV modes']!.value).toContain('Pass-through');
    expect(byTerm['VMs (virtual functions)']!.value).toBe('256 VMs');
  });

  it('describes every kind of part without empty values', () => {
    for (const p of DEFAULT_CATALOG.parts) {
      const facts = partFacts(p);
      expect(facts.length).toBeGreaterThan(0);
      for (const f of facts) expect(f.value).not.toBe('');
    }
  });

  it('names both sides of a gateway', () => {
    expect(partProtocols(part('gw-ib-eth-6'))).toBe('InfiniBand ↔ Ethernet');
    const facts = partFacts(part('gw-ib-fc-4'));
    expect(facts.map((f) => f.term)).toEqual(['InfiniBand side', 'Fibre Channel side', 'Throughput', 'Latency']);
  });
});
