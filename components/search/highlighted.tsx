import { splitHighlights } from '@/lib/search-query';

/**
 * Text from FTS5 highlight()/snippet() with the matches in <mark>. The markers are private-use
 * characters, split apart here: the text itself is never parsed as markup.
 */
export function Highlighted({ text }: { text: string }) {
  return (
    <>
      {splitHighlights(text).map((part, i) =>
        part.hit ? (
          <mark key={i} className="rounded-sm bg-star/15 px-0.5 text-ink">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
