// "About the model": what the numbers mean, where the model departs from the whitepaper, and where the
// default parameters come from. A modal <dialog>: focus moves in, Escape or Close leaves.
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { MODEL_NOTES, MODEL_PARAMS, VSWITCHES } from '../catalog';
import './panels.css';

// The whole model description (docs/model.md) and its renderer load only when asked for.
const ModelDoc = lazy(() => import('./ModelDoc'));

const PARAMETER_SOURCES: ReadonlyArray<{ term: string; source: string }> = [
  { term: 'Software network path CPU per Gb/s (virtual switch cap and density)', source: MODEL_PARAMS.softwareNetGhzPerGbps.source },
  { term: 'Server CPU per Gb/s by mode', source: MODEL_PARAMS.ioGhzPerGbpsSource },
  { term: 'Pass-through CPU per VM', source: MODEL_PARAMS.passthroughCorePerVm.source },
  { term: 'Host-path latency, software', source: MODEL_PARAMS.hostPathLatencyUs.software.source },
  { term: 'Host-path latency, native', source: MODEL_PARAMS.hostPathLatencyUs.native.source },
  { term: 'Host-path latency, offloaded virtio (vDPA / DPU)', source: MODEL_PARAMS.hostPathLatencyUs.offload.source },
  { term: 'Today’s virtual switch, kernel datapath (CPU per Gb/s; queues per uplink)', source: `${VSWITCHES.kernel.ghzPerGbps.source}; ${VSWITCHES.kernel.coresPerPort.source}` },
  { term: 'OVS-DPDK (CPU per Gb/s; reserved poll-mode cores)', source: `${VSWITCHES['ovs-dpdk'].ghzPerGbps.source}; ${VSWITCHES['ovs-dpdk'].reservedCoresPerPort.source}` },
  { term: 'Wire delay', source: MODEL_PARAMS.wireNsPerM.source },
  { term: 'Loaded latency', source: MODEL_PARAMS.maxUtilization.source },
  { term: 'Table 3 properties', source: MODEL_PARAMS.qualitativeSource },
];

export function AboutModel({ onClose }: { onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const [showDoc, setShowDoc] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    closeRef.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      opener?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`pn-dialog${showDoc ? ' pn-dialog-wide' : ''}`}
      aria-modal="true"
      aria-labelledby={titleId}
      onCancel={(e) => {
        // Escape: let the parent unmount us (it owns whether the dialog is shown).
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => {
        if (e.target === e.currentTarget) onClose(); // a click on the backdrop
      }}
    >
      <div className="pn-dialog-inner">
        <header className="pn-dialog-head">
          <h2 id={titleId}>About the model</h2>
          <button ref={closeRef} type="button" className="pn-btn" onClick={onClose}>
            Close
          </button>
        </header>
        <div className="pn-dialog-body">
          <p className="pn-lead">
            The model and its templates follow the Mellanox whitepaper <cite>I/O Virtualization Using Mellanox InfiniBand And Channel I/O Virtualization
            (CIOV) Technology</cite> (2007); “the whitepaper” below means that paper.
          </p>
          <p>
            What the numbers mean, and where they come from. Every part in the catalog also carries the source of each of its numbers: select a part in the
            inspector and hover the small (i) next to a number.
          </p>
          <ol className="pn-notes">
            {MODEL_NOTES.map((n) => (
              <li key={n.title}>
                <h3>{n.title}</h3>
                <p>{n.text}</p>
              </li>
            ))}
          </ol>
          <h3 className="pn-notes-sub">Where the default parameters come from</h3>
          <dl className="pn-param-sources">
            {PARAMETER_SOURCES.map((p) => (
              <div key={p.term}>
                <dt>{p.term}</dt>
                <dd>{p.source}</dd>
              </div>
            ))}
          </dl>
          <h3 className="pn-notes-sub">The whole model</h3>
          <p>
            Every default parameter with its source, the whitepaper’s claims C1–C14 and how each is measured, where the whitepaper contradicts itself, and the
            model’s known limits. It is also in the repository as <code>docs/model.md</code>.
          </p>
          <button type="button" className="pn-btn pn-doc-toggle" aria-expanded={showDoc} onClick={() => setShowDoc((v) => !v)}>
            {showDoc ? 'Hide the full model description' : 'Read the full model description'}
          </button>
          {showDoc ? (
            <Suspense fallback={<p className="pn-muted">Loading the model description…</p>}>
              <ModelDoc />
            </Suspense>
          ) : null}
        </div>
      </div>
    </dialog>
  );
}
