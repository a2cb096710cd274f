import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG } from '../../catalog';
import { getTemplate } from '../../scenarios';
import { adapterNames } from './ServerNode';

describe('adapter names in a server', () => {
  it('numbers repeated parts so every handle label is unique', () => {
    const servers = getTemplate('seed-baseline-gige-fc')!.build().nodes.find((n) => n.id === 'servers')!;
    const names = adapterNames(servers, DEFAULT_CATALOG);
    expect(names.map((a) => a.name)).toEqual([
      'GigE NIC, 1 port (PCIe x1)',
      'GigE NIC, 1 port (PCIe x1) #2',
      'GigE NIC, 1 port (PCIe x1) #3',
      'GigE NIC, 1 port (PCIe x1) #4',
      'FC HBA 2 Gb/s, 1 port',
      'FC HBA 2 Gb/s, 1 port #2',
    ]);
    expect(names.map((a) => a.ordinal)).toEqual([1, 2, 3, 4, 1, 2]);
  });
  it('leaves a single adapter unnumbered', () => {
    const servers = getTemplate('seed-ib-software')!.build().nodes.find((n) => n.id === 'servers')!;
    expect(adapterNames(servers, DEFAULT_CATALOG)).toMatchObject([{ name: 'InfiniHost III Ex DDR HCA, 2 ports', ordinal: 0 }]);
  });
});
