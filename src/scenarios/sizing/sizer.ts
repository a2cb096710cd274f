// Requirements → a right-sized design: adapters per server for the host path, gateways and
// storage for the total LAN and SAN demand, and the switches — the catalog's cheapest set (price
// plus energy) that joins every port (plan.ts) — with the reasons, laid out left to right. When
// nothing in the catalog joins the servers, the refusal names the largest count that it does.
import { DEFAULT_CATALOG, type Catalog } from '../../catalog';
import { DesignSchema, type Design, type IovMode } from '../../domain';
import { withLayeredLayout, withPodBlocks } from '../../layout';
import type { HostSizing } from './hostSide';
import type { SizingInput } from './inputs';
import type { Profile } from './profiles';
import type { ServiceGroup } from './services';
import { assemble } from './assemble';
import { fabricNotes } from './fabricNotes';
import { checkServiceScale, refusal } from './limits';
import type { FabricPlan } from './plan';
import { planAll, setup } from './setup';
import type { Counts, Tree } from './tree';

export interface FabricReport {
  profile: Profile['fabrics'][number];
  tree: Tree;
  counts: Counts;
  host: HostSizing;
  /** One copy of the services: all of them, or one rail's (or border pod's) share of the demand. */
  services: ServiceGroup[];
  copies: number;
  plan: FabricPlan;
}

export interface SizingResult {
  design: Design;
  mode: IovMode;
  fabrics: FabricReport[];
  /** "Why these counts", one line each. */
  notes: string[];
  /** Where the design cannot give every VM its demand. */
  warnings: string[];
}

export type SizingOutcome = { ok: true; result: SizingResult } | { ok: false; error: string };

export function sizeDesign(input: SizingInput, catalog: Catalog = DEFAULT_CATALOG): SizingOutcome {
  try {
    return { ok: true, result: build(input, catalog) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

function build(input: SizingInput, catalog: Catalog): SizingResult {
  const s = setup(input, catalog);
  checkServiceScale(s, input.servers);
  const planned = planAll(s, input.servers);
  if (!planned) throw new Error(refusal(s, input.servers));
  const reports: FabricReport[] = planned.plans.map((plan, i) => ({
    profile: s.profile.fabrics[i]!,
    tree: plan.tree,
    counts: plan.counts,
    host: s.hosts[i]!,
    services: plan.services,
    copies: plan.copies,
    plan,
  }));

  const design = assemble({ input, catalog, server: s.server, mode: s.mode, settings: s.settings, reports, groups: planned.groups });
  const notes: string[] = [];
  const warnings: string[] = [];
  for (const r of reports) {
    notes.push(r.host.why);
    if (r.host.shortfall) warnings.push(r.host.shortfall);
    notes.push(...fabricNotes(r, input));
    const per = r.copies === 1 ? '' : r.tree.tiers === 1 ? 'Per rail: ' : `Per border pod (${r.copies} of them, each with its share of the demand): `;
    for (const g of r.services) notes.push(`${per}${g.why}`);
  }
  const laid = withPodBlocks(withLayeredLayout({ ...design, description: `Sized for ${s.mode} IOV. ${notes.join(' ')}`.slice(0, 4000) }, catalog), catalog);
  // A last check: the design must be one the app can open; say which limit it breaks if not.
  const parsed = DesignSchema.safeParse(laid);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`the sized design breaks a limit of the design format (${issue.path.join('.')}: ${issue.message}); plan fewer servers or fewer VMs per server.`);
  }
  return { design: parsed.data, mode: s.mode, fabrics: reports, notes, warnings };
}
