import type { Article, LabelPart } from '../types';

/**
 * Insight labels as parts (plain text, printed words, outlets), built by the detectors and read back as one line by
 * `labelText`. The parts keep what a label is made of, so a page can mark printed words and name outlets without
 * re-parsing English; `labelText` is the one place that says how the parts read as plain text.
 */

/** Plain text: the label's own words. */
export function text(value: string): LabelPart {
  return { text: value };
}

/**
 * Words as an outlet printed them: they read in “curly quotes”. A U+FFFD (a character the copy lost upstream, as in
 * Ground News text) is shown as what the matching form reads it as (lib/text/normalise.ts): an apostrophe between
 * letters, a dash between spaces, a quote mark elsewhere, so a label never prints "BEIJING (AP) �".
 */
export function word(value: string): LabelPart {
  return { word: value.includes('\uFFFD') ? readLost(value) : value };
}

function readLost(value: string): string {
  return value
    .replace(/(?<=[\p{L}\p{N}])\uFFFD(?=[\p{L}\p{N}])/gu, '\u2019')
    .replace(/(?<=^|\s)\uFFFD(?=\s|$)/gu, '\u2014')
    .replace(/\uFFFD(?=[\p{L}\p{N}])/gu, '\u201C')
    .replace(/\uFFFD/g, '\u201D');
}

/** An outlet, by id: it reads as the outlet's display name, or its possessive ("AFP’s", "Reuters’"). */
export function outlet(id: string, options: { possessive?: boolean } = {}): LabelPart {
  return options.possessive ? { outlet: id, possessive: true } : { outlet: id };
}

/** What `label` takes: a string is plain text, a list is spliced in. */
export type LabelPiece = string | LabelPart | readonly LabelPart[];

/**
 * A label from pieces: strings become plain text, adjacent plain text is joined and empty text dropped, so the same
 * line always gives the same parts however it was put together.
 */
export function label(...pieces: readonly LabelPiece[]): LabelPart[] {
  const out: LabelPart[] = [];
  const push = (part: LabelPart) => {
    if ('text' in part) {
      if (part.text === '') return;
      const last = out[out.length - 1];
      if (last && 'text' in last) {
        out[out.length - 1] = { text: last.text + part.text };
        return;
      }
    }
    out.push(part);
  };
  for (const piece of pieces) {
    if (typeof piece === 'string') push({ text: piece });
    else if (Array.isArray(piece)) for (const p of piece as readonly LabelPart[]) push(p);
    else push(piece as LabelPart);
  }
  return out;
}

/** `items` joined by `separator`: `join([a, b], ', ')` is `a, b`. */
export function join(items: readonly LabelPiece[], separator: string): LabelPart[] {
  return label(...items.flatMap((item, i) => (i === 0 ? [item] : [separator, item])));
}

/** "A", "A and B", "A, B and C". */
export function listOf(items: readonly LabelPiece[]): LabelPart[] {
  if (items.length <= 1) return label(...items);
  return label(join(items.slice(0, -1), ', '), ' and ', items[items.length - 1]!);
}

/** "A", "A and B", "A, B and C", "A, B +3": kept short when many agree. */
export function fewOf(items: readonly LabelPiece[]): LabelPart[] {
  return items.length <= 3 ? listOf(items) : label(join(items.slice(0, 2), ', '), ` +${items.length - 2}`);
}

/** "AFP’s", "Reuters’": the possessive as a label prints it. */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}’` : `${name}’s`;
}

/** How one part reads: printed words in “curly quotes”, an outlet by its display name. */
export function partText(part: LabelPart, outletName: (id: string) => string): string {
  if ('word' in part) return `“${part.word}”`;
  if ('outlet' in part) {
    const name = outletName(part.outlet);
    return part.possessive ? possessive(name) : name;
  }
  return part.text;
}

/** The label as one line of plain text (the CLI, a title attribute, a sort key). */
export function labelText(parts: readonly LabelPart[], outletName: (id: string) => string): string {
  return parts.map((p) => partText(p, outletName)).join('');
}

/**
 * Outlet id → display name over some articles (an event's): the first article of an outlet names it; an id none of
 * them has reads as itself.
 */
export function outletNamer(articles: readonly Article[]): (id: string) => string {
  const names = new Map<string, string>();
  for (const a of articles) if (!names.has(a.outlet.id)) names.set(a.outlet.id, a.outlet.name);
  return (id) => names.get(id) ?? id;
}
