import type { StateCreator } from 'zustand';
import { catalogFor } from '../catalog';
import { pruneFailures, toggleFailure, type Design, type DesignLink, type DesignNode, type Failure, type PortRef, type Settings, type Workload } from '../domain';
import * as ops from './designOps';
import { withSweepValue, type LaneProposal, type SweepAxis } from '../sim';
import type { AppState } from './types';

export interface DesignSlice {
  design: Design;
  /** A shared design opened from a link: shown, simulated, never edited (until "Save a copy"). */
  readOnly: boolean;
  setReadOnly(readOnly: boolean): void;
  /** The design as it was when a drag began; the drag becomes one undo step when it ends. */
  dragOrigin: Design | null;
  loadDesign(design: Design): void;
  rename(name: string): void;
  setDescription(description: string): void;
  addPart(partId: string, position: { x: number; y: number }): string | null;
  updateNode(nodeId: string, patch: Partial<Omit<DesignNode, 'id'>>): void;
  moveNodes(positions: ReadonlyMap<string, { x: number; y: number }>): void;
  beginDrag(): void;
  endDrag(): void;
  deleteSelection(): void;
  installAdapter(serverId: string, adapterPartId: string): boolean;
  removeAdapter(nodeId: string, adapterId: string): void;
  moveAdapter(fromNodeId: string, adapterId: string, toNodeId: string): boolean;
  /** Cable two ports; without `lanes`, a cable of many lanes waits in `laneChoice` for the user's count. */
  connect(a: PortRef, b: PortRef, lanes?: number): boolean;
  /** A new cable whose lane count the user is asked for (more than a few proposed). */
  laneChoice: { a: PortRef; b: PortRef; proposal: LaneProposal } | null;
  /** The user's answer: that many lanes, or null for no cable. */
  chooseLanes(lanes: number | null): void;
  updateLink(linkId: string, patch: Partial<Omit<DesignLink, 'id' | 'a' | 'b'>>): void;
  updateSettings(patch: Partial<Settings>): void;
  updateWorkload(workloadId: string, patch: Partial<Omit<Workload, 'id'>>): void;
  setPriceOverride(partId: string, patch: { priceUsd?: number | undefined; powerW?: number | undefined }): void;
  /** An imported price list (already checked by the importer): prices, custom parts and where they came from, one undo step. */
  applyPriceList(next: Pick<Design, 'priceList' | 'customParts' | 'priceListSource'>): void;
  /** What-if: fail (true) or restore (false) a part; undoable, saved with the design, not in the BOM. */
  setFailed(failure: Failure, failed: boolean): void;
  /** What-if: restore every failed part. */
  restoreAll(): void;
  /** A sweep point applied to the design (VMs on every server group, or every workload's demand scaled): one undo step. */
  applySweepValue(axis: SweepAxis, value: number): void;
  copySelection(): void;
  paste(): void;
  duplicateSelection(): void;
}

