// Several things selected: what they are, and how to act on them.
import { int } from '../../ui';
import type { Selection } from '../../store';
import { useApp } from '../../store';
import { Group } from '../bits';
import { ItemHeader } from './ItemHeader';

export function MultiInspector({ selection }: { selection: Selection }) {
  const nodes = useApp((s) => s.design.nodes);
  const focusNode = useApp((s) => s.focusNode);
  const picked = nodes.filter((n) => selection.nodes.includes(n.id));
  const total = selection.nodes.length + selection.links.length;
  const parts = [
    selection.nodes.length ? `${int(selection.nodes.length)} ${selection.nodes.length === 1 ? 'node' : 'nodes'}` : '',
    selection.links.length ? `${int(selection.links.length)} ${selection.links.length === 1 ? 'link' : 'links'}` : '',
  ].filter(Boolean);
  return (
    <>
      <ItemHeader kind="design" title={`${int(total)} items selected`} subtitle={parts.join(' · ')} />
      <Group title="Selection">
        <p className="pn-note">
          Press <kbd>Delete</kbd> to remove them (links on removed nodes go with them), <kbd>Ctrl</kbd>+<kbd>C</kbd> to copy, <kbd>Ctrl</kbd>+<kbd>D</kbd> to
          duplicate. Select one item to edit it.
        </p>
        {picked.length ? (
          <ul className="pn-list">
            {picked.slice(0, 20).map((n) => (
              <li key={n.id}>
                <button type="button" className="pn-row-main" onClick={() => focusNode(n.id)}>
                  <span className="pn-row-text">
                    <span className="pn-row-title">{n.label || n.id}</span>
                    <span className="pn-row-sub">{n.count > 1 ? `${int(n.count)} units` : '1 unit'}</span>
                  </span>
                </button>
              </li>
            ))}
            {picked.length > 20 ? <li className="pn-more">and {picked.length - 20} more</li> : null}
          </ul>
        ) : null}
      </Group>
    </>
  );
}
