// The per-VM distribution in the results panel: the sorted curve of one flow kind, its text
// alternative (lowest, median, highest, each a button), and what a pick found: the VM's server is
// selected and centred on the canvas; for a stack, the stack node, and which member it is.
import { memo, useCallback, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { vmDemand, vmDistribution, vmPlace, type DistributionPoint } from '../analysis';
import type { FlowKind, ModeResult } from '../domain';
import { appStore, useApp } from '../store';
import { int, num } from '../ui';
import VmDistributionChart from './VmDistributionChart';

export interface VmDistributionProps {
  mode: ModeResult;
  kind: FlowKind;
  unit: string;
  /** e.g. "Server-to-server bandwidth". */
  label: string;
}

function VmDistributionView({ mode, kind, unit, label }: VmDistributionProps) {
  // What each server node's VMs ask: the workloads and which node runs which. Not the whole
  // design, which changes on every drag (and the curve need not be redrawn for a move).
  const workloads = useApp((s) => s.design.workloads);
  const nodeWorkloads = useApp(useShallow((s) => s.design.nodes.map((n) => n.workloadId ?? '')));
  const dist = useMemo(() => {
    const nodes = nodeWorkloads.map((workloadId) => ({ workloadId: workloadId || undefined }));
    return vmDistribution(mode.perVm, kind, (ni) => vmDemand({ nodes, workloads }, ni, kind));
  }, [mode, kind, workloads, nodeWorkloads]);
  const [found, setFound] = useState<string | null>(null);
  const pick = useCallback(
    (p: DistributionPoint) => {
      const live = appStore().getState();
      const place = vmPlace(live.design, mode.perVm, p.vm);
      if (!place || !live.design.nodes.some((n) => n.id === place.nodeId)) {
        setFound(`VM ${int(p.vm + 1)}’s server is no longer in the design.`);
        return;
      }
      live.focusNode(place.nodeId);
      const where = place.member === null ? place.label : `${place.label}, server ${int(place.member)} of ${int(place.members)}`;
      setFound(`VM ${int(p.vm + 1)} gets ${num(p.delivered)} ${unit}${p.demand > 0 ? ` (asks ${num(p.demand)})` : ''}: it runs on ${where}, selected on the canvas.`);
    },
    [mode, unit],
  );
  if (!dist) return <p className="ch-note">No VM has this flow.</p>;
  const stops = [
    ['lowest', dist.lowest],
    ['median', dist.median],
    ['highest', dist.highest],
  ] as const;
  return (
    <figure className="vd-figure">
      <VmDistributionChart dist={dist} unit={unit} label={label} onPick={pick} />
      <div className="vd-legend" aria-hidden="true">
        <span className="vd-key vd-key-delivered">delivered</span>
        {dist.points.some((p) => p.demand > 0) ? <span className="vd-key vd-key-demand">demand</span> : null}
      </div>
      <figcaption className="vd-stops">
        {int(dist.n)} VMs:{' '}
        {stops.map(([name, p], i) => (
          <span key={name}>
            {i ? ' · ' : ''}
            <button type="button" className="vd-stop" onClick={() => pick(p)} aria-label={`${name} ${num(p.delivered)} ${unit}: find this VM’s server on the canvas`} title="Find this VM’s server on the canvas">
              {name} {num(p.delivered)}
            </button>
          </span>
        ))}{' '}
        {unit}
      </figcaption>
      <p className="vd-found" role="status">{found ?? ''}</p>
    </figure>
  );
}

export const VmDistribution = memo(VmDistributionView);
