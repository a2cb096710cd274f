import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore,
  useStoreApi,
  type EdgeChange,
  type NodeChange,
  type ReactFlowState,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type MouseEvent as ReactMouseEvent } from 'react';
import type { Design } from '../domain';
import { FailureMenu, openFailureMenu } from '../whatif';
import { appStore, useApp } from '../store';
import { EDGE_TYPES } from './CableEdge';
import { GroupCableEdge } from './GroupCableEdge';
import { groupedView } from './groupedView';
import { groupBoxNodes, groupTagNodes, mergedEdges } from './groupRf';
import { resetGroupView, useGroupOverrides } from './groupView';
import { isOtherDesign } from './interaction';
import type { GroupRfNode, GroupTagRfNode } from './nodes/GroupNode';
import { setHoveredEdge } from './hoveredEdge';
import { useCatalog } from './catalogMemo';
import { CanvasLegend } from './CanvasLegend';
import { LaneChoiceDialog } from './LaneChoiceDialog';
import { CanvasToolbar } from './CanvasToolbar';
import { fitDesign } from './fitDesign';
import { FIT } from './fitOptions';
import { LARGE_DESIGN } from './largeDesign';
import { OverviewLayer } from './OverviewLayer';
import { onOverviewMoves, overviewMoves } from './overviewMoves';
import { useOverviewPointer } from './useOverviewPointer';
import { ResultsDimScope } from './ResultsDimScope';
import { useMountedSubset } from './useMountedSubset';
import { createEdgeDeriver, createNodeDeriver, withPositions, type DesignRfNode, type Measured, type XY } from './derive';
import { useExportCapture } from './exportCapture';
import { MiniMapCanvas } from './MiniMapCanvas';
import { NODE_TYPES } from './nodes/nodeTypes';
import { createSelectQueue } from './selectQueue';
import { useCableHandlers } from './useCableHandlers';
import { GRID, useDropHandlers } from './useDropHandlers';
import { markFitted, useRefitOnResize } from './useRefitOnResize';
import { useViewRequests } from './useViewRequests';
import { ZOOM_CLASS, zoomLevel, type ZoomLevel } from './zoom';
import './canvas.css';

const SNAP: [number, number] = [GRID, GRID];
/** Cables, and the merged cables of collapsed groups (groupedView.ts). */
const ALL_EDGE_TYPES = { ...EDGE_TYPES, mergedCable: GroupCableEdge };
type CanvasNode = DesignRfNode | GroupRfNode | GroupTagRfNode;
const isGroupNode = (n: CanvasNode): n is GroupRfNode | GroupTagRfNode => n.type === 'groupBox' || n.type === 'groupTag';
/**
 * Above this many nodes only those in view are mounted (React Flow's onlyRenderVisibleElements):
 * measured on a 1,000-node design, mounting all of them doubles the load time and makes drags
 * that autopan slower, not faster.
 */
const VIRTUALIZE_ABOVE = 200;

const zoomLevelSelector = (s: ReactFlowState): ZoomLevel => zoomLevel(s.transform[2]);
/**
 * The dotted grid only where its dots are at least 5 px apart: zoomed far out the SVG pattern's
 * tiles shrink below a pixel and painting them takes the main thread hundreds of milliseconds
 * per frame (a 5,000-node design fits at zoom 0.002), for a flat grey that says nothing.
 */
