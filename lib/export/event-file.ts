import type { Article, Block, Event, Insight, RelatedLink, Row, RowLink } from '../types';
import type { EventData } from './data';

/**
 * `/data/events/<id>.json` as written (docs/data.md, format 2): the event and its articles with nothing written twice.
 * At 1k generated articles the plain form (format 1, `EventData`) was 33 MB, 7.7 × the article text: every article id
 * was repeated in each row, link, related passage and insight (12 of the 33 MB), each sentence was printed twice (in
 * its block and in `sentences`), and insights carried fields their other fields give. What changed, and how a reader
 * gets the plain form back (`decodeEventFile`, the one boundary between this shape and lib/types.ts):
 * - Inside `event`, an article is its index in `articles`: row cell keys (as strings, JSON keys being strings), row
 *   links' and related passages' `a` / `b`, and the insights' `article`, `articles`, `source`, `fromArticles`,
 *   `toArticles`. `event.articleIds` is not written: it is `articles[…].id` in order.
 * - An article's `sentences` are their texts; each block says how many of them it holds, in order, and carries `text`
 *   only when that is not its sentences joined by a space (headings, which hold none).
 * - An insight's `outlets` (and those of its renderings, figures and spelling variants), its `words`, and a pair's
 *   swap sides are written only when they differ from what the other fields give (`insightWords`); they never do for
 *   the insights lib/insights makes, but the encoder checks rather than assumes, so the file stays lossless.
 */

/** The event file's format: 2 since ids became indices. A file without `format` is the plain `EventData` (1). */
export const EVENT_FILE_FORMAT = 2;

export interface FileBlock {
  kind: Block['kind'];
  /** How many of the article's sentences, following the previous block's, this block holds. */
  sentences: number;
  /** The block as printed, when that is not its sentences joined by one space. */
  text?: string;
}

export type FileArticle = Omit<Article, 'blocks' | 'sentences'> & {
  blocks: FileBlock[];
  sentences: string[];
};

/** A row link or related passage, with article indices for ids. */
export type FileRowLink = Omit<RowLink, 'a' | 'b'> & { a: number; b: number };
export type FileRelated = Omit<RelatedLink, 'a' | 'b'> & { a: number; b: number };

export interface FileRow {
  /** Sentence indices per article index (`"0"`, `"1"`, … as JSON keys are strings). */
  cells: Record<string, number[]>;
  score: number;
  links?: FileRowLink[];
}

/**
 * An insight (lib/types.ts `Insight`) with article indices for ids and its derivable fields left out. Its kinds differ
 * in their fields, all plain JSON, so the file form is typed loosely here and documented in docs/data.md; the decoder
 * restores the domain type and the tests hold the round trip for every kind.
 */
export type FileInsight = Record<string, unknown> & { kind: Insight['kind']; scope: Insight['scope'] };

export interface FileEvent extends Omit<Event, 'articleIds' | 'rows' | 'related' | 'insights'> {
  rows: FileRow[];
  related?: FileRelated[];
  insights?: FileInsight[];
}

export interface EventFile {
  format: typeof EVENT_FILE_FORMAT;
  /** The index's version (lib/types.ts INDEX_VERSION), as in `/data/index.json`. */
  version: number;
  event: FileEvent;
  articles: FileArticle[];
}

