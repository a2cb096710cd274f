// What the canvas hands an export: where it drew each node, port and cable, and what each cable
// says. Plain data (it crosses to the export worker), in flow coordinates (y down).
import type { IovMode, Protocol } from '../../domain';

export interface CapturedHandle {
  /** The port handle id ("a/<adapter>/<port>", "p", "A", "B"). */
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CapturedNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** False when the canvas never laid the node out (virtualised) and its box is estimated. */
  measured: boolean;
  handles: CapturedHandle[];
}

/** How a cable is coloured: by load once results are in, else by protocol. */
export type CableInk = { util: 0 | 1 | 2 | 3 | 4 } | { protocol: Protocol } | { unknown: true };

export interface CapturedCable {
  id: string;
  source: string;
  target: string;
  /** SVG path data, as the canvas draws the cable. */
  d: string;
  labelX: number;
  labelY: number;
  label: string;
  ink: CableInk;
  strokeWidth: number;
  /** The cable's link is in the results (false while results are stale or missing). */
  loaded: boolean;
}

export interface DiagramCapture {
  nodes: CapturedNode[];
  cables: CapturedCable[];
  /** What the cable colours mean: utilization in a mode, or protocols. */
  legend: { kind: 'load'; mode: IovMode; stale: boolean } | { kind: 'protocol' };
  /** Only the selection (and the cables between its nodes) was captured. */
  selectionOnly: boolean;
}
