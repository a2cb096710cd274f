/** Smallest group box: a card's size, for a group of one small member. */
export const GROUP_MIN = { width: 200, height: 110 };

/**
 * A group's type scales with the area of its members: a pod's box covers hundreds of px and is
 * seen zoomed out, where 12 px type (and a 20 px button) would be unreadable and too small to hit.
 */
export function typeScale(width: number, height: number): number {
  return Math.max(1, Math.min(height / 72, width / 220, 12));
}
