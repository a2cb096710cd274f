// The live budget: the four numbers a meeting asks for first.
import type { ModeResult } from '../../domain';
import { scopeSentence, scopeShort, scopeText } from '../../analysis';
import { int, money, watts } from '../../ui';

type Currency = { code: string; perUsd: number };

export function Headline({ mode, currency, includesServers }: { mode: ModeResult; currency: Currency; includesServers: boolean }) {
  const planned = mode.density.groups.reduce((t, g) => t + g.planned, 0) / Math.max(1, mode.density.groups.length);
  const limited = mode.density.groups.find((g) => g.fit < g.planned);
  const running = mode.density.vmsRunning ?? mode.vm.count;
  // Every cost and power total counts the same parts: said on the power tile and under the tiles.
  const scope = scopeSentence(includesServers);
  const tiles = [
    {
      label: includesServers ? 'Capex, all hardware' : 'I/O capex',
      value: money(mode.cost.capexUsd, currency),
      sub: mode.cost.perVmUsd !== null && running > 0 ? `${money(mode.cost.perVmUsd, currency)} TCO per VM` : 'TCO per VM: — (no VM runs)',
      title: `${scope} TCO per VM divides by the VMs that run: planned, capped by what fits.`,
    },
    { label: `TCO, ${int(mode.cost.years)} yr`, value: money(mode.cost.tcoUsd, currency), sub: `${money(mode.cost.energyUsdPerYear, currency)}/yr energy`, title: scope },
    {
      label: 'VMs per server',
      value: `${int(mode.density.vmsPerServer)} fit`,
      sub: mode.density.groups.length ? `${int(Math.round(planned))} planned${limited ? ` · ${int(running)} VMs run` : ''}` : 'no servers',
      warn: Boolean(limited),
    },
    {
      label: `Power, ${scopeShort(includesServers)}`,
      value: watts(mode.power.totalW),
      sub: `${watts(mode.power.ioW)} I/O`,
      title: `${scope} Adapters and gateways draw ${watts(mode.power.ioW)}; switches and cables ${watts(mode.power.fabricW)}.`,
    },
  ];
  return (
    <>
      <dl className="pn-tiles">
        {tiles.map((t) => (
          <div key={t.label} className={`pn-tile${t.warn ? ' pn-tile-warn' : ''}`} title={'title' in t ? t.title : undefined}>
            <dt>{t.label}</dt>
            <dd>
              <span className="pn-tile-value">{t.value}</span>
              <span className="pn-tile-sub">{t.sub}</span>
            </dd>
          </div>
        ))}
      </dl>
      <p className="pn-tiles-scope" title={scope}>
        Cost and power count {scopeText(includesServers)}.
      </p>
    </>
  );
}
