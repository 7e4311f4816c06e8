import { expect, test } from '@playwright/test';
import type { Article, Event } from '../lib/types';
import type { DataIndex } from '../lib/export/data';
import { decodeEventFile, EVENT_FILE_FORMAT, type EventFile } from '../lib/export/event-file';

/*
 * The data downloads as a researcher gets them from the served site, checked field by field against lib/types.ts
 * and lib/export/data.ts (docs/data.md documents them). An event file is checked as written (format 2: article ids as
 * indices, lib/export/event-file.ts), then read back through its decoder and checked against the domain types.
 */

type Check = (value: unknown, where: string) => void;
const fail = (where: string, what: string, value: unknown) => {
  throw new Error(`${where}: expected ${what}, got ${JSON.stringify(value)?.slice(0, 120)}`);
};
const str: Check = (v, w) => void (typeof v === 'string' || fail(w, 'a string', v));
const num: Check = (v, w) => void ((typeof v === 'number' && Number.isFinite(v)) || fail(w, 'a number', v));
const date: Check = (v, w) =>
  void (
    v === null ||
    (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) ||
    fail(w, 'YYYY-MM-DD or null', v)
  );
const oneOf =
  (...options: string[]): Check =>
  (v, w) =>
    void (options.includes(v as string) || fail(w, options.join('|'), v));
const optional =
  (check: Check): Check =>
  (v, w) =>
    v === undefined ? undefined : check(v, w);
const array =
  (check: Check): Check =>
  (v, w) => {
    if (!Array.isArray(v)) return fail(w, 'an array', v);
    v.forEach((x, i) => check(x, `${w}[${i}]`));
  };
const object =
  (shape: Record<string, Check>): Check =>
  (v, w) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(w, 'an object', v);
    for (const [key, check] of Object.entries(shape))
      check((v as Record<string, unknown>)[key], `${w}.${key}`);
    for (const key of Object.keys(v)) if (!(key in shape)) fail(w, `no field ${key}`, key);
  };
const record =
  (check: Check): Check =>
  (v, w) => {
    if (typeof v !== 'object' || v === null) return fail(w, 'an object', v);
    for (const [k, x] of Object.entries(v)) check(x, `${w}.${k}`);
  };

const outlet = object({ id: str, name: str });
const articleBase = {
  id: str,
  file: str,
  outlet,
  publisher: optional(outlet),
  date,
  dateSource: oneOf('date-line', 'field', 'text', 'none'),
  title: str,
  titleSource: oneOf('headline', 'field', 'derived'),
  url: optional(str),
  sourceId: optional(str),
  warnings: array(str),
};
const article = object({
  ...articleBase,
  blocks: array(object({ kind: oneOf('paragraph', 'heading'), text: str })),
  removed: array(object({ text: str, reason: str })),
  sentences: array(object({ text: str, block: num })),
});
const eventBase = { id: str, date, title: str, articleIds: array(str), aliases: optional(array(str)) };
const row = object({
  cells: record(array(num)),
  score: num,
  links: optional(array(object({ a: str, b: str, score: num }))),
});
/*
 * Insights (lib/types.ts): the fields every kind carries, then the kind's own. `row` and `rows` index into
 * event.rows; the checks below the shapes say so.
 */
const strs = array(str);
/** The related tier (docs/data.md, `event.related`): two passages of two articles, a < b by code unit. */
const related = object({ a: str, ai: array(num), b: str, bi: array(num), score: num, shared: strs });
/** A label part: plain text, words as printed, or an outlet id (read as its name). */
const labelPart: Check = (v, w) =>
  'word' in Object(v)
    ? object({ word: str })(v, w)
    : 'outlet' in Object(v)
      ? object({ outlet: str, possessive: optional((x, xw) => void (x === true || fail(xw, 'true', x))) })(
          v,
          w,
        )
      : object({ text: str })(v, w);
const insightBase = {
  kind: str,
  scope: str,
  articles: strs,
  outlets: strs,
  rows: array(num),
  words: strs,
  label: array(labelPart),
};
const credit = object({
  article: str,
  outlet: str,
  text: str,
  kind: oneOf('text', 'photo'),
  where: oneOf('sentence', 'removed'),
});
const source = { source: optional(str), sourceBasis: optional(oneOf('credit', 'date')) };
const swap = object({ row: num, from: str, to: str, fromArticles: strs, toArticles: strs });
const nullable =
  (check: Check): Check =>
  (v, w) =>
    v === null ? undefined : check(v, w);
