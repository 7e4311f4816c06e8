import type { Article, Event, OutletRef } from '../types';
import { normaliseForMatch } from '../text/normalise';
import { outletColour, type OutletColour } from './colour';
import { pairSlug, safeHttpUrl } from './url';
import { compareText } from '../text/compare';
import { columnKeys } from './column-keys';
import { relatedByRow, type RelatedRef } from './comparison-related';

/**
 * The view model of an event comparison: one column per article, rows of cell texts keyed by column. Serialisable, so
 * a client component can take it as props and switch base, hide columns or filter rows without the index.
 */
export interface Column {
  /** The outlet id, made unique within the event (`ap`, `ap-2`) when one outlet has two articles; used in URLs. */
  key: string;
  articleId: string;
  outlet: OutletRef;
  publisher?: OutletRef;
  title: string;
  date: string | null;
  /** Only an absolute http(s) URL; anything else is dropped. */
  url?: string;
  sentenceCount: number;
  colour: OutletColour;
}

export interface Cell {
  /** The row's sentences of this article, as printed, joined by a space. */
  text: string;
  /** Headings printed just before this cell's first sentence, so a column keeps its section structure. */
  headings: string[];
  /** The article's first sentence index in this row: its place in the article's reading order. */
  at: number;
}

export interface ComparisonRow {
  /** 1-based position in the event's rows; the `#r<N>` permalink. Pair pages keep the event's numbers. */
  n: number;
  cells: Record<string, Cell>;
  /** Per column key: passages of other outlets that tell this cell's fact differently (the related tier). */
  related?: Record<string, RelatedRef[]>;
}

export interface Comparison {
  eventId: string;
  title: string;
  date: string | null;
  columns: Column[];
  rows: ComparisonRow[];
}

/** Columns in the event's article order; duplicate outlet ids get `-2`, `-3` in that order. */
export function comparisonColumns(articles: readonly Article[]): Column[] {
  const keys = columnKeys(articles);
  return articles.map((a, i) => {
    const url = safeHttpUrl(a.url);
    return {
      key: keys[i]!,
      articleId: a.id,
      outlet: a.outlet,
      ...(a.publisher ? { publisher: a.publisher } : {}),
      title: a.title,
      date: a.date,
      ...(url ? { url } : {}),
      sentenceCount: a.sentences.length,
      colour: outletColour(a.outlet.id),
    };
  });
}

/** Heading block texts between the previous sentence's block and this sentence's block. */
function headingsBefore(article: Article, sentenceIndex: number): string[] {
  const sentence = article.sentences[sentenceIndex];
  if (!sentence) return [];
  const previous = sentenceIndex > 0 ? article.sentences[sentenceIndex - 1] : undefined;
  const from = previous ? previous.block + 1 : 0;
  const out: string[] = [];
  for (let b = from; b < sentence.block; b++) {
    const block = article.blocks[b];
    if (block?.kind === 'heading') out.push(block.text);
  }
  return out;
}

/**
 * Event + its articles → comparison. Articles missing from the index are left out (their cells vanish); rows that end
 * up empty are dropped, but every kept row keeps its number in the event.
 */
export function buildComparison(event: Event, articles: readonly Article[]): Comparison {
  const present = event.articleIds
    .map((id) => articles.find((a) => a.id === id))
    .filter((a): a is Article => a !== undefined);
  const columns = comparisonColumns(present);
  const related = relatedByRow(
    event,
    new Map(columns.map((c) => [c.articleId, c.key])),
    new Map(columns.map((c) => [c.key, c.outlet.name])),
    columns.map((c) => c.key),
  );
  const rows: ComparisonRow[] = [];
  event.rows.forEach((row, i) => {
    const cells: Record<string, Cell> = {};
    for (const [c, col] of columns.entries()) {
      const article = present[c];
      const indices = row.cells[col.articleId];
      if (!article || !indices || indices.length === 0) continue;
      const sorted = [...indices].sort((x, y) => x - y);
      const text = sorted
        .map((s) => article.sentences[s]?.text ?? '')
        .filter((t) => t !== '')
        .join(' ');
      if (text === '') continue;
      cells[col.key] = { text, headings: headingsBefore(article, sorted[0] ?? 0), at: sorted[0] ?? 0 };
    }
    const refs = related.get(i + 1);
    if (Object.keys(cells).length > 0) rows.push({ n: i + 1, cells, ...(refs ? { related: refs } : {}) });
  });
  return { eventId: event.id, title: event.title, date: event.date, columns, rows };
}

/** The same comparison for two columns only; rows neither carried are dropped. */
export function pairComparison(comparison: Comparison, a: string, b: string): Comparison {
  const keep = new Set([a, b]);
  const columns = comparison.columns.filter((c) => keep.has(c.key));
  const rows: ComparisonRow[] = [];
  for (const row of comparison.rows) {
    const cells: Record<string, Cell> = {};
    const related: Record<string, RelatedRef[]> = {};
    for (const key of [a, b]) {
      const cell = row.cells[key];
      if (cell) cells[key] = cell;
      // A pair view compares two outlets: what it says is told differently is told so by the other one.
      const refs = row.related?.[key]?.filter((r) => keep.has(r.key));
      if (cell && refs && refs.length > 0) related[key] = refs;
    }
    if (Object.keys(cells).length > 0)
      rows.push({ n: row.n, cells, ...(Object.keys(related).length > 0 ? { related } : {}) });
  }
  return { ...comparison, columns, rows };
}

