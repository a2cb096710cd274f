import { failureKey } from '../../domain';
import { FIGURE_TOLERANCE, standsFor } from '../../sim/nMinus1';
import { expectPositionals, parseArgs, parseCount, parseModes, type OptionKind } from '../args';
import { UsageError } from '../errors';
import { MAX_JOBS, nMinus1OnThreads } from '../failuresJobs';
import { wrap, renderTable, percent, num } from '../format';
import type { Io } from '../io';
import { toJson } from '../json';
import { loadDesign } from '../load';

const OPTIONS: Record<string, OptionKind> = { mode: 'value', json: 'flag', jobs: 'value' };

const change = (x: number): string => (Math.abs(x) < 0.0005 ? '0' : `${x > 0 ? '+' : '−'}${percent(Math.abs(x))}`);

/**
 * `failures <template-id | design.json> [--mode m] [--json] [--jobs N]`: the n−1 analysis (docs/failures.md) —
 * every switch, gateway and storage member, one server's adapter and one cable of each link, failed
 * one at a time; ranked by VMs cut off, then bandwidth lost; with the HA verdict. Twin members of a
 * stack (failureClasses.ts) are one row, simulated once: the label says how many it stands for
 * (`"Spines" (any of the 48)`), the JSON gives `count` and the `members`. The figures come rounded
 * at FIGURE_TOLERANCE from the core (nMinus1.ts), as the app's What-if panel shows them. The
 * classes run on `--jobs` worker threads (failuresJobs.ts; default: the cores less one, one for a
 * design too small to repay starting workers), with the same output whatever their number.
 */
export async function failuresCommand(args: readonly string[], io: Io, usage: () => number): Promise<number> {
  const p = parseArgs('failures', args, OPTIONS);
  if (p.flags.has('help')) return usage();
  const [ref] = expectPositionals('failures', p.positionals, ['template-id | design.json']);
  const loaded = await loadDesign(ref!, io);
  const modes = p.values.has('mode') ? parseModes(p.values.get('mode')) : [loaded.design.settings.mode];
  if (modes.length !== 1) throw new UsageError('failures takes one --mode (software, native or passthrough).');
  const mode = modes[0]!;
  const jobs = p.values.has('jobs') ? parseCount('jobs', p.values.get('jobs'), 1, MAX_JOBS) : 'auto';
  const r = await nMinus1OnThreads(loaded.design, mode, {
    jobs,
    onProgress: (done, total) => io.progress?.('n−1, classes of failures simulated', done, total),
    ...(io.onInterrupt ? { onInterrupt: io.onInterrupt } : {}),
  });
  if (p.flags.has('json')) {
    io.out(
      toJson({
        design: loaded.design.name,
        mode,
        // Figures are exact to this relative tolerance (docs/failures.md): a smaller change is 0.
        tolerance: FIGURE_TOLERANCE,
        // Single failures covered, and the simulations that covered them (one per class of twins).
        targets: r.targets,
        classes: r.impacts.length,
        verdict: { survivesAnySingleFailure: r.verdict.survives, text: r.verdict.text, singlePointsOfFailure: r.verdict.singlePoints.map((i) => i.label) },
        failures: r.impacts.map((i) => ({
          target: i.target,
          kind: i.kind,
          label: i.label,
          count: standsFor(i),
          ...(i.members ? { members: i.members.map(failureKey) } : {}),
          vmsCutOff: i.vmsCutOff,
          bandwidthChange: i.bandwidthChange,
          perVm: { lanGbps: i.perVm.lan, sanMBps: i.perVm.san, ipcGbps: i.perVm.ipc },
          newBottlenecks: i.newBottlenecks,
        })),
      }),
    );
    return 0;
  }
  const classes = r.impacts.length < r.targets ? ` in ${r.impacts.length} classes (twin members of a stack fail alike: one simulation each)` : '';
  io.out(`${loaded.design.name} — n−1, ${mode} IOV: ${r.targets} single failures${classes}, worst first\n\n`);
  const rows = r.impacts.map((i) => ({
    cells: [i.label, num(i.vmsCutOff.lan), num(i.vmsCutOff.san), num(i.vmsCutOff.ipc), change(i.bandwidthChange.lan), change(i.bandwidthChange.san), change(i.bandwidthChange.ipc), i.newBottlenecks[0] ?? ''],
  }));
  io.out(renderTable(['failed', 'VMs cut off: LAN', 'SAN', 'srv-srv', 'Δ LAN', 'Δ SAN', 'Δ srv-srv', 'new bottleneck'], rows));
  io.out(`\n${wrap(r.verdict.text, 100, '')}`);
  return 0;
}
