// The inspector shows and edits whatever is selected: an adapter, a node, a link, several
// things, or — with nothing selected — the design itself.
import { useDeferredValue, useEffect, useRef, type ReactNode } from 'react';
import { useApp } from '../store';
import { useCatalog } from './hooks';
import { AdapterInspector } from './inspector/AdapterInspector';
import { DesignInspector } from './inspector/DesignInspector';
import { LinkInspector } from './inspector/LinkInspector';
import { MultiInspector } from './inspector/MultiInspector';
import { NodeInspector } from './inspector/NodeInspector';
import { ServerInspector } from './inspector/ServerInspector';
import { FailureSection } from '../whatif';
import './panels.css';

export function Inspector() {
  const ref = useRef<HTMLElement>(null);
  // A newly inspected item starts at the top, not at the previous item's scroll position.
  const subject = useApp((s) => {
    const sel = s.selection;
    return sel.adapter ? `a:${sel.adapter.adapterId}` : `${sel.nodes.join(',')}|${sel.links.join(',')}`;
  });
  // Only when it is scrolled: setting scrollTop forces a layout of the whole page inside the
  // commit, ~14 ms on a 1,000-node design at the start of every drag (the drag selects a node).
  const scrolled = useRef(false);
  useEffect(() => {
    if (ref.current && scrolled.current) ref.current.scrollTop = 0;
    scrolled.current = false;
  }, [subject]);
  return (
    <section ref={ref} className="pn-panel pn-inspector" aria-label="Inspector" onScroll={(e) => void (scrolled.current = e.currentTarget.scrollTop > 0)}>
      <InspectorBody />
    </section>
  );
}

function InspectorBody(): ReactNode {
  // Deferred: selecting a node (and every drag starts by selecting one) redraws the canvas at once
  // and the inspector in an interruptible pass of its own, not in the same task (on a 1,000-node
  // design the two together made the drag's first frame a long task).
  const selection = useDeferredValue(useApp((s) => s.selection));
  const catalog = useCatalog();
  const adapterSel = selection.adapter;
  const nodeId = adapterSel?.nodeId ?? (selection.nodes.length === 1 && selection.links.length === 0 ? selection.nodes[0] : undefined);
  const linkId = !adapterSel && selection.links.length === 1 && selection.nodes.length === 0 ? selection.links[0] : undefined;
  const node = useApp((s) => (nodeId ? s.design.nodes.find((n) => n.id === nodeId) : undefined));
  const link = useApp((s) => (linkId ? s.design.links.find((l) => l.id === linkId) : undefined));

  if (adapterSel && node) {
    const adapter = node.adapters?.find((a) => a.id === adapterSel.adapterId);
    const part = adapter ? catalog.byId.get(adapter.partId) : undefined;
    if (adapter && part?.kind === 'adapter') return withFailure(<AdapterInspector key={adapter.id} node={node} adapter={adapter} part={part} />, { nodeId: node.id });
  }
  if (node) {
    const part = catalog.byId.get(node.partId);
    if (part?.kind === 'server') return withFailure(<ServerInspector key={node.id} node={node} part={part} />, { nodeId: node.id });
    if (part && part.kind !== 'adapter' && part.kind !== 'cable') return withFailure(<NodeInspector key={node.id} node={node} part={part} />, { nodeId: node.id });
    return <p className="pn-empty">This node’s part “{node.partId}” is not in the catalog.</p>;
  }
  if (link) return withFailure(<LinkInspector key={link.id} link={link} />, { linkId: link.id });
  if (!adapterSel && selection.nodes.length + selection.links.length > 1) return <MultiInspector selection={selection} />;
  return <DesignInspector />;
}

/** Every single item can be failed and restored for what-if analysis (src/whatif). */
function withFailure(body: ReactNode, subject: { nodeId: string } | { linkId: string }): ReactNode {
  return (
    <>
      {body}
      {/* Its own key: the body is keyed by the same id, and siblings with one key get duplicated on updates. */}
      <FailureSection key={`failure:${'nodeId' in subject ? subject.nodeId : subject.linkId}`} subject={subject} />
    </>
  );
}