/** Fields of an insight (at any depth) that hold article ids: one id, or a list of them. */
const ARTICLE_FIELDS = new Set(['article', 'articles', 'source', 'fromArticles', 'toArticles']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function same(x: unknown, y: unknown): boolean {
  return JSON.stringify(x) === JSON.stringify(y);
}

/**
 * The words an insight involves, as its kind's own fields give them (lib/insights builds `words` this way): the
 * differing words of a copy row, none for copy totals, the changed words of a quote, the figures' texts, the
 * spellings, the swapped words.
 */
export function insightWords(insight: Insight): string[] {
  switch (insight.kind) {
    case 'copy':
      return insight.scope === 'row'
        ? [...new Set(insight.copies.flatMap((c) => [...c.added, ...c.removed]))]
        : [];
    case 'quote':
      return [...new Set(insight.changes.flatMap((c) => [c.from, c.to]).filter(Boolean))];
    case 'number':
      return insight.figures.map((f) => f.text);
    case 'name':
      return insight.variants.map((v) => v.spelling);
    case 'wording':
      return insight.swaps.flatMap((s) => [s.from, s.to]);
  }
}

function indexOf(ids: ReadonlyMap<string, number>, eventId: string) {
  return (id: string): number => {
    const k = ids.get(id);
    if (k === undefined) throw new Error(`Event ${eventId} refers to article ${id}, which it does not hold`);
    return k;
  };
}

function idOf(articles: readonly { id: string }[], eventId: string) {
  return (k: number): string => {
    const a = articles[k];
    if (!a) throw new Error(`Event file ${eventId} refers to article ${k} of ${articles.length}`);
    return a.id;
  };
}

/** Every article reference of an insight's fields, at any depth, through `map` (ids → indices and back). */
function mapArticles(value: Json, map: (ref: Json) => Json): Json {
  if (Array.isArray(value)) return value.map((v) => mapArticles(v, map));
  if (value === null || typeof value !== 'object') return value;
  const out: JsonObject = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'label') out[key] = v;
    else if (ARTICLE_FIELDS.has(key)) out[key] = Array.isArray(v) ? v.map(map) : map(v);
    else out[key] = mapArticles(v, map);
  }
  return out;
}

/**
 * The parts of an insight whose outlet field only names their articles' outlets: the insight itself (`outlets` beside
 * `articles`), and its renderings, figures (`outlet` beside `article`) and spelling variants. A credit's `outlet` is
 * the outlet credited, not the article's, and stays.
 */
function outletParts(insight: JsonObject): { part: JsonObject; field: 'outlet' | 'outlets' }[] {
  const parts = (key: string) =>
    (Array.isArray(insight[key]) ? insight[key] : []).filter(
      (p): p is JsonObject => p !== null && typeof p === 'object' && !Array.isArray(p),
    );
  return [
    { part: insight, field: 'outlets' as const },
    ...parts('renderings').map((part) => ({ part, field: 'outlet' as const })),
    ...parts('figures').map((part) => ({ part, field: 'outlet' as const })),
    ...parts('variants').map((part) => ({ part, field: 'outlets' as const })),
  ];
}

function outletsOf(part: JsonObject, field: 'outlet' | 'outlets', outletOf: (ref: Json) => string): Json {
  if (field === 'outlet') return part.article === undefined ? null : outletOf(part.article);
  return Array.isArray(part.articles) ? part.articles.map(outletOf) : null;
}

/** A pair's swap sides are its two articles (wording/pair); written only where a swap says otherwise. */
function pairSides(insight: JsonObject): { from: Json; to: Json } | undefined {
  if (insight.kind !== 'wording' || insight.scope !== 'pair' || !Array.isArray(insight.articles))
    return undefined;
  return { from: insight.articles.slice(0, 1), to: insight.articles.slice(1, 2) };
}

function packInsight(insight: Insight, index: (id: string) => number, outletOf: (id: string) => string) {
  const plain = JSON.parse(JSON.stringify(insight)) as JsonObject;
  if (same(plain.words, insightWords(insight))) delete plain.words;
  for (const { part, field } of outletParts(plain))
    if (
      same(
        part[field],
        outletsOf(part, field, (ref) => outletOf(ref as string)),
      )
    )
      delete part[field];
  const sides = pairSides(plain);
  if (sides && Array.isArray(plain.swaps))
    for (const swap of plain.swaps as JsonObject[])
      if (same(swap.fromArticles, sides.from) && same(swap.toArticles, sides.to)) {
        delete swap.fromArticles;
        delete swap.toArticles;
      }
  return mapArticles(plain, (id) => index(id as string)) as FileInsight;
}

function unpackInsight(
  file: FileInsight,
  id: (k: number) => string,
  outletOf: (id: string) => string,
): Insight {
  const plain = mapArticles(file as JsonObject, (k) => id(k as number)) as JsonObject;
  for (const { part, field } of outletParts(plain))
    if (!(field in part)) part[field] = outletsOf(part, field, (ref) => outletOf(ref as string));
  const sides = pairSides(plain);
  if (sides && Array.isArray(plain.swaps))
    for (const swap of plain.swaps as JsonObject[]) {
      swap.fromArticles ??= sides.from;
      swap.toArticles ??= sides.to;
    }
  const insight = plain as unknown as Insight;
  if (!('words' in plain)) insight.words = insightWords(insight);
  return insight;
}

