/**
 * `npm run bench`: medians of the solver and the whole simulation on generated designs
 * (1k–100k flows), the seed's 128-server templates in all three modes, and the n−1 failure
 * sweep. `--json` prints one object per line: {name, flows, constraints, incidences, medianMs}.
 * Targets: shared/docs/QUALITY.md.
 */
import { catalogFor } from '../catalog';
import { generateDesign, getTemplate, TEMPLATES } from '../scenarios';
import { failureSweep, prepare, simulate } from '../sim';
import { capacitiesFor } from '../sim/constraints';
import { buildFlowProblem } from '../sim/flowProblem';
import { modeContext } from '../sim/modeContext';
import { solveMaxMin } from '../sim/solver';

interface Row {
  name: string;
  flows: number;
  constraints: number;
  incidences: number;
  medianMs: number;
  nsPerIncidence?: number;
  targetMs?: number;
}

function median(fn: () => void, reps: number, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const rows: Row[] = [];
const emit = (row: Row): void => {
  rows.push(row);
  if (json) console.log(JSON.stringify(row));
};

const VMS = 10;
const targets: Record<number, number> = { 30000: 20, 100000: 150 };
for (const flows of quick ? [1000, 10000, 30000] : [1000, 3000, 10000, 30000, 100000]) {
  const design = generateDesign({ servers: Math.round(flows / (3 * VMS)), vms: VMS });
  const catalog = catalogFor(design);
  const prep = prepare(design, catalog, false);
  const cap = capacitiesFor(prep.topo, prep.layout, 'native');
  const problem = buildFlowProblem(prep.topo, prep.routes, prep.layout, cap, modeContext(prep.topo, prep.routes, 'native'), false);
  const incidences = problem.flowStart[problem.flowCount]!;
  const reps = flows >= 100000 ? 7 : 15;
  const solverMs = median(() => solveMaxMin(problem), reps);
  emit({
    name: `solver ${flows / 1000}k flows`,
    flows: problem.flowCount,
    constraints: problem.constraintCount,
    incidences,
    medianMs: solverMs,
    nsPerIncidence: (solverMs * 1e6) / incidences,
    targetMs: targets[flows],
  });
  const simMs = median(() => simulate(design, { modes: ['native'], catalog }), flows >= 100000 ? 3 : 7, 1);
  emit({ name: `simulate ${flows / 1000}k flows (1 mode)`, flows: problem.flowCount, constraints: problem.constraintCount, incidences, medianMs: simMs });
}

for (const t of TEMPLATES) {
  const design = t.build();
  const r = simulate(design);
  const m = r.modes[0]!;
  emit({ name: `template ${t.id}, 3 modes`, flows: m.flows, constraints: m.constraints, incidences: 0, medianMs: median(() => simulate(design), 15), targetMs: 30 });
}

const sweepDesign = getTemplate('seed-ib-software')!.build();
const sweepMs = median(() => failureSweep(sweepDesign, 'software'), quick ? 1 : 3, 1);
emit({ name: 'n-1 sweep seed-ib-software', flows: 0, constraints: 0, incidences: 0, medianMs: sweepMs, targetMs: 2000 });

if (!json) {
  const pad = (s: string, n: number): string => s.padEnd(n);
  const num = (v: number | undefined, d = 2): string => (v === undefined ? '' : v.toFixed(d)).padStart(10);
  console.log(`${pad('benchmark', 44)}${'flows'.padStart(9)}${'incid.'.padStart(10)}${'median ms'.padStart(10)}${'ns/incid'.padStart(10)}${'target'.padStart(10)}`);
  for (const r of rows) {
    const status = r.targetMs === undefined ? '' : r.medianMs <= r.targetMs ? `≤${r.targetMs} ok` : `>${r.targetMs} SLOW`;
    console.log(`${pad(r.name, 44)}${String(r.flows).padStart(9)}${String(r.incidences).padStart(10)}${num(r.medianMs)}${num(r.nsPerIncidence, 1)}${status.padStart(12)}`);
  }
}