const insightShapes: Record<string, Check> = {
  'copy/row': object({
    ...insightBase,
    ...source,
    similarity: num,
    copies: array(object({ article: str, added: strs, removed: strs })),
  }),
  'copy/pair': object({
    ...insightBase,
    ...source,
    sharedWords: num,
    shares: array(num),
    credits: array(credit),
  }),
  'copy/event': object({
    ...insightBase,
    ...source,
    creditedOutlet: optional(str),
    shares: array(num),
    credits: array(credit),
  }),
  'quote/row': object({
    ...insightBase,
    renderings: array(
      object({ article: str, outlet: str, row: num, text: str, verb: nullable(str), speaker: nullable(str) }),
    ),
    changes: array(object({ article: str, from: str, to: str })),
  }),
  'number/row': object({
    ...insightBase,
    figures: array(
      object({ article: str, outlet: str, row: num, text: str, value: num, qualifier: str, noun: str }),
    ),
  }),
  'name/event': object({
    ...insightBase,
    variants: array(object({ spelling: str, articles: strs, outlets: strs })),
  }),
  'wording/row': object({ ...insightBase, swaps: array(swap) }),
  'wording/pair': object({ ...insightBase, swaps: array(swap) }),
};
const insight: Check = (v, w) => {
  const { kind, scope } = (v ?? {}) as { kind?: unknown; scope?: unknown };
  const shape = insightShapes[`${String(kind)}/${String(scope)}`];
  if (!shape) return fail(w, `one of ${Object.keys(insightShapes).join(', ')}`, `${kind}/${scope}`);
  shape(v, w);
};
/** An article index of the event file as written: a whole number below the event's article count. */
const articleIndex =
  (count: number): Check =>
  (v, w) =>
    void (
      (Number.isInteger(v) && (v as number) >= 0 && (v as number) < count) ||
      fail(w, `an index < ${count}`, v)
    );
/** Every article reference of an insight as written, at any depth (docs/data.md names the fields). */
function insightRefs(value: unknown, where: string, index: Check): void {
  if (Array.isArray(value)) return value.forEach((v, i) => insightRefs(v, `${where}[${i}]`, index));
  if (value === null || typeof value !== 'object') return;
  for (const [key, v] of Object.entries(value)) {
    if (key === 'label') continue;
    if (['article', 'articles', 'source', 'fromArticles', 'toArticles'].includes(key))
      (Array.isArray(v) ? v : [v]).forEach((x, i) => index(x, `${where}.${key}[${i}]`));
    else insightRefs(v, `${where}.${key}`, index);
  }
}
const writtenEvent = (count: number): Check => {
  const index = articleIndex(count);
  const { articleIds, ...base } = eventBase;
  void articleIds;
  return object({
    format: (v, w) => void (v === EVENT_FILE_FORMAT || fail(w, String(EVENT_FILE_FORMAT), v)),
    version: num,
    event: object({
      ...base,
      rows: array(
        object({
          cells: (v, w) => {
            record(array(num))(v, w);
            for (const k of Object.keys(v as object)) index(Number(k), `${w} key ${k}`);
          },
          score: num,
          links: optional(array(object({ a: index, b: index, score: num }))),
        }),
      ),
      related: optional(
        array(object({ a: index, ai: array(num), b: index, bi: array(num), score: num, shared: strs })),
      ),
      insights: optional(array((v, w) => insightRefs(v, w, index))),
    }),
    articles: array(
      object({
        ...articleBase,
        blocks: array(object({ kind: oneOf('paragraph', 'heading'), sentences: num, text: optional(str) })),
        removed: array(object({ text: str, reason: str })),
        sentences: strs,
      }),
    ),
  });
};
const diagnostic = object({
  file: str,
  line: optional(num),
  severity: oneOf('error', 'warning'),
  message: str,
});

