/**
 * Server renderer for stored review bodies. It walks the sanitized document and maps each
 * allow-listed node and mark to a React element; text is always passed as a string child, so
 * React escapes it. Nothing from the database is ever injected as HTML.
 */
import 'server-only';
import type { ReactNode } from 'react';
import { sanitizeDoc } from './sanitize';
import type { RichBlock, RichInline, RichMark } from './allow-list';

function renderMarks(text: string, marks: RichMark[] | undefined, key: number): ReactNode {
  let node: ReactNode = text;
  for (const mark of marks ?? []) {
    switch (mark.type) {
      case 'bold':
        node = <strong>{node}</strong>;
        break;
      case 'italic':
        node = <em>{node}</em>;
        break;
      case 'strike':
        node = <s>{node}</s>;
        break;
      case 'link':
        node = (
          <a href={mark.attrs.href} rel="nofollow noopener noreferrer ugc" target="_blank">
            {node}
          </a>
        );
        break;
      case 'comment':
        // The desk's comment anchors are never shown to visitors (the sanitizer drops them already).
        break;
    }
  }
  return <span key={key}>{node}</span>;
}

function renderInline(content: RichInline[] | undefined): ReactNode[] {
  return (content ?? []).map((n, i) => (n.type === 'text' ? renderMarks(n.text, n.marks, i) : <br key={i} />));
}

function renderBlock(block: RichBlock, key: number): ReactNode {
  switch (block.type) {
    case 'paragraph':
      return <p key={key}>{renderInline(block.content)}</p>;
    case 'heading':
      // data-level carries the style (globals.css), so the editor's h2 and this h3 look alike.
      return block.attrs.level === 2 ? (
        <h3 key={key} data-level={2}>
          {renderInline(block.content)}
        </h3>
      ) : (
        <h4 key={key} data-level={3}>
          {renderInline(block.content)}
        </h4>
      );
    case 'blockquote':
      return <blockquote key={key}>{block.content.map(renderBlock)}</blockquote>;
    case 'bulletList':
      return (
        <ul key={key}>
          {block.content.map((item, i) => (
            <li key={i}>{item.content.map(renderBlock)}</li>
          ))}
        </ul>
      );
    case 'orderedList':
      return (
        <ol key={key} start={block.attrs?.start}>
          {block.content.map((item, i) => (
            <li key={i}>{item.content.map(renderBlock)}</li>
          ))}
        </ol>
      );
    case 'horizontalRule':
      return <hr key={key} />;
  }
}

/**
 * Renders a stored body. Headings inside a review start at h3 because the page gives the review
 * itself an h2 ("Mulder's Review").
 */
export function RichText({ doc, className }: { doc: unknown; className?: string }) {
  const clean = sanitizeDoc(doc);
  return <div className={className}>{clean.content.map(renderBlock)}</div>;
}
