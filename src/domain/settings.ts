import { z } from 'zod';
import { BOUNDS, bounded } from './bounds';
import { IovModeSchema } from './iov';

/**
 * Which virtual switch software IOV runs through (docs/model.md §14): `era` lets each server's
 * era decide (the whitepaper's one-core switch on 2007 servers, the multi-queue kernel datapath on
 * current ones); the others pin one. Files saved before version 3 read `seed-2007`, which is what
 * they were simulated with.
 */
export const VswitchChoiceSchema = z.enum(['era', 'seed-2007', 'kernel', 'ovs-dpdk']);
export type VswitchChoice = z.infer<typeof VswitchChoiceSchema>;

export const CurrencySchema = z.object({
  code: z.string().regex(/^[A-Z]{3}$/, 'a three-letter ISO code such as USD'),
  /** Units of this currency per US dollar (prices in the catalog are USD). */
  perUsd: bounded(BOUNDS.perUsd),
});

export const SettingsSchema = z.object({
  mode: IovModeSchema,
  currency: CurrencySchema,
  /** Years for energy, maintenance and TCO. */
  years: z.number().finite().min(0).max(50),
  energyUsdPerKwh: z.number().finite().nonnegative().max(100),
  pue: z.number().finite().min(1).max(5),
  /** Maintenance per cabled server-adapter port per year (the seed's "maintenance cost per port"). */
  maintenanceUsdPerPortYear: z.number().finite().nonnegative().max(1e6),
  /** Add servers and storage to capex and power (the seed's "I/O cost" leaves them out). */
  includeServersAndStorage: z.boolean(),
  /** Whole switches (default) or only the ports used, pro rata. */
  switchCosting: z.enum(['whole', 'pro-rata']),
  /** Share of server CPU the hypervisor keeps for itself. */
  hypervisorReserve: z.number().finite().min(0).max(0.9),
  /** Absent = `era`. */
  vswitch: VswitchChoiceSchema.optional(),
  /**
   * The uplink oversubscription the design plans for (capacity into a switch from its cabled
   * ports ÷ capacity of its uplinks): the lane question proposes the uplinks it needs. The
   * sizing wizard sets it from its own choice. Absent = 1, non-blocking.
   */
  oversubscription: z.number().finite().min(1).max(16).optional(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  mode: 'software',
  currency: { code: 'USD', perUsd: 1 },
  years: 3,
  energyUsdPerKwh: 0.1,
  pue: 1.8,
  maintenanceUsdPerPortYear: 60,
  includeServersAndStorage: false,
  switchCosting: 'whole',
  hypervisorReserve: 0.1,
};
