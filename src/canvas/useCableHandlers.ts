import type { Connection, FinalConnectionState, IsValidConnection, OnConnectStart } from '@xyflow/react';
import { useCallback, type RefObject } from 'react';
import type { PortRef } from '../domain';
import { checkConnection, nodePorts } from '../sim';
import { appStore } from '../store';
import { catalogOf } from './catalogMemo';
import { pickDropHandle } from './interaction';

const portRef = (node: string | null | undefined, handle: string | null | undefined): PortRef | null => (node && handle ? { node, handle } : null);

/** data-connecting on the canvas wrapper: the protocol of the cable being drawn (canvas.css). */
function markConnecting(el: HTMLElement | null, protocol: string | undefined): void {
  if (!el) return;
  if (protocol) el.setAttribute('data-connecting', protocol);
  else el.removeAttribute('data-connecting');
}

/** The node under a DOM point or event target, if any. */
export function nodeIdAt(target: EventTarget | null): string | null {
  return target instanceof Element ? (target.closest('.react-flow__node')?.getAttribute('data-id') ?? null) : null;
}

/**
 * Drawing cables. While one is dragged, incompatible handles do not snap (checkConnection) and
 * the wrapper's data-connecting attribute lets CSS fade ports of other protocols. A cable dropped
 * on an incompatible handle, or on a node's body, still gets an answer: the store's refusal
 * reason, or a cable to the matching port.
 */
export function useCableHandlers(wrapper: RefObject<HTMLDivElement | null>) {
  const isValidConnection = useCallback<IsValidConnection>((c) => {
    const a = portRef(c.source, c.sourceHandle);
    const b = portRef(c.target, c.targetHandle);
    const design = appStore().getState().design;
    return !!a && !!b && checkConnection(design, a, b, catalogOf(design)).ok;
  }, []);

  const onConnect = useCallback((c: Connection) => {
    const a = portRef(c.source, c.sourceHandle);
    const b = portRef(c.target, c.targetHandle);
    if (a && b) appStore().getState().connect(a, b);
  }, []);

  const onConnectStart = useCallback<OnConnectStart>(
    (_, { nodeId, handleId }) => {
      const s = appStore().getState();
      const node = s.design.nodes.find((n) => n.id === nodeId);
      const protocol = node ? nodePorts(s.design, node, catalogOf(s.design)).find((p) => p.handle === handleId)?.protocol : undefined;
      markConnecting(wrapper.current, protocol);
    },
    [wrapper],
  );

  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      markConnecting(wrapper.current, undefined);
      if (state.isValid) return; // onConnect made the cable
      const from = portRef(state.fromHandle?.nodeId, state.fromHandle?.id);
      if (!from) return;
      const s = appStore().getState();
      let to = portRef(state.toHandle?.nodeId, state.toHandle?.id);
      if (!to) {
        // Dropped on a node's body: connect to its matching port, or say why not.
        const point = 'changedTouches' in event ? event.changedTouches[0] : event;
        const id = point ? nodeIdAt(document.elementFromPoint(point.clientX, point.clientY)) : null;
        if (!id || id === from.node) return;
        to = pickDropHandle(s.design, from, id, catalogOf(s.design));
        if (!to) {
          const label = s.design.nodes.find((n) => n.id === id)?.label ?? 'That node';
          s.notify('error', `"${label}" has no ports yet: install an adapter in it first.`);
          return;
        }
      }
      if (to.node === from.node && to.handle === from.handle) return;
      s.connect(from, to); // refused: the store notifies the reason
    },
    [wrapper],
  );

  return { isValidConnection, onConnect, onConnectStart, onConnectEnd };
}
