/**
 * Server renderer for stored review bodies. It walks the sanitized document and maps each
 * allow-listed node and mark to a React element; text is always passed as a string child, so
 * React escapes it. Nothing from the database is ever injected as HTML.
 */
import 'server-only';
import type { ReactNode } from 'react';
import { MediaFigure } from '@/components/review/media-figure';
import { getMediaForDisplay, type DisplayMedia } from '@/lib/dal/public/media';
import { mediaIdsOf, sanitizeDoc } from './sanitize';
import type { RichBlock, RichImage, RichInline, RichMark } from './allow-list';

type Context = { media: Map<number, DisplayMedia>; eagerImage: RichImage | null };

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

function renderBlock(block: RichBlock, key: number, ctx: Context): ReactNode {
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
      return <blockquote key={key}>{block.content.map((b, i) => renderBlock(b, i, ctx))}</blockquote>;
    case 'bulletList':
      return (
        <ul key={key}>
          {block.content.map((item, i) => (
            <li key={i}>{item.content.map((b, i) => renderBlock(b, i, ctx))}</li>
          ))}
        </ul>
      );
    case 'orderedList':
      return (
        <ol key={key} start={block.attrs?.start}>
          {block.content.map((item, i) => (
            <li key={i}>{item.content.map((b, i) => renderBlock(b, i, ctx))}</li>
          ))}
        </ol>
      );
    case 'horizontalRule':
      return <hr key={key} />;
    case 'image': {
      // Only ids found in the library are drawn; every address comes from its record.
      const m = ctx.media.get(block.attrs.mediaId);
      if (!m) return null;
      return (
        <MediaFigure
          key={key}
          image={m}
          alt={block.attrs.alt || m.alt}
          caption={block.attrs.caption || m.caption}
          credit={block.attrs.credit || m.credit}
          layout={block.attrs.layout}
          eager={ctx.eagerImage === block}
        />
      );
    }
  }
}

/** An image opening the text is likely on screen at once: it is fetched eagerly, the others lazily. */
function imageNearTheTop(blocks: RichBlock[]): RichImage | null {
  const index = blocks.findIndex((b) => b.type === 'image');
  return index >= 0 && index < 2 ? (blocks[index] as RichImage) : null;
}

/**
 * Renders a stored body. Headings inside a review start at h3 because the page gives the review
 * itself an h2 ("Mulder's Review").
 */
export async function RichText({ doc, className, aboveTheFold = false }: { doc: unknown; className?: string; aboveTheFold?: boolean }) {
  const clean = sanitizeDoc(doc);
  const media = await getMediaForDisplay(mediaIdsOf(clean));
  const ctx: Context = { media, eagerImage: aboveTheFold ? imageNearTheTop(clean.content) : null };
  return <div className={className}>{clean.content.map((b, i) => renderBlock(b, i, ctx))}</div>;
}
