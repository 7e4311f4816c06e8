/**
 * Raw article text → blocks (paragraphs and headings), with page debris taken out and listed with its reason.
 * The token unit is a block: one line of the source, except that a hard-wrapped line continues into the next when it
 * has no end punctuation and the next starts in lower case.
 *
 * What it settles: CRLF and lone CR line ends, non-breaking and other odd spaces, blank-line or single-newline
 * paragraphs (both occur: AP's copy uses single newlines), headings (short lines without end punctuation inside the
 * body), and debris by the registry's patterns (navigation trails, captions, newsletter prompts, footers, credit and
 * timestamp lines). Nothing is dropped silently: every removed line is returned with its reason.
 */
import type { Block, Removed } from '../types';
import type { Registry } from './outlets';

export interface Cleaned {
  blocks: Block[];
  removed: Removed[];
  /** For each removed line, how many blocks came before it: lets a caller keep document order. */
  removedAt: number[];
}

/** Lines longer than this are never debris (captions and prompts are short); also keeps regex work bounded. */
const MAX_DEBRIS_LENGTH = 600;
/** A heading is at most this many words (Press TV's "Humanitarian corridors a 'bare minimum' necessity…" has 11). */
const MAX_HEADING_WORDS = 14;
const MAX_HEADING_LENGTH = 140;

/** Ends like a sentence: terminal mark, optionally followed by closing quotes or brackets. Also `:` and `;`. */
const END_PUNCTUATION = /[.?!…:;]["'”’)\]»\uFFFD]*$/u;

/** Line ends and spaces as one form: LF only, plain spaces, no tabs or runs, no zero-width or BOM characters. */
export function normaliseWhitespace(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F\u2000-\u200A\u3000\t\f\v]/g, ' ')
    .replace(/[\u200B\u2060\uFEFF]/g, '')
    .replace(/\u2028|\u2029/g, '\n');
}

export function isHeadingLike(line: string): boolean {
  if (line.length > MAX_HEADING_LENGTH || END_PUNCTUATION.test(line)) return false;
  const words = line.split(' ').filter(Boolean).length;
  return words > 0 && words <= MAX_HEADING_WORDS && /\p{L}/u.test(line);
}

/** The debris rule a line matches, if any; first rule in registry order wins. */
export function debrisReason(line: string, registry: Registry): string | null {
  if (line.length > MAX_DEBRIS_LENGTH) return null;
  for (const rule of registry.debris) if (rule.re.test(line)) return rule.reason;
  return null;
}

/** Split text into source lines, joining hard-wrapped continuations. Blank lines end a paragraph. */
function logicalLines(text: string): string[] {
  const out: string[] = [];
  let previousBlank = true;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/ {2,}/g, ' ').trim();
    if (!line) {
      previousBlank = true;
      continue;
    }
    const last = out.length - 1;
    const before = out[last];
    if (!previousBlank && before !== undefined && !END_PUNCTUATION.test(before) && /^\p{Ll}/u.test(line)) {
      out[last] = `${before} ${line}`;
    } else {
      out.push(line);
    }
    previousBlank = false;
  }
  return out;
}

/** Clean one article's text (after its date line, if any, was taken off). */
export function cleanText(raw: string, registry: Registry): Cleaned {
  const blocks: Block[] = [];
  const removed: Removed[] = [];
  const removedAt: number[] = [];
  for (const line of logicalLines(normaliseWhitespace(raw))) {
    const reason = debrisReason(line, registry);
    if (reason !== null) {
      removed.push({ text: line, reason });
      removedAt.push(blocks.length);
      continue;
    }
    blocks.push({ kind: isHeadingLike(line) ? 'heading' : 'paragraph', text: line });
  }
  // A text with no sentence punctuation at all (a list, a transcript) would otherwise be all headings and say
  // nothing: then every block is a paragraph of one sentence.
  if (blocks.length > 0 && blocks.every((b) => b.kind === 'heading')) {
    for (const block of blocks) block.kind = 'paragraph';
  }
  return { blocks, removed, removedAt };
}
