// The three IOV modes side by side, one row per mode; the mode's name switches the design to it.
import { MODE_LABEL, type IovMode, type SimulationResult } from '../../domain';
import { useApp } from '../../store';
import { Group, SeverityIcon } from '../bits';
import { compareModes } from './resultsModel';

export function ModeCompare({ result, current }: { result: SimulationResult; current: IovMode }) {
  const currency = useApp((s) => s.design.settings.currency);
  const updateSettings = useApp((s) => s.updateSettings);
  const { modes, columns } = compareModes(result, currency);
  return (
    <Group title="IOV modes side by side">
      <table className="pn-table pn-compare" aria-label="IOV modes side by side">
        <thead>
          <tr>
            <th scope="col">Mode</th>
            {columns.map((c) => (
              <th key={c.label} scope="col" className="pn-num">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {modes.map((m, i) => (
            <tr key={m.mode} className={m.mode === current ? 'pn-current' : undefined}>
              <th scope="row">
                <button
                  type="button"
                  className="pn-modebtn"
                  aria-pressed={m.mode === current}
                  title={m.supported ? `Switch to ${MODE_LABEL[m.mode]}` : `Switch to ${MODE_LABEL[m.mode]} (some adapters fall back to software)`}
                  onClick={() => updateSettings({ mode: m.mode })}
                >
                  {m.label}
                  {m.supported ? null : <SeverityIcon severity="warning" size={12} />}
                </button>
              </th>
              {columns.map((c) => (
                <td key={c.label} className={`pn-num${c.best === i ? ' pn-best' : ''}`}>
                  {c.values[i]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="pn-hint">Medians per VM. Bold is best of the three; ⚠ marks a mode some adapters cannot run.</p>
    </Group>
  );
}