export const createDesignSlice =
  (initial: Design): StateCreator<AppState, [['temporal', unknown]], [], DesignSlice> =>
  (set, get, api) => {
    const edit = (next: Design): void => {
      if (next === get().design) return;
      if (get().readOnly) {
        get().notify('info', 'This shared design is read-only. Use “Save a copy” to edit it.');
        return;
      }
      // Failures name members, adapters and links: an edit that removes them drops their failures.
      set({ design: pruneFailures(next) });
    };
    /** An edit that adds items: refused with the importer's own message when it would pass a limit. */
    const grow = (next: Design, what: string): boolean => {
      if (get().readOnly) {
        edit(next); // refused, with the read-only notice
        return false;
      }
      const problem = next === get().design ? null : ops.limitProblem(next);
      if (problem) {
        get().notify('error', `${what} refused: ${problem}`);
        return false;
      }
      edit(next);
      return true;
    };
    const outcome = (o: ops.EditOutcome): boolean => {
      if (!o.ok) {
        get().notify('error', o.reason);
        return false;
      }
      if (!grow(o.design, 'Edit')) return false;
      if (o.warning) get().notify('warning', o.warning);
      else if (o.info) get().notify('info', o.info);
      return true;
    };
    type Temporal = { pause(): void; resume(): void; _handleSet(past: { design: Design }, replace: undefined, current: { design: Design }, delta: undefined): void };
    const temporal = (): Temporal => (api as unknown as { temporal: { getState(): Temporal } }).temporal.getState();
    return {
      design: initial,
      readOnly: false,
      setReadOnly: (readOnly) => set({ readOnly }),
      dragOrigin: null,
      loadDesign: (design) => set({ design, selection: { nodes: [], links: [] }, laneChoice: null }),
      rename: (name) => edit(name === get().design.name ? get().design : { ...get().design, name }),
      setDescription: (description) => edit(description === get().design.description ? get().design : { ...get().design, description }),
      addPart: (partId, position) => {
        const part = catalogFor(get().design).byId.get(partId);
        if (!part) return null;
        if (part.kind === 'adapter' || part.kind === 'cable') {
          get().notify('error', part.kind === 'adapter' ? 'Drop adapters onto a server: they go into its slots.' : 'Cables are drawn by dragging from one port to another.');
          return null;
        }
        const node = ops.nodeFromPart(part, position, get().design);
        if (!grow(ops.addNode(get().design, node), 'Adding a part')) return null;
        get().select({ nodes: [node.id], links: [] });
        return node.id;
      },
      updateNode: (nodeId, patch) => edit(ops.updateNode(get().design, nodeId, patch)),
      moveNodes: (positions) => edit(ops.moveNodes(get().design, positions)),
      beginDrag: () => {
        if (get().dragOrigin || get().readOnly) return;
        set({ dragOrigin: get().design });
        temporal().pause();
      },
      endDrag: () => {
        const origin = get().dragOrigin;
        if (!origin) return;
        const changed = get().design !== origin;
        // One undo step from the pre-drag design to the final one, written straight into the history:
        // rewinding to the pre-drag design and setting the final one again made every subscriber
        // (the canvas, the panels, saving, the simulation) see the drag end twice.
        set({ dragOrigin: null });
        // zundo's own step recorder: it keeps the history limit and clears the redo stack.
        if (changed) temporal()._handleSet({ design: origin }, undefined, { design: get().design }, undefined);
        temporal().resume();
      },
      deleteSelection: () => {
        const { nodes, links, adapter } = get().selection;
        if (adapter) {
          edit(ops.removeAdapter(get().design, adapter.nodeId, adapter.adapterId));
        } else {
          edit(ops.removeItems(get().design, nodes, links));
        }
        get().select({ nodes: [], links: [] });
      },
      installAdapter: (serverId, adapterPartId) => outcome(ops.installAdapter(get().design, serverId, adapterPartId)),
      removeAdapter: (nodeId, adapterId) => edit(ops.removeAdapter(get().design, nodeId, adapterId)),
      moveAdapter: (from, adapterId, to) => outcome(ops.moveAdapter(get().design, from, adapterId, to)),
      connect: (a, b, lanes) => {
        const o = ops.connect(get().design, a, b, lanes);
        if (!o.ok || !o.ask || get().readOnly) return outcome(o);
        set({ laneChoice: { a, b, proposal: o.ask } });
        return true;
      },
      laneChoice: null,
      chooseLanes: (lanes) => {
        const choice = get().laneChoice;
        set({ laneChoice: null });
        if (choice && lanes !== null) outcome(ops.connect(get().design, choice.a, choice.b, lanes));
      },
      updateLink: (linkId, patch) => edit(ops.updateLink(get().design, linkId, patch)),
      updateSettings: (patch) => edit(ops.updateSettings(get().design, patch)),
      updateWorkload: (workloadId, patch) => edit(ops.updateWorkload(get().design, workloadId, patch)),
      setPriceOverride: (partId, patch) => edit(ops.setPriceOverride(get().design, partId, patch)),
      applyPriceList: ({ priceList, customParts, priceListSource }) =>
        edit({ ...get().design, priceList, customParts, ...(priceListSource ? { priceListSource } : {}) }),
      setFailed: (failure, failed) => edit(toggleFailure(get().design, failure, failed)),
      restoreAll: () => {
        const { failures: _drop, ...rest } = get().design;
        if (get().design.failures) edit(rest);
      },
      applySweepValue: (axis, value) => edit(withSweepValue(get().design, axis, value)),
      copySelection: () => {
        const ids = get().selection.nodes;
        if (ids.length) set({ clipboard: ops.copyItems(get().design, ids) });
      },
      paste: () => {
        const clip = get().clipboard;
        if (!clip || clip.nodes.length === 0) return;
        const { design, nodeIds } = ops.pasteClip(get().design, clip);
        if (!grow(design, 'Paste')) return;
        get().selectAndReveal(nodeIds);
      },
      duplicateSelection: () => {
        const ids = get().selection.nodes;
        if (!ids.length) return;
        const { design, nodeIds } = ops.pasteClip(get().design, ops.copyItems(get().design, ids));
        if (!grow(design, 'Duplicate')) return;
        get().selectAndReveal(nodeIds);
      },
    };
  };
