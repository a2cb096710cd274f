import { describe, expect, it } from 'vitest';
import { catalogFor, DEFAULT_CATALOG } from '../catalog';
import { generateDesign, TEMPLATES } from '../scenarios';
import { bus, DesignBuilder, port } from '../scenarios/builder';
import { capacitiesFor } from './constraints';
import { ENGINE_LIMITS, sizeReport } from './expansion';
import { buildFlowProblem } from './flowProblem';
import { modeContext } from './modeContext';
import { prepare, simulate } from './simulate';

describe('size estimate (issue 10, item 4)', () => {
  for (const t of TEMPLATES) {
    it(`${t.id}: counts what the engine expands to (vertices, connections, cables, VMs, flows) exactly`, () => {
      const design = t.build();
      const { estimate, problem } = sizeReport(design, catalogFor(design));
      const prep = prepare(design, catalogFor(design), false);
      expect(problem).toBeNull();
      expect(estimate.vertices).toBe(prep.topo.vertexCount);
      expect(estimate.connections).toBe(prep.topo.edgeCount - prep.topo.gatewayInsideCount);
      expect(estimate.cables).toBe(prep.common.ports.cables);
      expect(estimate.vms).toBe(prep.routes.vmCount);
      expect(estimate.flows).toBe(prep.routes.flowCount);
      // Incidences are estimated from design-graph path lengths: an upper bound here, not far off.
      const problemOf = buildFlowProblem(prep.topo, prep.routes, prep.layout, capacitiesFor(prep.topo, prep.layout, 'native'), modeContext(prep.topo, prep.routes, 'native'), {});
      const incidences = problemOf.flowStart[problemOf.flowCount]!;
      expect(estimate.incidences).toBeGreaterThanOrEqual(incidences);
      expect(estimate.incidences).toBeLessThan(2 * incidences);
    });
  }

  it('a 3 KB file meshing two 100,000-member stacks is refused, naming the link, before anything is allocated', () => {
    const design = new DesignBuilder('mesh bomb', '')
      .node('a', 'sw-ib-ddr-24', 'Stack A', 0, 0, 100000)
      .node('b', 'sw-ib-ddr-24', 'Stack B', 0, 0, 100000)
      .link(bus('a'), bus('b'), { mesh: true })
      .build();
    expect(JSON.stringify(design).length).toBeLessThan(3000);
    const { estimate, problem } = sizeReport(design, DEFAULT_CATALOG);
    expect(estimate.connections).toBe(1e10);
    expect(problem).toMatch(/10,000,000,000 member-to-member connections; up to 1,000,000 are supported/);
    expect(problem).toMatch(/"Stack A" ↔ "Stack B" is a mesh of 100,000 × 100,000 members/);
    const r = simulate(design);
    expect(r.modes).toEqual([]);
    expect(r.findings).toEqual([{ code: 'too-large', severity: 'error', message: problem }]);
  });

  it('100,000 servers × 10 VMs is refused, naming the server group', () => {
    const { problem } = sizeReport(generateDesign({ servers: 100000, vms: 10 }), DEFAULT_CATALOG);
    expect(problem).toMatch(/1,000,000 VMs; up to 300,000 are supported\. "Blade servers" runs 100,000 servers × 10 VMs = 1,000,000 VMs\./);
  });

  it('100,000 servers with one VM each fit the limits', () => {
    const { estimate, problem } = sizeReport(generateDesign({ servers: 100000, vms: 1 }), DEFAULT_CATALOG);
    expect(problem).toBeNull();
    expect(estimate.flows).toBe(300000);
    expect(estimate.vms).toBeLessThanOrEqual(ENGINE_LIMITS.vms);
  });

  it('counts flows only for the kinds VMs use (pushing demand invents no traffic)', () => {
    const design = new DesignBuilder('one kind', '')
      .server('srv', 'srv-blade-2007', 'Blades', 0, 0, { count: 10, vms: 3, adapters: [['hca', 'hca-connectx-ddr']] })
      .node('sw', 'sw-ib-ddr-24', 'Switch', 0, 0)
      .link(port('srv', 'hca'), bus('sw'))
      .build();
    design.workloads[0] = { ...design.workloads[0]!, lanMbps: 0, sanMBps: 0 };
    expect(sizeReport(design, DEFAULT_CATALOG).estimate.flows).toBe(30);
  });
});
