// Nothing selected: the design itself — name, notes, how it is simulated and costed, and the
// workload profiles its servers run.
import { int } from '../../ui';
import { DesignSchema, SettingsSchema, CurrencySchema, type Settings, type VswitchChoice } from '../../domain';
import { VSWITCHES } from '../../catalog';
import { useApp } from '../../store';
import { Group } from '../bits';
import { CheckboxField, NumberField, SelectField, TextField } from '../Field';
import { ItemHeader } from './ItemHeader';
import { PriceListSection } from './PriceListSection';
import { WorkloadFields } from './WorkloadFields';

/** The era decides unless the design pins a switch (docs/model.md §14); files saved before version 3 pin the 2007 one. */
const VSWITCH_OPTIONS: Array<{ value: VswitchChoice; label: string }> = [
  { value: 'era', label: 'As the servers’ era (2007 or today’s kernel)' },
  { value: 'seed-2007', label: VSWITCHES['seed-2007'].name },
  { value: 'kernel', label: VSWITCHES.kernel.name },
  { value: 'ovs-dpdk', label: VSWITCHES['ovs-dpdk'].name },
];

type NumericSetting = 'years' | 'energyUsdPerKwh' | 'pue' | 'maintenanceUsdPerPortYear';

const NUMERIC: ReadonlyArray<{ key: NumericSetting; label: string; suffix?: string; hint?: string }> = [
  { key: 'years', label: 'Years (TCO)', suffix: 'yr' },
  { key: 'energyUsdPerKwh', label: 'Energy (USD/kWh)', suffix: 'USD' },
  { key: 'pue', label: 'PUE', hint: 'Facility power ÷ IT power' },
  { key: 'maintenanceUsdPerPortYear', label: 'Maintenance (USD/port·yr)', suffix: 'USD' },
];

export function DesignInspector() {
  const name = useApp((s) => s.design.name);
  const description = useApp((s) => s.design.description);
  const settings = useApp((s) => s.design.settings);
  const workloads = useApp((s) => s.design.workloads);
  const stats = useApp((s) => s.design.nodes.length);
  const linkCount = useApp((s) => s.design.links.length);
  const rename = useApp((s) => s.rename);
  const setDescription = useApp((s) => s.setDescription);
  const updateSettings = useApp((s) => s.updateSettings);
  const set = <K extends keyof Settings>(key: K) => (value: Settings[K] | undefined) => {
    if (value !== undefined) updateSettings({ [key]: value } as Partial<Settings>);
  };

  return (
    <>
      <ItemHeader kind="design" title={name} subtitle={`Design · ${int(stats)} nodes · ${int(linkCount)} links`} />
      <Group title="Design">
        <div className="pn-grid">
          <TextField label="Name" schema={DesignSchema.shape.name} value={name} resetKey="design/name" onCommit={rename} />
          <TextField label="Description" schema={DesignSchema.shape.description} value={description} resetKey="design/description" onCommit={setDescription} multiline />
        </div>
      </Group>
      <Group title="Simulation">
        <div className="pn-grid">
          <NumberField
            label="Hypervisor reserve (%)"
            schema={SettingsSchema.shape.hypervisorReserve}
            scale={100}
            suffix="%"
            value={settings.hypervisorReserve}
            resetKey="settings/reserve"
            onCommit={set('hypervisorReserve')}
            hint="Server CPU the hypervisor keeps"
          />
          <NumberField
            label="Uplink oversubscription (…:1)"
            schema={SettingsSchema.shape.oversubscription.unwrap()}
            suffix=":1"
            value={settings.oversubscription ?? 1}
            resetKey="settings/oversubscription"
            onCommit={set('oversubscription')}
            hint="Capacity into a switch ÷ its uplinks; 1 is non-blocking. New uplinks are proposed for it."
          />
        </div>
      </Group>
      <Group title="Cost and energy">
        <div className="pn-grid">
          <TextField
            wide={false}
            label="Currency"
            schema={CurrencySchema.shape.code}
            value={settings.currency.code}
            resetKey="settings/currency"
            onCommit={(code) => updateSettings({ currency: { ...settings.currency, code } })}
          />
          <NumberField
            label="Exchange rate (per USD)"
            schema={CurrencySchema.shape.perUsd}
            value={settings.currency.perUsd}
            resetKey="settings/perUsd"
            onCommit={(perUsd) => perUsd !== undefined && updateSettings({ currency: { ...settings.currency, perUsd } })}
          />
          {NUMERIC.map((f) => (
            <NumberField
              key={f.key}
              label={f.label}
              schema={SettingsSchema.shape[f.key]}
              value={settings[f.key]}
              suffix={f.suffix}
              hint={f.hint}
              resetKey={`settings/${f.key}`}
              onCommit={set(f.key)}
            />
          ))}
          <SelectField
            wide
            label="Switch costing"
            value={settings.switchCosting}
            options={[
              { value: 'whole', label: 'Whole switches' },
              { value: 'pro-rata', label: 'Ports used (pro rata)' },
            ]}
            onChange={(switchCosting) => updateSettings({ switchCosting })}
          />
          <SelectField
            wide
            label="Virtual switch (software IOV)"
            value={settings.vswitch ?? 'era'}
            options={VSWITCH_OPTIONS}
            onChange={(vswitch) => updateSettings({ vswitch })}
          />
          <CheckboxField
            label="Include servers and storage"
            checked={settings.includeServersAndStorage}
            onChange={(includeServersAndStorage) => updateSettings({ includeServersAndStorage })}
            hint="In cost and power. The seed’s I/O totals leave them out."
          />
        </div>
      </Group>
      <PriceListSection />
      {workloads.map((w) => (
        <Group key={w.id} title={workloads.length > 1 ? `Workload: ${w.name}` : 'Workload'}>
          <WorkloadFields workload={w} showName />
        </Group>
      ))}
    </>
  );
}