/** Blocks as sentence counts: a block's text is written only when it is not its sentences joined by a space. */
function packArticle(article: Article): FileArticle {
  const { blocks, sentences, ...rest } = article;
  let next = 0;
  const packed = blocks.map((block, b): FileBlock => {
    const from = next;
    while (next < sentences.length && sentences[next]!.block === b) next++;
    const text = sentences
      .slice(from, next)
      .map((s) => s.text)
      .join(' ');
    return { kind: block.kind, sentences: next - from, ...(text === block.text ? {} : { text: block.text }) };
  });
  if (next !== sentences.length)
    throw new Error(`Article ${article.id}: sentences are not in block order (sentence ${next})`);
  return { ...rest, blocks: packed, sentences: sentences.map((s) => s.text) };
}

function unpackArticle(file: FileArticle): Article {
  const { blocks, sentences, ...rest } = file;
  const out: Article['sentences'] = [];
  const unpacked = blocks.map((block, b): Block => {
    const own = sentences.slice(out.length, out.length + block.sentences);
    for (const text of own) out.push({ text, block: b });
    return { kind: block.kind, text: block.text ?? own.join(' ') };
  });
  return { ...rest, blocks: unpacked, sentences: out };
}

/** The event file as written: `EventData` (lib/export/data.ts) with ids as indices and nothing written twice. */
export function encodeEventFile(data: EventData): EventFile {
  const { articleIds, rows, related, insights, ...event } = data.event;
  if (
    !same(
      articleIds,
      data.articles.map((a) => a.id),
    )
  )
    throw new Error(`Event ${event.id}: articles are not in articleIds order`);
  const index = indexOf(new Map(articleIds.map((id, k) => [id, k])), event.id);
  const outlets = new Map(data.articles.map((a) => [a.id, a.outlet.id]));
  const outletOf = (id: string) => outlets.get(id) ?? '';
  const link = <L extends { a: string; b: string }>(l: L) => ({ ...l, a: index(l.a), b: index(l.b) });
  return {
    format: EVENT_FILE_FORMAT,
    version: data.version,
    event: {
      ...event,
      rows: rows.map(({ cells, links, ...row }: Row) => ({
        ...row,
        cells: Object.fromEntries(Object.entries(cells).map(([id, s]) => [String(index(id)), s])),
        ...(links ? { links: links.map(link) } : {}),
      })),
      ...(related ? { related: related.map(link) } : {}),
      ...(insights ? { insights: insights.map((i) => packInsight(i, index, outletOf)) } : {}),
    },
    articles: data.articles.map(packArticle),
  };
}

/**
 * The event file as lib/types.ts types it. Takes format 2 (`EventFile`) and the plain format 1 (`EventData`, a file
 * without `format`: what a browser may still hold from an earlier build), and rejects a later format by name.
 */
export function decodeEventFile(file: EventFile | EventData): EventData {
  if (!('format' in file)) return file;
  if (file.format !== EVENT_FILE_FORMAT)
    throw new Error(`Event file format ${String(file.format)}: this reader knows ${EVENT_FILE_FORMAT}`);
  const articles = file.articles.map(unpackArticle);
  const { rows, related, insights, ...event } = file.event;
  const id = idOf(articles, event.id);
  const outlets = new Map(articles.map((a) => [a.id, a.outlet.id]));
  const outletOf = (articleId: string) => outlets.get(articleId) ?? '';
  const link = <L extends { a: number; b: number }>(l: L) => ({ ...l, a: id(l.a), b: id(l.b) });
  return {
    version: file.version,
    event: {
      ...event,
      articleIds: articles.map((a) => a.id),
      rows: rows.map(({ cells, links, ...row }) => ({
        ...row,
        cells: Object.fromEntries(Object.entries(cells).map(([k, s]) => [id(Number(k)), s])),
        ...(links ? { links: links.map(link) } : {}),
      })),
      ...(related ? { related: related.map(link) } : {}),
      ...(insights ? { insights: insights.map((i) => unpackInsight(i, id, outletOf)) } : {}),
    },
    articles,
  };
}