const DOT_GAP = 20;
const dotsSelector = (s: ReactFlowState): boolean => s.transform[2] * DOT_GAP >= 5;
function Canvas() {
  const flow = useReactFlow();
  const rfApi = useStoreApi();
  const wrapper = useRef<HTMLDivElement>(null);
  const design = useApp((s) => s.design);
  const selection = useApp((s) => s.selection);
  const theme = useApp((s) => s.theme);
  const catalog = useCatalog();
  const level = useStore(zoomLevelSelector);
  const dots = useStore(dotsSelector);
  const [measured, setMeasured] = useState<ReadonlyMap<string, Measured>>(() => new Map());
  const [deriveNodes] = useState(createNodeDeriver);
  const [deriveEdges] = useState(createEdgeDeriver);
  const [{ queue: queueSelect, flush: flushSelect }] = useState(() => createSelectQueue(() => appStore().getState()));
  useFlushOnInput(flushSelect);
  // Fit the opening design; an empty one keeps zoom 1 (fitting its first part would zoom in on it).
  const [fitOnOpen] = useState(() => design.nodes.length > 0);
  // A large design waits for its opening fit (onInit) before it mounts any node.
  const [viewReady, setViewReady] = useState(() => !(fitOnOpen && design.nodes.length > LARGE_DESIGN));

  const selectedNodes = useMemo(() => new Set(selection.nodes), [selection.nodes]);
  const selectedLinks = useMemo(() => new Set(selection.links), [selection.links]);
  // Large designs mount only the nodes in view (or none: the overview drawing), largeDesign.ts;
  // only those are turned into React Flow nodes and edges.
  const subset = useMountedSubset(design, catalog, selection.nodes, viewReady);
  const mounted = subset?.ids ?? null;
  const large = subset !== null;
  const overview = subset?.overview ?? false;
  // Collapsed groups: their members give way to one box each, their outside cables to merged ones.
  const overrides = useGroupOverrides();
  const grouped = useMemo(() => groupedView(design, overrides, catalog), [design, overrides, catalog]);
  useResetGroupsOnOpen(design);
  const inView = useMemo(() => {
    const hidden = grouped?.hidden;
    if (!mounted && !hidden) return design.nodes;
    return design.nodes.filter((n) => (!mounted || mounted.has(n.id)) && !hidden?.has(n.id));
  }, [design.nodes, mounted, grouped]);
  const linksInView = useMemo(() => {
    const links = grouped ? grouped.links : design.links;
    return mounted ? { ...design, links: links.filter((l) => mounted.has(l.a.node) && mounted.has(l.b.node)) } : grouped ? { ...design, links } : design;
  }, [design, mounted, grouped]);
  const groupNodes = useMemo(() => [...groupBoxNodes(grouped), ...groupTagNodes(design, grouped, catalog)], [design, grouped, catalog]);
  const groupEdges = useMemo(() => mergedEdges(grouped), [grouped]);
  // While a drag is under way the moved nodes' positions live here, not in the design: nothing
  // but the canvas re-renders per frame, and the design changes once when the drag ends (one
  // undo step, one save, one simulation run).
  const [dragged, setDragged] = useState<ReadonlyMap<string, XY> | null>(null);
  // A box dragged in the overview (useOverviewPointer): its node, mounted once selected, follows it.
  const boxMoves = useSyncExternalStore(onOverviewMoves, overviewMoves);
  const moving = useMemo(() => (boxMoves && dragged ? new Map([...dragged, ...boxMoves]) : (boxMoves ?? dragged)), [boxMoves, dragged]);
  const derived = useMemo(() => deriveNodes(inView, selectedNodes, measured, catalog), [deriveNodes, inView, selectedNodes, measured, catalog]);
  const shownNodes = useMemo((): CanvasNode[] => {
    const nodes = moving ? withPositions(derived, moving) : derived;
    return groupNodes.length ? [...nodes, ...groupNodes] : nodes;
  }, [derived, moving, groupNodes]);
  const cableEdges = useMemo(() => deriveEdges(linksInView, selectedLinks, catalog), [deriveEdges, linksInView, selectedLinks, catalog]);
  const shownEdges = useMemo(() => (groupEdges.length ? [...cableEdges, ...groupEdges] : cableEdges), [cableEdges, groupEdges]);

  // React Flow → store. Positions while dragging, selection, and measured sizes (kept here: they
  // are not part of the document or its undo history).
  const onNodesChange = useCallback((changes: NodeChange<CanvasNode>[]) => {
    const positions = new Map<string, XY>();
    const moving = new Map<string, XY>();
    const selects: Array<{ id: string; selected: boolean }> = [];
    const sizes: Array<[string, Measured]> = [];
    for (const c of changes) {
      if (c.type === 'position' && c.position) (c.dragging ? moving : positions).set(c.id, { x: c.position.x, y: c.position.y });
      else if (c.type === 'select') selects.push({ id: c.id, selected: c.selected });
      else if (c.type === 'dimensions' && c.dimensions) sizes.push([c.id, { width: c.dimensions.width, height: c.dimensions.height }]);
    }
    const s = appStore().getState();
    if (moving.size) setDragged((d) => new Map([...(d ?? []), ...moving]));
    if (positions.size) {
      // A drag ends (or arrow keys move the selection): into the design.
      s.moveNodes(positions);
      setDragged(null);
    }
    queueSelect('nodes', selects);
    if (sizes.length) {
      setMeasured((m) => {
        const copy = new Map(m);
        for (const [id, size] of sizes) {
          const old = copy.get(id);
          if (!old || old.width !== size.width || old.height !== size.height) copy.set(id, size);
        }
        return copy;
      });
    }
  }, [queueSelect]);

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    const selects = changes.flatMap((c) => (c.type === 'select' ? [{ id: c.id, selected: c.selected }] : []));
    queueSelect('links', selects);
  }, [queueSelect]);

  const beginDrag = useCallback(() => appStore().getState().beginDrag(), []);
  const endDrag = useCallback(() => appStore().getState().endDrag(), []);
  const onNodeClick = useCallback((_: unknown, node: CanvasNode) => {
    // Clicking a server's header while one of its adapters is selected selects the server itself.
    const s = appStore().getState();
    if (s.selection.adapter?.nodeId === node.id) s.select({ nodes: [node.id], links: [] });
  }, []);

  // What-if: right-click a node or a cable to fail or restore it (src/whatif).
  const onNodeContextMenu = useCallback((e: ReactMouseEvent, node: CanvasNode) => {
    e.preventDefault();
    if (isGroupNode(node)) return;
    openFailureMenu({ nodeId: node.id, x: e.clientX, y: e.clientY, label: node.data.node.label });
  }, []);
  const onEdgeContextMenu = useCallback((e: ReactMouseEvent, edge: { id: string; ariaLabel?: string | undefined }) => {
    e.preventDefault();
    openFailureMenu({ linkId: edge.id, x: e.clientX, y: e.clientY, label: edge.ariaLabel ?? 'cable' });
  }, []);
  const onEdgeEnter = useCallback((_: unknown, e: { id: string }) => setHoveredEdge(e.id), []);
  const onEdgeLeave = useCallback(() => setHoveredEdge(null), []);
  useOverviewPointer(wrapper, flow, overview, design, catalog);
  const cables = useCableHandlers(wrapper);
  const drops = useDropHandlers(flow, wrapper);
  useViewRequests(flow, wrapper, design, FIT);
  useExportCapture();
  useRefitOnResize(flow, wrapper);
  const onMoveStart = useCallback((e: unknown) => {
    if (e) markFitted(false); // the user moved the view (programmatic moves have no event)
  }, []);
  const onInit = useCallback(() => {
    markFitted(fitOnOpen);
    // Fit (clear of the minimap and toolbars) once React Flow knows the canvas size.
    if (fitOnOpen) {
      const tryFit = (n: number): void => {
        if (rfApi.getState().width > 0) fitDesign(flow);
        else if (n < 60) return void requestAnimationFrame(() => tryFit(n + 1));
        setViewReady(true);
      };
      tryFit(0);
    } else setViewReady(true);
  }, [fitOnOpen, flow, rfApi]);

  const empty = design.nodes.length === 0;
  return (
    <div className={ZOOM_CLASS[level]} ref={wrapper}>
      <ResultsDimScope>
        <ReactFlow<CanvasNode>
          nodes={shownNodes}
          edges={shownEdges}
          nodeTypes={NODE_TYPES}
          edgeTypes={ALL_EDGE_TYPES}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onNodeDragStart={beginDrag}
          onNodeDragStop={endDrag}
          onSelectionDragStart={beginDrag}
          onSelectionDragStop={endDrag}
          onNodeClick={onNodeClick}
          onNodeContextMenu={onNodeContextMenu}
          onEdgeContextMenu={onEdgeContextMenu}
          onEdgeMouseEnter={onEdgeEnter}
          onMoveStart={onMoveStart}
          onInit={onInit}
          onEdgeMouseLeave={onEdgeLeave}
          onConnect={cables.onConnect}
          onConnectStart={cables.onConnectStart}
          onConnectEnd={cables.onConnectEnd}
          isValidConnection={cables.isValidConnection}
          connectionMode={ConnectionMode.Loose}
          connectionRadius={24}
          onDragOver={drops.onDragOver}
          onDragLeave={drops.onDragLeave}
          onDrop={drops.onDrop}
          snapToGrid
          snapGrid={SNAP}
          minZoom={large ? 0.002 : 0.05}
          maxZoom={2.5}
          deleteKeyCode={null}
          selectionKeyCode="Shift"
          multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
          zoomOnDoubleClick={false}
          onlyRenderVisibleElements={design.nodes.length > VIRTUALIZE_ABOVE}
          elevateEdgesOnSelect
          colorMode={theme}
          aria-label="Design diagram"
        >
          {dots && <Background variant={BackgroundVariant.Dots} gap={DOT_GAP} size={1.4} color="var(--canvas-dots)" />}
          {/* The toolbar's Fit is the one fit (clear of the minimap): the controls keep zoom in and out. */}
          <Controls showInteractive={false} showFitView={false} />
          <MiniMapCanvas />
          <CanvasLegend />
          <CanvasToolbar />
          {overview && <OverviewLayer design={design} catalog={catalog} selected={selectedNodes} moving={moving} />}
        </ReactFlow>
      </ResultsDimScope>
      {empty && (
        <div className="iov-canvas__empty" role="note">
          <strong>Start your design</strong>
          <span>Drag servers, switches, gateways and storage from the palette, then drag adapters onto servers and cable their ports.</span>
        </div>
      )}
    </div>
  );
}

/** Another design opened: its groups open as its file says, not as the last one's were left. */
function useResetGroupsOnOpen(design: Design): void {
  const shown = useRef(design);
  useEffect(() => {
    const prev = shown.current;
    shown.current = design;
    if (prev !== design && isOtherDesign(prev, design)) resetGroupView();
  }, [design]);
}

/** Input that may act on the selection (a shortcut, a click elsewhere) sees the latest one. */
function useFlushOnInput(flush: () => void): void {
  useEffect(() => {
    const options = { capture: true };
    window.addEventListener('keydown', flush, options);
    window.addEventListener('pointerdown', flush, options);
    return () => {
      window.removeEventListener('keydown', flush, options);
      window.removeEventListener('pointerdown', flush, options);
    };
  }, [flush]);
}

/** The design as a diagram: parts, adapters inside servers, cables coloured by protocol or load. */
export function DesignCanvas() {
  return (
    <section aria-label="Design canvas" className="iov-canvas-section">
      <ReactFlowProvider>
        <Canvas />
      </ReactFlowProvider>
      <FailureMenu />
      <LaneChoiceDialog />
    </section>
  );
}
