import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getTemplate, DEMO_TEMPLATE_ID } from './scenarios';
import { simulate } from './sim';

// Interim page until the designer lands: the demo design's headline numbers, from the model.
function Summary() {
  const design = getTemplate(DEMO_TEMPLATE_ID)!.build();
  const result = simulate(design);
  return (
    <main style={{ fontFamily: 'system-ui', padding: 24 }}>
      <h1>IOV Planner</h1>
      <p>{design.name}</p>
      <table>
        <thead>
          <tr><th>Mode</th><th>LAN per VM (Gb/s)</th><th>IPC per VM (Gb/s)</th><th>VMs per server</th><th>I/O capex (USD)</th></tr>
        </thead>
        <tbody>
          {result.modes.map((m) => (
            <tr key={m.mode}>
              <td>{m.mode}</td>
              <td>{m.vm.lanGbps.median.toFixed(3)}</td>
              <td>{m.vm.ipcGbps.median.toFixed(3)}</td>
              <td>{m.density.vmsPerServer}</td>
              <td>{Math.round(m.cost.capexUsd).toLocaleString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Summary />
  </StrictMode>,
);
