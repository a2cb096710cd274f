import { BaseEdge, EdgeLabelRenderer, useInternalNode, useStore, useStoreApi, type EdgeProps, type EdgeTypes, type ReactFlowState } from '@xyflow/react';
import { memo, useLayoutEffect } from 'react';
import { appStore, useApp } from '../store';
import type { CableRfEdge } from './derive';
import { cableLook, cableRoute } from './cableLook';
import { obstaclesOf } from './cableObstacles';
import { cableText, labelFits, labelSize, loadText, PROTOCOL_VAR } from './format';
import type { Box } from './interaction';
import { useIsHovered } from './hoveredEdge';
import { spotsAlong } from '../layout';
import { requestLabel, useLabelSpot } from './labelStore';
import { linkLoadOf } from './resultIndex';
import { FAR_ZOOM, OVERVIEW_ZOOM } from './zoom';
import { failedText, linkFailure, pairCount } from '../whatif';

/**
 * Labels at far zoom (below FAR_ZOOM, where the canvas shows bigger words) only for small designs,
 * where the load on each cable is the point of the overview; never below LABEL_MIN_ZOOM.
 */
const LABEL_MIN_ZOOM = 0.22;
const FEW_EDGES = 40;
/** 0: near, 1: far, 2: overview (bigger type), 3: no label. One selector per edge: it runs on every store update. */
const labelLevelSelector = (s: ReactFlowState): 0 | 1 | 2 | 3 => {
  const z = s.transform[2];
  if (z >= FAR_ZOOM) return 0;
  if (z < LABEL_MIN_ZOOM || s.edges.length > FEW_EDGES) return 3;
  return z < OVERVIEW_ZOOM ? 2 : 1;
};

function boxOf(n: ReturnType<typeof useInternalNode>): Box | null {
  if (!n?.measured.width || !n.measured.height) return null;
  return { x: n.internals.positionAbsolute.x, y: n.internals.positionAbsolute.y, width: n.measured.width, height: n.measured.height };
}

/**
 * A cable: protocol-coloured until results arrive, then coloured by utilization with its load as
 * label; dimmed while the results are for an older design (ResultsDimScope: no cable subscribes
 * to that, or every cable would render twice per edit). Ends float to the facing side.
 */
export const CableEdge = memo(function CableEdge({ id, source, target, sourceX, sourceY, targetX, targetY, data, selected }: EdgeProps<CableRfEdge>) {
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  const load = useApp((s) => linkLoadOf(s, id));
  const labelLevel = useStore(labelLevelSelector);
  const far = labelLevel === 0 ? false : labelLevel === 2 ? ('overview' as const) : true;
  const zoomedOut = labelLevel === 3;
  const hovered = useIsHovered(id);
  // What-if: failed cables are drawn dashed in the danger colour, with what failed in the label.
  const failed = useApp((s) => (s.design.failures ? failedText(linkFailure(s.design, id), pairCount(s.design, id)) : ''));

  const rf = useStoreApi();
  // Re-route around nodes moved elsewhere once their move lands in the design (cableObstacles.ts).
  useApp((s) => s.design.nodes);

  const sb = boxOf(sourceNode);
  const tb = boxOf(targetNode);
  const { path, points, labelX, labelY, loop } = cableRoute(sb, sourceX, sourceY, tb, targetX, targetY, obstaclesOf(rf.getState()));

  const protocol = data?.protocol ?? null;
  const { bucket, width, full, short } = cableLook(data, load);
  const stroke = bucket !== null ? `var(--util-${bucket})` : protocol ? PROTOCOL_VAR[protocol] : 'var(--muted)';
  const lanes = data?.lanes ?? 1;
  const rateGbps = data?.rateGbps ?? Number.NaN;
  // The full text when it fits between the ends (or the cable is selected), else the figure
  // that matters: the load, or the protocol and rate.
  const ends = [sb, tb].filter((b): b is Box => b !== null);
  const shown = selected || hovered || labelFits(full, labelX, labelY, ends, far) ? full : short;
  const text = failed ? `${failed === 'failed' ? 'Failed' : failed} · ${shown}` : shown;
  const title = protocol ? `${cableText(protocol, rateGbps, lanes, data?.mesh)}${load ? ` — ${loadText(load)}` : ''}` : text;
  const className = `iov-cable${load ? ' has-load' : ''}${selected ? ' is-selected' : ''}${failed === 'failed' ? ' is-failed' : ''}`;
  // Labels are placed together so they never pile up (labelPlacement.ts); one without room waits
  // for hover or selection.
  const showLabel = !zoomedOut || selected || hovered;
  const size = labelSize(text, far);
  const forced = selected || hovered;
  const priority = load ? load.utilization : 0;
  useLayoutEffect(() => {
    if (!showLabel) {
      requestLabel(id, null);
      return;
    }
    requestLabel(id, { id, priority, spots: loop ? [{ x: labelX, y: labelY }] : spotsAlong(points), width: size.width, height: size.height, forced, obstacles: ends });
  });
  useLayoutEffect(() => () => requestLabel(id, null), [id]);
  const spot = useLabelSpot(id);
  return (
    <>
      {selected && <path d={path} className="iov-cable__halo" fill="none" />}
      <BaseEdge id={id} path={path} className={className} style={{ stroke, strokeWidth: width }} interactionWidth={18} />
      {showLabel && spot && (
        <EdgeLabelRenderer>
          <div
            className={`iov-cable__label nopan${load ? ' has-load' : ''}${selected ? ' is-selected' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${spot.x}px, ${spot.y}px)`, ...(bucket !== null ? { borderColor: stroke } : {}) }}
            title={title}
            onClick={(e) => {
              e.stopPropagation();
              const sel = appStore().getState().selection;
              const links = e.shiftKey ? (sel.links.includes(id) ? sel.links.filter((l) => l !== id) : [...sel.links, id]) : [id];
              appStore().getState().select({ nodes: e.shiftKey ? sel.nodes : [], links });
            }}
          >
            {protocol && !load && <span className="iov-cable__dot" style={{ background: PROTOCOL_VAR[protocol] }} />}
            {text}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

export const EDGE_TYPES: EdgeTypes = { cable: CableEdge };
