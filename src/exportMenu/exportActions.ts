// Export commands: wait for results that match the design, capture the diagram the canvas
// shows, simulate a chosen baseline in a worker of its own, build the file in the export
// worker and hand it to the browser as a download. Nothing here runs long on the page.
import { captureDiagram } from '../canvas';
import type { Design, SimulationResult } from '../domain';
import type { ExportFile, ExportFormat, ExportRequest } from '../io/export/job';
import type { SvgText } from '../io/export/svg';
import { appStore } from '../store';
import { runExportJob, simulateOnce } from '../worker';
import type { NamedDesign } from './baselines';
import { getExportRun, setExportRun, setExportStage } from './exportRun';

export const FORMAT_LABEL: Record<ExportFormat, string> = {
  png: 'PNG image',
  svg: 'SVG image',
  pdf: 'PDF proposal',
  bom: 'bill of materials',
  cabling: 'cabling map',
  drawio: 'draw.io file',
  clab: 'containerlab topology',
  graphml: 'GraphML file for yEd',
  ibnet: 'InfiniBand topology file',
  netbox: 'NetBox import files',
  devicemap: 'device map',
};

export interface ExportOptions {
  scale?: 1 | 2;
  background?: 'white' | 'transparent';
  text?: SvgText;
  selectionOnly?: boolean;
  preparedFor?: string;
  preparedBy?: string;
  baseline?: NamedDesign | null;
}

class Cancelled extends Error {}

/** The live result once it is for the design as it is now; rejects if the simulator fails. */
function freshResult(signal: AbortSignal): Promise<SimulationResult | null> {
  const store = appStore();
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const { sim } = store.getState();
      if (sim.status === 'error') {
        reject(new Error(`the simulation failed (${sim.error ?? 'unknown error'})`));
        return true;
      }
      if (sim.status === 'ready' && sim.resultRevision === sim.revision) {
        resolve(sim.result);
        return true;
      }
      return false;
    };
    if (check()) return;
    const off = store.subscribe(() => {
      if (check()) off();
    });
    signal.addEventListener('abort', () => {
      off();
      reject(new Cancelled());
    });
  });
}

/**
 * The proposal states each mode's headroom, which comes from the capability runs that follow a
 * result: wait for them (they are seconds behind at most), but never for ever — without them the
 * proposal names the top bottleneck instead.
 */
function withCapability(result: SimulationResult, signal: AbortSignal, ms = 20_000): Promise<SimulationResult> {
  const store = appStore();
  return new Promise((resolve) => {
    /** The result to use once capability joined it, or the design moved on (then the one we have). */
    const ready = (): SimulationResult | null => {
      const now = store.getState().sim.result;
      if (!now || now.modes !== result.modes) return result;
      return now.capability ? now : null;
    };
    let off = (): void => {};
    const finish = (value: SimulationResult): void => {
      clearTimeout(timer);
      off();
      resolve(value);
    };
    const timer = setTimeout(() => finish(result), ms);
    off = store.subscribe(() => {
      const r = ready();
      if (r) finish(r);
    });
    signal.addEventListener('abort', () => finish(result));
    const r = ready();
    if (r) finish(r);
  });
}

function download(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the blob after click() returns: keep it a while.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

let seq = 0;

export async function exportDesign(format: ExportFormat, options: ExportOptions = {}): Promise<ExportFile | null> {
  const store = appStore();
  if (getExportRun()) {
    store.getState().notify('info', 'An export is already running; wait for it or cancel it.');
    return null;
  }
  const id = ++seq;
  const ac = new AbortController();
  setExportRun({ id, what: FORMAT_LABEL[format], stage: 'waiting for up-to-date results', startedAt: performance.now(), cancel: () => ac.abort() });
  const stage = (s: string): void => setExportStage(id, s);
  try {
    const needsTotals = format === 'bom' || format === 'pdf';
    let result: SimulationResult | null = null;
    try {
      result = await freshResult(ac.signal);
      if (format === 'pdf' && result && !result.capability) {
        stage('waiting for each mode’s headroom');
        result = await withCapability(result, ac.signal);
      }
    } catch (e) {
      if (e instanceof Cancelled || needsTotals) throw e;
      // A diagram or cabling map does not need results: draw it without loads.
    }
    const design: Design = store.getState().design;
    const diagram = format === 'png' || format === 'svg' || format === 'drawio' || format === 'pdf' || format === 'graphml';
    const capture = diagram ? captureDiagram({ selectionOnly: !!options.selectionOnly && format !== 'pdf' }) : undefined;
    if (diagram && !capture) throw new Error('the diagram is not on screen');
    let baseline: ExportRequest['baseline'];
    if (format === 'pdf' && options.baseline) {
      stage(`simulating the baseline “${options.baseline.name}”`);
      const b = options.baseline.build();
      baseline = { name: options.baseline.name, design: b, result: await simulateOnce(b, { signal: ac.signal, onProgress: (p) => stage(`simulating the baseline: ${p.stage}`) }) };
    }
    const req: ExportRequest = {
      format,
      design,
      now: Date.now(),
      ...(capture ? { capture } : {}),
      ...(result ? { result } : {}),
      ...(options.scale ? { scale: options.scale } : {}),
      ...(options.background ? { background: options.background } : {}),
      ...(options.text && format === 'svg' ? { text: options.text } : {}),
      ...(options.preparedFor !== undefined ? { preparedFor: options.preparedFor } : {}),
      ...(options.preparedBy !== undefined ? { preparedBy: options.preparedBy } : {}),
      ...(baseline ? { baseline } : {}),
    };
    stage('starting');
    const file = await runExportJob(req, { signal: ac.signal, onProgress: stage });
    download(file);
    store.getState().notify(file.note ? 'warning' : 'info', file.note ?? `Exported ${file.fileName} (${file.summary}).`);
    return file;
  } catch (e) {
    const message = e instanceof Cancelled || (e instanceof Error && e.message === 'Cancelled.') ? null : e instanceof Error ? e.message : String(e);
    if (message) store.getState().notify('error', `Could not export the ${FORMAT_LABEL[format]}: ${message.replace(/\.$/, '')}.`);
    return null;
  } finally {
    if (getExportRun()?.id === id) setExportRun(null);
  }
}
