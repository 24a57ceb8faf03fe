/**
 * The revision diff of two review bodies, formatting included. Each body becomes a stream of
 * tokens (words, spaces, block breaks, list markers) that carry their formatting: marks (bold,
 * italic, strike, the link's target) and where they sit (paragraph, H2, H3, inside a quote or a
 * list). The streams are aligned on the words alone, so a word that only changed its formatting
 * is matched with itself and reported as `formatted`, with what changed ("made bold",
 * "paragraph → H2 heading", "link https://a → https://b"), instead of vanishing from a diff of
 * plain text.
 */
import { alignTokens } from '../diff';
import type { RichBlock, RichDoc, RichInline, RichMark } from './allow-list';

export type BlockStyle = 'paragraph' | 'heading2' | 'heading3';

/** How a token looks, enough to render it and to describe a change to it. */
export type TokenFormat = {
  bold: boolean;
  italic: boolean;
  strike: boolean;
  href: string | null;
  block: BlockStyle;
  /** Enclosing quotes and lists, outermost first. */
  containers: ('quote' | 'bulletList' | 'orderedList')[];
};

export type RichDiffPart = {
  kind: 'same' | 'added' | 'removed' | 'formatted';
  text: string;
  format: TokenFormat;
  /** For `formatted`: what changed, in words. */
  changes?: string[];
};

/** A word, a run of spaces, a break or a list marker; `formats` has one entry per character. */
type Token = { text: string; word: boolean; formats: TokenFormat[] };

const PLAIN: TokenFormat = { bold: false, italic: false, strike: false, href: null, block: 'paragraph', containers: [] };

function markFormat(marks: RichMark[] | undefined) {
  const has = (t: string) => (marks ?? []).some((m) => m.type === t);
  const link = (marks ?? []).find((m) => m.type === 'link');
  return { bold: has('bold'), italic: has('italic'), strike: has('strike'), href: link && link.type === 'link' ? link.attrs.href : null };
}

function tokenize(doc: RichDoc): Token[] {
  const out: Token[] = [];
  const single = (text: string, format: TokenFormat, word = false) => out.push({ text, word, formats: Array.from(text, () => format) });
  const brk = () => {
    if (out.length) single('\n\n', PLAIN);
  };
  // Words are cut from the block's whole text, so "trailer." is one word whether or not a link
  // ends before its full stop; each character keeps its own format.
  const inline = (content: RichInline[] | undefined, base: Pick<TokenFormat, 'block' | 'containers'>) => {
    let text = '';
    const formats: TokenFormat[] = [];
    for (const node of content ?? []) {
      const piece = node.type === 'hardBreak' ? '\n' : node.text;
      const format = node.type === 'hardBreak' ? { ...PLAIN, ...base } : { ...base, ...markFormat(node.marks) };
      for (const ch of piece) {
        text += ch;
        formats.push(format);
      }
    }
    let at = 0;
    for (const piece of text.match(/\s+|[^\s]+/gu) ?? []) {
      const length = Array.from(piece).length;
      out.push({ text: piece, word: !/^\s/u.test(piece), formats: formats.slice(at, at + length) });
      at += length;
    }
  };
  const blocks = (list: RichBlock[], containers: TokenFormat['containers'], marker?: string) => {
    list.forEach((block, i) => {
      switch (block.type) {
        case 'paragraph':
        case 'heading': {
          brk();
          const style: BlockStyle = block.type === 'paragraph' ? 'paragraph' : block.attrs.level === 2 ? 'heading2' : 'heading3';
          // A list item's marker ("• ", "3. ") is a token too: a list turned into paragraphs shows it.
          if (marker && i === 0) single(marker, { ...PLAIN, block: style, containers });
          inline(block.content, { block: style, containers });
          break;
        }
        case 'blockquote':
          blocks(block.content, [...containers, 'quote']);
          break;
        case 'bulletList':
        case 'orderedList': {
          const start = block.type === 'orderedList' ? (block.attrs?.start ?? 1) : 1;
          block.content.forEach((item, n) =>
            blocks(item.content, [...containers, block.type], block.type === 'bulletList' ? '• ' : `${start + n}. `),
          );
          break;
        }
        case 'horizontalRule':
          brk();
          single('✦ ✦ ✦', { ...PLAIN, containers }, true);
          break;
      }
    });
  };
  blocks(doc.content, []);
  return out;
}

/** A token cut where its format changes, for rendering. */
function segments(token: Token): { text: string; format: TokenFormat }[] {
  const out: { text: string; format: TokenFormat }[] = [];
  Array.from(token.text).forEach((ch, i) => {
    const format = token.formats[i] ?? PLAIN;
    const last = out[out.length - 1];
    if (last && sameFormat(last.format, format)) last.text += ch;
    else out.push({ text: ch, format });
  });
  return out;
}

