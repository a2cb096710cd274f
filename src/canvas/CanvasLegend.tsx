import { Panel } from '@xyflow/react';
import { memo } from 'react';
import { MODE_LABEL } from '../domain';
import { useApp } from '../store';

const UTIL_STEPS = ['<25%', '25%', '50%', '75%', '≥90%'];

/** What the cable colours mean: protocol before results arrive, utilization after. */
export const CanvasLegend = memo(function CanvasLegend() {
  const hasResult = useApp((s) => s.sim.result !== null && s.design.links.length > 0);
  const mode = useApp((s) => s.design.settings.mode);
  return (
    <Panel position="top-left" className="iov-legend" aria-label="Cable colours">
      {hasResult ? (
        <>
          <span className="iov-legend__title" title={`Utilization of each cable in ${MODE_LABEL[mode]} mode`}>
            Cable load<span className="iov-legend__updating"> (updating…)</span>
          </span>
          {UTIL_STEPS.map((t, i) => (
            <span key={t} className="iov-legend__item">
              <span className="iov-legend__swatch" style={{ background: `var(--util-${i})` }} />
              {t}
            </span>
          ))}
        </>
      ) : (
        <>
          <span className="iov-legend__item">
            <span className="iov-legend__swatch" style={{ background: 'var(--eth)' }} />
            Ethernet
          </span>
          <span className="iov-legend__item">
            <span className="iov-legend__swatch" style={{ background: 'var(--fc)' }} />
            Fibre Channel
          </span>
          <span className="iov-legend__item">
            <span className="iov-legend__swatch" style={{ background: 'var(--ib)' }} />
            InfiniBand
          </span>
        </>
      )}
    </Panel>
  );
});
