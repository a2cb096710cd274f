import { useState } from 'react';
import type { ExportFormat } from '../io/export/job';
import { useMenu } from '../ui';
import { exportDesign } from './exportActions';
import { ExportProgress } from './ExportProgress';
import { useExportRun } from './exportRun';
import { ImageDialog } from './ImageDialog';
import { ProposalDialog } from './ProposalDialog';
import './exportMenu.css';

interface Item {
  format: ExportFormat;
  title: string;
  desc: string;
  /** Opens a dialog of options first (titles end with "…"). */
  dialog?: 'image' | 'proposal';
}

const ITEMS: Item[] = [
  { format: 'png', title: 'Diagram image (PNG)…', desc: '1× or 2×, white or transparent, all or the selection', dialog: 'image' },
  { format: 'svg', title: 'Diagram as SVG…', desc: 'Vector image for documents and further editing', dialog: 'image' },
  { format: 'pdf', title: 'PDF proposal…', desc: 'Diagram, bill of materials, results per mode, charts, assumptions', dialog: 'proposal' },
  { format: 'bom', title: 'Bill of materials (CSV)', desc: 'Parts, quantities, prices, watts and ports; totals as in the results' },
  { format: 'cabling', title: 'Cabling map (CSV)', desc: 'One row per physical cable, both ends down to the port' },
  { format: 'drawio', title: 'draw.io file', desc: 'Opens for editing in diagrams.net, positions kept' },
  { format: 'graphml', title: 'GraphML for yEd', desc: 'Parts and cables with yEd’s styles, positions and labels' },
  { format: 'clab', title: 'containerlab topology', desc: 'Every switch and server a lab node, one link per cable' },
  { format: 'netbox', title: 'NetBox (zip)', desc: 'Device types (YAML) and bulk-import CSVs: devices, interfaces, cables' },
  { format: 'ibnet', title: 'InfiniBand topology file', desc: 'ibnetdiscover-style, for fabric checkers' },
  { format: 'devicemap', title: 'Device map (JSON)', desc: 'Each device’s part, for importing cabling sheets' },
];

/** "Export ▾" in the top bar: every file the design can become. */
export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const [dialog, setDialog] = useState<{ kind: 'image'; initial: 'png' | 'svg' } | { kind: 'proposal' } | null>(null);
  const busy = useExportRun() !== null;
  const { anchor, menu, onKeyDown } = useMenu(open, setOpen);
  const choose = (item: Item): void => {
    setOpen(false);
    if (item.dialog === 'image') setDialog({ kind: 'image', initial: item.format === 'svg' ? 'svg' : 'png' });
    else if (item.dialog === 'proposal') setDialog({ kind: 'proposal' });
    else void exportDesign(item.format);
  };
  return (
    <div className="menu-anchor" ref={anchor}>
      <button type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)} title={busy ? 'An export is running' : 'Export the design'}>
        Export <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="menu menu--right" role="menu" aria-label="Export" ref={menu} onKeyDown={onKeyDown}>
          {ITEMS.map((item) => (
            <button key={item.format} type="button" role="menuitem" tabIndex={-1} disabled={busy} onClick={() => choose(item)}>
              <span className="menu-title">{item.title}</span>
              <span className="menu-desc">{item.desc}</span>
            </button>
          ))}
        </div>
      )}
      <ExportProgress />
      {dialog?.kind === 'image' && <ImageDialog initial={dialog.initial} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'proposal' && <ProposalDialog onClose={() => setDialog(null)} />}
    </div>
  );
}
