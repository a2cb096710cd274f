import { Panel, useReactFlow } from '@xyflow/react';
import { memo, useCallback, useState } from 'react';
import { estimateNodeSize, withPodBlocks } from '../layout';
import { appStore, useApp } from '../store';
import { tidyPositions } from '../tidy';
import { catalogOf } from './catalogMemo';
import { fitDesign } from './fitDesign';
import { markFitted } from './useRefitOnResize';

/**
 * The canvas's own commands: Tidy (one undoable step that lays the diagram out left to right by
 * role, elkjs in a worker) and fit-to-view.
 */
export const CanvasToolbar = memo(function CanvasToolbar() {
  const flow = useReactFlow();
  const empty = useApp((s) => s.design.nodes.length === 0);
  const [busy, setBusy] = useState(false);

  const tidy = useCallback(async () => {
    const store = appStore();
    const design = store.getState().design;
    if (design.nodes.length === 0) return;
    const catalog = catalogOf(design);
    // The sizes drawn on screen; nodes never mounted (off-screen in a large design) are estimated.
    const sizes = new Map(
      design.nodes.map((n) => {
        const m = flow.getInternalNode(n.id)?.measured;
        return [n.id, m?.width && m.height ? { width: m.width, height: m.height } : estimateNodeSize(n, catalog)] as const;
      }),
    );
    setBusy(true);
    try {
      const outcome = await tidyPositions(design, catalog, sizes);
      const now = store.getState();
      if (now.design.nodes !== design.nodes || now.design.links !== design.links) {
        now.notify('info', 'The diagram changed while it was being tidied: nothing was moved. Tidy again.');
        return;
      }
      // A design with groups keeps each group's members together, as blocks (podBlocks.ts): a
      // collapsed group's box then covers its own members and no other group's.
      const laid = design.groups?.length ? withPodBlocks({ ...design, nodes: design.nodes.map((n) => ({ ...n, position: outcome.positions.get(n.id) ?? n.position })) }, catalog) : null;
      now.moveNodes(laid ? new Map(laid.nodes.map((n) => [n.id, n.position])) : outcome.positions); // one design change: one undo step
      if (outcome.error) now.notify('warning', `The layout worker failed (${outcome.error}); a simpler column layout was used.`);
      markFitted(true);
      requestAnimationFrame(() => fitDesign(flow, 250));
    } finally {
      setBusy(false);
    }
  }, [flow]);

  return (
    <Panel position="top-right" className="iov-toolbar" aria-label="Canvas tools">
      <button type="button" onClick={() => void tidy()} disabled={empty || busy} aria-busy={busy} title="Lay the diagram out left to right in the direction of traffic: servers, leaves, spines, gateways, switches behind gateways, LAN and storage; cables go around nodes (one undo step)">
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round">
          <rect x="1.5" y="2" width="3.5" height="3" rx="0.6" />
          <rect x="1.5" y="11" width="3.5" height="3" rx="0.6" />
          <rect x="11" y="6.5" width="3.5" height="3" rx="0.6" />
          <path d="M5 3.5h2.5a1 1 0 0 1 1 1V11.5a1 1 0 0 0 1 1H5M8.5 8H11" />
        </svg>
        {busy ? 'Tidying…' : 'Tidy'}
      </button>
      <button
        type="button"
        onClick={() => {
          markFitted(true);
          fitDesign(flow, 250);
        }}
        disabled={empty} title="Fit the whole design in view">
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round">
          <path d="M2 5.5V2h3.5M14 5.5V2h-3.5M2 10.5V14h3.5M14 10.5V14h-3.5" />
        </svg>
        Fit
      </button>
    </Panel>
  );
});