/** RFC 4180 records: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      fields.push(field);
      records.push(fields);
      fields = [];
      field = '';
      i++;
    } else field += c;
  }
  expect(field === '' && fields.length === 0, 'the file ends with CRLF').toBe(true);
  return records;
}

test('the data listing, per-event JSON and CSV match the documented types', async ({ request }) => {
  const res = await request.get('/data/index.json');
  expect(res.status()).toBe(200);
  const listing = (await res.json()) as DataIndex;
  object({
    version: num,
    articles: array(object({ ...articleBase, sentenceCount: num })),
    events: array(object({ ...eventBase, rowCount: num })),
    stories: array(object({ id: str, title: str, eventIds: strs, changes: strs, aliases: optional(strs) })),
    diagnostics: array(diagnostic),
  })(listing, 'index.json');
  // The seeds' three days of the Russia–Ukraine talks are one story, each event listed, a line of news for each.
  const eventIds = new Set(listing.events.map((e) => e.id));
  expect(listing.stories.length).toBeGreaterThan(0);
  for (const story of listing.stories) {
    for (const id of story.eventIds) expect(eventIds.has(id), `story ${story.id} names ${id}`).toBe(true);
    expect(story.changes.length, `story ${story.id}: a line per event`).toBe(story.eventIds.length);
  }
  expect(listing.events.length).toBeGreaterThan(0);
  const articleIds = new Set(listing.articles.map((a) => a.id));

  for (const summary of listing.events) {
    for (const id of summary.articleIds) expect(articleIds.has(id), `${summary.id} names ${id}`).toBe(true);

    const json = await request.get(`/data/events/${summary.id}.json`);
    expect(json.status()).toBe(200);
    const written = (await json.json()) as EventFile;
    writtenEvent(summary.articleIds.length)(written, `events/${summary.id}.json as written`);
    // Ids once: the articles table, nowhere else (each id is in the file as often as its article is listed).
    const raw = await json.text();
    for (const id of summary.articleIds)
      expect(raw.split(`"${id}"`).length - 1, `${id} written once`).toBe(1);
    const data = decodeEventFile(written);
    object({
      version: num,
      event: object({
        ...eventBase,
        rows: array(row),
        related: optional(array(related)),
        insights: optional(array(insight)),
      }),
      articles: array(article),
    })(data, `events/${summary.id}.json decoded`);
    const event: Event = data.event;
    expect(event.id).toBe(summary.id);
    expect(event.rows.length).toBe(summary.rowCount);
    expect(data.articles.map((a) => a.id)).toEqual(event.articleIds);
    const byId = new Map<string, Article>(data.articles.map((a) => [a.id, a]));
    for (const r of event.rows) {
      for (const [id, sentences] of Object.entries(r.cells)) {
        const a = byId.get(id);
        expect(a, `row cell ${id}`).toBeDefined();
        for (const s of sentences) expect(a!.sentences[s], `${id} sentence ${s}`).toBeDefined();
      }
    }
    for (const l of event.related ?? []) {
      expect(l.a < l.b, `related ${l.a} < ${l.b}`).toBe(true);
      for (const [id, sentences] of [
        [l.a, l.ai],
        [l.b, l.bi],
      ] as const)
        for (const s of sentences)
          expect(byId.get(id)?.sentences[s], `related ${id} sentence ${s}`).toBeDefined();
    }
    // Every insight points at rows of this event and at its articles; the seed event (AFP, Press TV,
    // Reuters) has some of every kind.
    for (const [k, ins] of (event.insights ?? []).entries()) {
      for (const r of ins.rows)
        expect(event.rows[r], `insight ${k} (${JSON.stringify(ins.label)}) row ${r}`).toBeDefined();
      for (const id of ins.articles) expect(event.articleIds, `insight ${k} article`).toContain(id);
      expect(ins.outlets.length, `insight ${k} outlets parallel to articles`).toBe(ins.articles.length);
    }
    const outlets = data.articles.map((a) => a.outlet.id).sort();
    if (outlets.join() === 'afp,press-tv,reuters') {
      expect(new Set(event.insights?.map((i) => i.kind))).toEqual(
        new Set(['copy', 'quote', 'number', 'name', 'wording']),
      );
    }

    const csv = await request.get(`/data/events/${summary.id}.csv`);
    expect(csv.status()).toBe(200);
    const text = (await csv.body()).toString('utf8');
    expect(text.startsWith('\uFEFF'), 'UTF-8 BOM').toBe(true);
    expect(/^("([^"]|"")*"(,|\r\n))*$/.test(text.slice(1)), 'every field quoted').toBe(true);
    const [header, ...records] = parseCsv(text.slice(1));
    expect(header!.slice(0, 2)).toEqual(['row', 'score']);
    expect(header!.length).toBe(3 + event.articleIds.length);
    expect(header![header!.length - 1]).toBe('related');
    expect(records.length).toBe(event.rows.length);
    records.forEach((rec, i) => {
      const r = event.rows[i]!;
      expect(rec[0]).toBe(String(i + 1));
      expect(Number(rec[1])).toBeCloseTo(r.score, 3);
      event.articleIds.forEach((id, k) => {
        const text = (r.cells[id] ?? []).map((s) => byId.get(id)!.sentences[s]!.text).join(' ');
        // A cell a spreadsheet would run as a formula starts with ' (docs/data.md).
        const expected = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
        expect(rec[2 + k], `${summary.id}.csv row ${i + 1} column ${header![2 + k]}`).toBe(expected);
      });
    });
  }
});
