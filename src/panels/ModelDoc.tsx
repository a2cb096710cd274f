// The project's model description (docs/model.md), bundled as text and rendered as React
// elements — no HTML string ever reaches the DOM. Loaded only when the user asks for it (About →
// "Read the full model"), so neither the text nor the markdown parser weighs on start-up.
import Markdown from 'markdown-to-jsx/react';
import type { ComponentProps } from 'react';
import modelText from '../../docs/model.md?raw';
import './ModelDoc.css';

/** Wide tables scroll on their own instead of stretching the dialog. */
function Table(props: ComponentProps<'table'>) {
  return (
    <div className="md-table" role="region" aria-label="Table" tabIndex={0}>
      <table {...props} />
    </div>
  );
}

const OPTIONS = {
  disableParsingRawHTML: true,
  // The dialog's title is the page's h2: the document's headings sit under it.
  overrides: { h1: { component: 'h3' }, h2: { component: 'h4' }, h3: { component: 'h5' }, table: { component: Table } },
} as const;

export default function ModelDoc() {
  return (
    <article className="md-doc" aria-label="How IOV Planner computes its numbers">
      <Markdown options={OPTIONS}>{modelText}</Markdown>
    </article>
  );
}
