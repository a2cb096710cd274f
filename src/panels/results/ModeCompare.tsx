// The three IOV modes side by side, as columns; a mode's name switches the design to it. Modes an
// adapter cannot run are explained once per part and mode, under the table.
import { MODE_LABEL, type IovMode, type SimulationResult } from '../../domain';
import { useApp } from '../../store';
import { Group, SeverityIcon } from '../bits';
import { modeHeader, modeTable } from './modeTable';

export function ModeCompare({ result, current }: { result: SimulationResult; current: IovMode }) {
  const currency = useApp((s) => s.design.settings.currency);
  const includesServers = useApp((s) => s.design.settings.includeServersAndStorage);
  const updateSettings = useApp((s) => s.updateSettings);
  const { modes, rows, fallbacks, marks } = modeTable(result, currency, includesServers);
  const supported = (m: IovMode): boolean => result.modes.find((x) => x.mode === m)?.supported ?? false;
  return (
    <Group title="IOV modes side by side">
      <table className="pn-table pn-compare pn-modes" aria-label="IOV modes side by side">
        <thead>
          <tr>
            <th scope="col">Median per VM</th>
            {modes.map((m) => (
              <th key={m} scope="col" className={`pn-num${m === current ? ' pn-current' : ''}`}>
                <button
                  type="button"
                  className="pn-modebtn"
                  aria-pressed={m === current}
                  title={supported(m) ? `Switch to ${MODE_LABEL[m]}` : `Switch to ${MODE_LABEL[m]} (some adapters fall back to software)`}
                  onClick={() => updateSettings({ mode: m })}
                >
                  {modeHeader(m)}
                  {supported(m) ? null : <SeverityIcon severity="warning" size={12} />}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.label}</th>
              {r.values.map((v, i) => (
                <td key={modes[i]} className={`pn-num${r.best === i ? ' pn-best' : ''}${modes[i] === current ? ' pn-current' : ''}`}>
                  {v}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {fallbacks.length ? (
        <ul className="pn-hint pn-fallbacks" aria-label="Mode fallbacks by part">
          {fallbacks.flatMap((f) => f.lines.map((l) => <li key={`${f.mode}-${l}`}>⚠ {l}</li>))}
          {marks.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
      <p className="pn-hint">Bold is best of the three. Capex and power change with the mode only when parts do.</p>
    </Group>
  );
}
