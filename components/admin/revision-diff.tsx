import type { ReactNode } from 'react';
import { endsNote, type RichDiffPart, type TokenFormat } from '@/lib/rich-text/diff';

const BLOCK_CLASS = { paragraph: '', heading2: 'text-[1.35rem] font-semibold', heading3: 'text-[1.15rem] font-semibold' } as const;

/** The text of a diff part dressed as it reads: bold, italic, struck, linked, heading size, quoted. */
function dressed(text: string, format: TokenFormat): ReactNode {
  let node: ReactNode = text;
  if (format.bold) node = <strong>{node}</strong>;
  if (format.italic) node = <em>{node}</em>;
  if (format.strike) node = <s>{node}</s>;
  // Not a live link: the target is spelled out in the note where it changed.
  if (format.href) node = <span className="underline decoration-accent-dark underline-offset-2">{node}</span>;
  const quoted = format.containers.includes('quote');
  const block = BLOCK_CLASS[format.block];
  return block || quoted ? <span className={`${block} ${quoted ? 'italic text-ink-soft' : ''}`}>{node}</span> : node;
}

/**
 * Two versions of a review body, diffed with their formatting: words added and removed, and words
 * whose formatting changed, highlighted with what changed ("made bold", "paragraph → H2 heading").
 */
export function RevisionDiff({ parts }: { parts: RichDiffPart[] }) {
  if (parts.length === 0) return <span className="text-ink-soft">Both versions are empty.</span>;
  return (
    <>
      {parts.map((part, i) => {
        const body = dressed(part.text, part.format);
        if (part.kind === 'same') return <span key={i}>{body}</span>;
        if (part.kind === 'added')
          return (
            <ins key={i} className="bg-emerald-100 text-emerald-900 no-underline">
              {body}
            </ins>
          );
        if (part.kind === 'removed')
          return (
            <del key={i} className="bg-red-100 text-red-900">
              {body}
            </del>
          );
        return (
          <span key={i}>
            <mark className="bg-amber-100 text-ink">{body}</mark>
            {endsNote(parts, i) && (
              <span className="mx-1 whitespace-normal rounded-sm bg-amber-200 px-1.5 py-0.5 align-middle font-sans text-xs font-medium not-italic text-amber-950">
                <span className="sr-only">(formatting: </span>
                {part.changes!.join(', ')}
                <span className="sr-only">)</span>
              </span>
            )}
          </span>
        );
      })}
    </>
  );
}
