// Groups: nodes that belong together on the diagram (a pod, a rail, a tier), drawn as one box
// when collapsed. Presentation only: the simulation, the bill of materials and every result
// ignore them (docs/model.md). Optional in the file, so designs saved before them open unchanged.
import { z } from 'zod';

export const GroupSchema = z.object({
  id: z.string().min(1).max(80),
  label: z.string().max(120),
  /** Node ids; a node is in at most one group. */
  members: z.array(z.string().min(1).max(80)).min(1).max(20000),
  /** How the group opens: one box (true) or its members (false, the default). */
  collapsed: z.boolean().optional(),
});
export type DesignGroup = z.infer<typeof GroupSchema>;

/** Groups a design may hold (a pod each: far more than any sized fabric has). */
export const MAX_GROUPS = 1000;

/** Reference checks: members exist, a node is in one group, ids are unique. */
export function groupIssues(groups: readonly DesignGroup[] | undefined, nodeIds: ReadonlySet<string>, add: (path: string, message: string) => void): void {
  const ids = new Set<string>();
  const owner = new Map<string, string>();
  groups?.forEach((g, i) => {
    const at = `groups[${i}]`;
    if (ids.has(g.id)) add(`${at}.id`, `duplicate group id '${g.id}'`);
    ids.add(g.id);
    g.members.forEach((m, j) => {
      if (!nodeIds.has(m)) add(`${at}.members[${j}]`, `group '${g.id}' names node '${m}', which the design does not have`);
      const first = owner.get(m);
      if (first !== undefined) add(`${at}.members[${j}]`, `node '${m}' is in two groups: '${first}' and '${g.id}'`);
      else owner.set(m, g.id);
    });
  });
}

/** The groups without the removed nodes; a group left with no members goes. */
export function withoutMembers(groups: readonly DesignGroup[], removed: ReadonlySet<string>): DesignGroup[] {
  if (!groups.some((g) => g.members.some((m) => removed.has(m)))) return groups as DesignGroup[];
  return groups.flatMap((g) => {
    const members = g.members.filter((m) => !removed.has(m));
    return members.length ? [{ ...g, members }] : [];
  });
}

/** The group each node is in, by node id. */
export function groupOf(groups: readonly DesignGroup[] | undefined): Map<string, DesignGroup> {
  const out = new Map<string, DesignGroup>();
  for (const g of groups ?? []) for (const m of g.members) out.set(m, g);
  return out;
}
