// Which vertices a route may pass through: the rules the router (routing.ts) applies at every step.
import type { FlowKind } from '../domain';
import { V_GW_A, V_GW_B, V_NETWORK, V_SWITCH } from './topology';

/** A state's distance before any search reaches it. */
export const UNREACHED = 0x7fffffff;

export const isGateway = (kind: number): boolean => kind === V_GW_A || kind === V_GW_B;

/** Vertex kinds a flow of this kind may pass through (not counting its two ends). */
export function transitAllowed(kind: FlowKind, vKind: number): boolean {
  if (vKind === V_SWITCH || vKind === V_GW_A || vKind === V_GW_B) return true;
  return kind === 'ipc' && vKind === V_NETWORK;
}
