import type { NodeTypes } from '@xyflow/react';
import { BusNode } from './BusNode';
import { GatewayNode } from './GatewayNode';
import { GroupNode, GroupTag } from './GroupNode';
import { MissingNode } from './MissingNode';
import { ServerNode } from './ServerNode';

/** At module scope: a new object per render would remount every node (xyflow performance guide). */
export const NODE_TYPES: NodeTypes = {
  server: ServerNode,
  switch: BusNode,
  storage: BusNode,
  network: BusNode,
  gateway: GatewayNode,
  missing: MissingNode,
  groupBox: GroupNode,
  groupTag: GroupTag,
};
