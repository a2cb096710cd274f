// The design's own price and watts for a part (its price list), over the catalog's values.
import { PriceOverrideSchema } from '../../domain';
import { useApp } from '../../store';
import { int, money, watts } from '../../ui';
import { Group } from '../bits';
import { NumberField } from '../Field';
import { basePart } from '../hooks';

export function PriceFields({ partId }: { partId: string }) {
  const customParts = useApp((s) => s.design.customParts);
  const override = useApp((s) => (Object.hasOwn(s.design.priceList, partId) ? s.design.priceList[partId] : undefined));
  const setPriceOverride = useApp((s) => s.setPriceOverride);
  const base = basePart({ customParts }, partId);
  if (!base) return null;
  const priceSource = base.sources['priceUsd'];
  const powerSource = base.sources['powerW'];
  const reset = (field: 'priceUsd' | 'powerW', what: string) =>
    override?.[field] !== undefined ? (
      <button type="button" className="pn-link" onClick={() => setPriceOverride(partId, { [field]: undefined })}>
        Reset {what}
      </button>
    ) : null;
  return (
    <Group title="Price list" aside={override ? <span className="pn-chip pn-accent">Overridden</span> : <span className="pn-chip pn-neutral">Catalog</span>}>
      <div className="pn-grid">
        <NumberField
          label="Price (USD)"
          schema={PriceOverrideSchema.shape.priceUsd}
          optional
          value={override?.priceUsd}
          placeholder={int(base.priceUsd)}
          suffix="USD"
          resetKey={`${partId}/price`}
          onCommit={(v) => setPriceOverride(partId, { priceUsd: v })}
          hint={
            <>
              Catalog {money(base.priceUsd)} {reset('priceUsd', 'price')}
            </>
          }
        />
        <NumberField
          label="Power (W)"
          schema={PriceOverrideSchema.shape.powerW}
          optional
          value={override?.powerW}
          placeholder={int(base.powerW)}
          suffix="W"
          resetKey={`${partId}/power`}
          onCommit={(v) => setPriceOverride(partId, { powerW: v })}
          hint={
            <>
              Catalog {watts(base.powerW)} {reset('powerW', 'power')}
            </>
          }
        />
      </div>
      <p className="pn-note">
        Applies to every “{base.name}” in this design.{' '}
        {priceSource && priceSource === powerSource ? (
          <>Catalog price and power: {priceSource}.</>
        ) : (
          <>
            {priceSource ? <>Catalog price: {priceSource}. </> : null}
            {powerSource ? <>Catalog power: {powerSource}.</> : null}
          </>
        )}
      </p>
    </Group>
  );
}