const BLOCK_NAMES: Record<BlockStyle, string> = { paragraph: 'paragraph', heading2: 'H2 heading', heading3: 'H3 subheading' };
const CONTAINER_NAMES = { quote: 'a quote', bulletList: 'a bulleted list', orderedList: 'a numbered list' } as const;

/** What changed between two formats of the same word, in words; empty when nothing did. */
export function describeFormatChange(before: TokenFormat, after: TokenFormat): string[] {
  const changes: string[] = [];
  if (before.block !== after.block) changes.push(`${BLOCK_NAMES[before.block]} → ${BLOCK_NAMES[after.block]}`);
  for (const c of after.containers) if (!before.containers.includes(c)) changes.push(`moved into ${CONTAINER_NAMES[c]}`);
  for (const c of before.containers) if (!after.containers.includes(c)) changes.push(`moved out of ${CONTAINER_NAMES[c]}`);
  const toggle = (on: boolean, off: boolean, made: string, removed: string) => {
    if (!on && off) changes.push(made);
    if (on && !off) changes.push(removed);
  };
  toggle(before.bold, after.bold, 'made bold', 'bold removed');
  toggle(before.italic, after.italic, 'made italic', 'italic removed');
  toggle(before.strike, after.strike, 'struck through', 'strikethrough removed');
  if (!before.href && after.href) changes.push(`linked to ${after.href}`);
  else if (before.href && !after.href) changes.push(`link to ${before.href} removed`);
  else if (before.href && after.href && before.href !== after.href) changes.push(`link ${before.href} → ${after.href}`);
  return changes;
}

function sameFormat(a: TokenFormat, b: TokenFormat) {
  return a.bold === b.bold && a.italic === b.italic && a.strike === b.strike && a.href === b.href && a.block === b.block && a.containers.join() === b.containers.join();
}

/** Diffs two stored bodies; reading the parts not `added` gives `before`'s text, not `removed` `after`'s. */
export function diffRich(before: RichDoc, after: RichDoc): RichDiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  const parts: RichDiffPart[] = [];
  const push = (part: RichDiffPart) => {
    const last = parts[parts.length - 1];
    if (last && last.kind === part.kind && sameFormat(last.format, part.format) && (last.changes ?? []).join('|') === (part.changes ?? []).join('|')) {
      last.text += part.text;
    } else parts.push(part);
  };
  for (const step of alignTokens(
    a.map((t) => t.text),
    b.map((t) => t.text),
  )) {
    if (step.kind !== 'same') {
      const token = step.kind === 'removed' ? a[step.a]! : b[step.b]!;
      for (const seg of segments(token)) push({ kind: step.kind, ...seg });
      continue;
    }
    const old = a[step.a]!;
    const now = b[step.b]!;
    // Spaces and breaks take no note of their own; the words around them carry it.
    const changes: string[] = [];
    if (now.word) {
      now.formats.forEach((format, i) => {
        for (const c of describeFormatChange(old.formats[i] ?? PLAIN, format)) if (!changes.includes(c)) changes.push(c);
      });
    }
    for (const seg of segments(now)) push(changes.length ? { kind: 'formatted', ...seg, changes } : { kind: 'same', ...seg });
  }
  // "made bold" over three words is one note, not three: a space between two parts with the same
  // note joins them.
  const note = (part: RichDiffPart | undefined) => (part?.kind === 'formatted' ? part.changes!.join('|') : null);
  const joined: RichDiffPart[] = [];
  parts.forEach((part, i) => {
    const prev = joined[joined.length - 1];
    if (part.kind === 'same' && /^[ \t]+$/u.test(part.text) && note(prev) !== null && note(prev) === note(parts[i + 1])) {
      joined.push({ ...part, kind: 'formatted', changes: prev!.changes });
    } else joined.push(part);
  });
  return joined.reduce<RichDiffPart[]>((out, part) => {
    const last = out[out.length - 1];
    if (last && last.kind === part.kind && sameFormat(last.format, part.format) && note(last) === note(part)) last.text += part.text;
    else out.push(part);
    return out;
  }, []);
}

/** Whether the note of a formatted part goes after it: the last part of a run with the same note. */
export function endsNote(parts: RichDiffPart[], i: number): boolean {
  const part = parts[i];
  const next = parts[i + 1];
  if (part?.kind !== 'formatted') return false;
  return !(next?.kind === 'formatted' && next.changes!.join('|') === part.changes!.join('|'));
}
