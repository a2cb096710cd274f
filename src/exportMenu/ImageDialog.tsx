import { useState } from 'react';
import { useApp } from '../store';
import { Choice, Dialog } from './Dialog';
import { exportDesign } from './exportActions';
import type { SvgText } from '../io/export/svg';

type Format = 'png1' | 'png2' | 'svg';

/** Options of a diagram image: format and resolution, background, whole diagram or selection. */
export function ImageDialog({ initial, onClose }: { initial: 'png' | 'svg'; onClose(): void }) {
  const hasSelection = useApp((s) => s.selection.nodes.length > 0 || s.selection.links.length > 0);
  const [format, setFormat] = useState<Format>(initial === 'svg' ? 'svg' : 'png1');
  const [background, setBackground] = useState<'white' | 'transparent'>('white');
  const [scope, setScope] = useState<'all' | 'selection'>('all');
  // Real text by default: an SVG is opened to be edited or searched; outlines for an exact look.
  const [text, setText] = useState<SvgText>('real');
  const submit = (): void => {
    onClose();
    void exportDesign(format === 'svg' ? 'svg' : 'png', { scale: format === 'png2' ? 2 : 1, background, selectionOnly: scope === 'selection', ...(format === 'svg' ? { text } : {}) });
  };
  return (
    <Dialog title="Export the diagram as an image" submitLabel="Export" onSubmit={submit} onCancel={onClose}>
      <p className="export-hint">Parts, adapters, cables with their labels, the legend and the design name, drawn from the model in the DejaVu Sans font; every name whole.</p>
      <Choice<Format>
        legend="Format"
        name="format"
        vertical
        value={format}
        onChange={setFormat}
        options={[
          { value: 'png1', label: 'PNG, 1×' },
          { value: 'png2', label: 'PNG, 2× (sharper on slides)' },
          { value: 'svg', label: 'SVG (vector, scales without loss)' },
        ]}
      />
      <Choice<SvgText>
        legend="Text (SVG)"
        name="text"
        vertical
        value={text}
        onChange={setText}
        options={[
          { value: 'real', label: 'Real text (editable, searchable)', disabled: format !== 'svg', hint: format === 'svg' ? 'Text stays text in Inkscape, Illustrator or a browser; it uses DejaVu Sans where installed, a close font elsewhere' : 'For SVG: a PNG is pixels' },
          { value: 'outlines', label: 'Outlines (looks the same everywhere)', disabled: format !== 'svg', hint: format === 'svg' ? 'Letters drawn as shapes: the exact look on any computer, but not editable as text' : 'For SVG: a PNG is pixels' },
        ]}
      />
      <Choice<'white' | 'transparent'> legend="Background" name="background" value={background} onChange={setBackground} options={[{ value: 'white', label: 'White' }, { value: 'transparent', label: 'Transparent' }]} />
      <Choice<'all' | 'selection'>
        legend="What to export"
        name="scope"
        value={scope}
        onChange={setScope}
        options={[
          { value: 'all', label: 'The whole diagram' },
          { value: 'selection', label: 'The selection', disabled: !hasSelection, hint: hasSelection ? 'Selected parts and the cables between them' : 'Select parts on the canvas first' },
        ]}
      />
    </Dialog>
  );
}
