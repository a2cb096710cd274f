// Store reads shared by the panels, each as narrow as the panel needs.
import { useCallback, useMemo } from 'react';
import { catalogFor, DEFAULT_CATALOG, type Catalog } from '../catalog';
import type { Design, ModeResult, Part } from '../domain';
import { useApp, type SimState } from '../store';
import { useDimmed } from '../ui';

export interface CurrentResult {
  sim: SimState;
  /** The result for the design's current IOV mode, possibly from an older revision. */
  mode: ModeResult | undefined;
  /** The shown result is not for the current design (an edit is being simulated, or failed). */
  stale: boolean;
  /** Stale long enough to say so on screen (dimmed, "Updating"), or the run failed: useDimmed. */
  dimmed: boolean;
}

export const isStale = (sim: Pick<SimState, 'revision' | 'resultRevision'>): boolean => sim.resultRevision !== sim.revision;

export function useCurrentResult(): CurrentResult {
  const sim = useApp((s) => s.sim);
  const modeName = useApp((s) => s.design.settings.mode);
  const mode = sim.result?.modes.find((m) => m.mode === modeName);
  const stale = isStale(sim);
  return { sim, mode, stale, dimmed: useDimmed(stale, sim.status === 'error') };
}

export interface Target {
  nodeId?: string | undefined;
  adapterId?: string | undefined;
  linkId?: string | undefined;
}

/**
 * Show what a finding or bottleneck is about: centre the canvas on its node (which selects it,
 * and the shell keeps the list the user is reading open), or select its link.
 */
export function useGoTo(): (t: Target) => void {
  const focusNode = useApp((s) => s.focusNode);
  const select = useApp((s) => s.select);
  return useCallback(
    (t: Target) => {
      if (t.nodeId) focusNode(t.nodeId);
      else if (t.linkId) select({ nodes: [], links: [t.linkId] });
    },
    [focusNode, select],
  );
}

export const canGoTo = (t: Target): boolean => Boolean(t.nodeId || t.linkId);

/** The design's catalog: defaults plus its own parts, with its price list applied. */
export function useCatalog(): Catalog {
  const customParts = useApp((s) => s.design.customParts);
  const priceList = useApp((s) => s.design.priceList);
  return useMemo(() => catalogFor({ customParts, priceList }), [customParts, priceList]);
}

/** A part as the catalog has it, before the design's price list (what an override replaces). */
export function basePart(design: Pick<Design, 'customParts'>, partId: string): Part | undefined {
  return design.customParts.find((p) => p.id === partId) ?? DEFAULT_CATALOG.byId.get(partId);
}
