/** Plain-text views of a rich-text document: excerpts, word counts, search text. */
import type { RichBlock, RichDoc, RichInline } from './allow-list';

function inlineText(content: RichInline[] | undefined): string {
  return (content ?? []).map((n) => (n.type === 'text' ? n.text : ' ')).join('');
}

function blockTexts(blocks: RichBlock[], out: string[]): void {
  for (const b of blocks) {
    switch (b.type) {
      case 'paragraph':
      case 'heading':
        out.push(inlineText(b.content));
        break;
      case 'blockquote':
        blockTexts(b.content, out);
        break;
      case 'bulletList':
      case 'orderedList':
        for (const item of b.content) blockTexts(item.content, out);
        break;
      case 'horizontalRule':
        break;
    }
  }
}

/** The document's text, one block per line. */
export function docToText(doc: RichDoc): string {
  const out: string[] = [];
  blockTexts(doc.content, out);
  return out.filter((s) => s.trim()).join('\n');
}

/** Words in plain text (the editor counts from its own text with this too). */
export function countWords(text: string): number {
  const t = text.trim();
  return t ? t.split(/\s+/u).length : 0;
}

export function wordCount(doc: RichDoc): number {
  return countWords(docToText(doc));
}

/** Minutes to read at 230 words a minute, at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}

/** The first words of the document, cut on a word boundary, with an ellipsis when cut. */
export function excerpt(doc: RichDoc, maxChars = 280): string {
  const text = docToText(doc).replace(/\s+/g, ' ').trim();
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
}
