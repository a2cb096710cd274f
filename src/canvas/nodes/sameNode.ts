import type { DesignNode } from '../../domain';

/** Equal for display: everything but the position (a drag changes only that). */
export function sameButPosition(a: DesignNode, b: DesignNode): boolean {
  return a === b || (a.id === b.id && a.partId === b.partId && a.label === b.label && a.count === b.count && a.adapters === b.adapters && a.vmsPerServer === b.vmsPerServer && a.workloadId === b.workloadId && a.hypervisor === b.hypervisor);
}

export function bodyPropsEqual<P extends { node: DesignNode }>(prev: P, next: P): boolean {
  for (const k of Object.keys(next) as Array<keyof P>) {
    if (k === 'node') continue;
    if (prev[k] !== next[k]) return false;
  }
  return sameButPosition(prev.node, next.node);
}