/** Every pair of columns as `<a>-vs-<b>` with keys in sorted order, the pairs themselves sorted by that slug. */
export function pairSlugs(columns: readonly Column[]): { slug: string; a: string; b: string }[] {
  const keys = columns.map((c) => c.key).sort();
  const out: { slug: string; a: string; b: string }[] = [];
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const a = keys[i]!;
      const b = keys[j]!;
      out.push({ slug: pairSlug(a, b), a, b });
    }
  }
  return out.sort((x, y) => compareText(x.slug, y.slug));
}

/** `related`: one outlet alone carried the passage as such, and another tells it differently (set by the layout). */
export type RowKind = 'same' | 'differs' | 'partial' | 'unique' | 'related' | 'empty';

/**
 * How a row reads across the given columns: `same` every column carries it in the same words (matching form, so quote
 * style and case do not count), `differs` every column carries it in different words, `partial` some columns lack it,
 * `unique` exactly one of several columns carries it, `empty` none of them does.
 */
export function classifyRow(row: ComparisonRow, keys: readonly string[]): RowKind {
  const texts = keys.map((k) => row.cells[k]?.text).filter((t): t is string => t !== undefined);
  if (texts.length === 0) return 'empty';
  if (texts.length === 1 && keys.length > 1) return 'unique';
  if (texts.length < keys.length) return 'partial';
  const first = normaliseForMatch(texts[0]!);
  return texts.every((t) => normaliseForMatch(t) === first) ? 'same' : 'differs';
}

/**
 * The columns shown by default: the `count` most complete articles (most sentences in the comparison's rows, then
 * most sentences overall, then key), returned in column order so the page layout does not jump around.
 */
export function defaultVisibleColumns(comparison: Comparison, count = 3): string[] {
  const rowCount = new Map<string, number>();
  for (const row of comparison.rows) {
    for (const key of Object.keys(row.cells)) rowCount.set(key, (rowCount.get(key) ?? 0) + 1);
  }
  const ranked = [...comparison.columns].sort(
    (x, y) =>
      (rowCount.get(y.key) ?? 0) - (rowCount.get(x.key) ?? 0) ||
      y.sentenceCount - x.sentenceCount ||
      compareText(x.key, y.key),
  );
  const chosen = new Set(ranked.slice(0, count).map((c) => c.key));
  return comparison.columns.filter((c) => chosen.has(c.key)).map((c) => c.key);
}

/**
 * The base outlet a comparison starts from: the first visible column that carries the most rows, so the marks in
 * the other columns are measured against the fullest telling. When the event has outlets the view does not show (a
 * wide event opens with three of 31), rows count by how many outlets carry them: the base is then the telling the
 * outlets share most (on a Ground News story, the wire text most of them print), not the one with most passages of
 * its own, which would open the page on rows it did not carry.
 */
export function defaultBase(comparison: Comparison, visible: readonly string[]): string | undefined {
  const hidden = comparison.columns.length > visible.length;
  let best: string | undefined;
  let bestCount = -1;
  for (const key of visible) {
    let count = 0;
    for (const r of comparison.rows)
      if (r.cells[key] !== undefined) count += hidden ? Object.keys(r.cells).length : 1;
    if (count > bestCount) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Rows in the base outlet's reading order, so the base column reads top to bottom as printed. A row the base lacks
 * follows the last base-carried row before it in the first column (in `keys` order) that carries it; rows hanging
 * from the same place keep column order, then that column's sentence order; rows before any base row come first.
 * Ties fall back to the row number, so the order is total.
 */
export function orderRows<R extends { n: number; cells: Record<string, Cell> }>(
  rows: readonly R[],
  base: string,
  keys: readonly string[],
): R[] {
  const sortKey = new Map<number, [number, number, number]>();
  for (const row of rows) {
    const cell = row.cells[base];
    if (cell) sortKey.set(row.n, [cell.at, 0, 0]);
  }
  keys.forEach((key, k) => {
    if (key === base) return;
    const carried = rows
      .filter((r) => r.cells[key] !== undefined)
      .sort((x, y) => x.cells[key]!.at - y.cells[key]!.at || x.n - y.n);
    let anchor = -1;
    for (const row of carried) {
      const own = row.cells[base];
      if (own) anchor = own.at;
      else if (!sortKey.has(row.n)) sortKey.set(row.n, [anchor, k + 1, row.cells[key]!.at]);
    }
  });
  const keyOf = (r: R): [number, number, number] => sortKey.get(r.n) ?? [Number.MAX_SAFE_INTEGER, 0, 0];
  return [...rows].sort((x, y) => {
    const a = keyOf(x);
    const b = keyOf(y);
    return a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || x.n - y.n;
  });
}
