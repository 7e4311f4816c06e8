import type { Article, Event, RelatedLink } from '../types';
import { compareText } from '../text/compare';
import { pairHref } from './url';

/**
 * The related tier as the comparison shows it (lib/align/related.ts makes it): for a passage, the passages of other
 * outlets that tell the same fact in other words, by row number (the `#r<N>` permalink), with the evidence both
 * carry. A passage one outlet alone carried is "told differently" when it has one, and "only in" that outlet only when
 * it has none.
 */

/** A passage of another outlet that tells this one's fact differently. */
export interface RelatedRef {
  /** The other outlet's column key. */
  key: string;
  /** Its outlet's display name (the column may not be on this page: a pair view shows two). */
  name: string;
  /** The row (1-based, the event's own numbering) holding the related sentence. */
  n: number;
  /** Evidence both passages carry, as the index names it. */
  shared: string[];
}

/** Each sentence's row number (1-based, the `#r<N>` anchor), per article id. */
function rowNumbers(event: Pick<Event, 'rows'>): Map<string, Map<number, number>> {
  const rowOf = new Map<string, Map<number, number>>();
  event.rows.forEach((row, r) => {
    for (const [id, span] of Object.entries(row.cells)) {
      let m = rowOf.get(id);
      if (!m) rowOf.set(id, (m = new Map()));
      for (const s of span) m.set(s, r + 1);
    }
  });
  return rowOf;
}

/**
 * Per row number, per column key: what the row's cell relates to. `articleKeys` maps article ids to column keys;
 * `names` column keys to outlet names. Refs come in column order (`order`), then row number; one per target row.
 */
export function relatedByRow(
  event: Pick<Event, 'rows' | 'related'>,
  articleKeys: ReadonlyMap<string, string>,
  names: ReadonlyMap<string, string>,
  order: readonly string[],
): Map<number, Record<string, RelatedRef[]>> {
  const out = new Map<number, Record<string, RelatedRef[]>>();
  const links = event.related ?? [];
  if (links.length === 0) return out;
  const rowOf = rowNumbers(event);
  const add = (
    from: string,
    fromSentences: number[],
    to: string,
    toSentences: number[],
    shared: string[],
  ) => {
    const fromKey = articleKeys.get(from);
    const toKey = articleKeys.get(to);
    if (fromKey === undefined || toKey === undefined) return;
    const targets = [...new Set(toSentences.map((s) => rowOf.get(to)?.get(s)))].filter(
      (n): n is number => n !== undefined,
    );
    for (const s of fromSentences) {
      const n = rowOf.get(from)?.get(s);
      if (n === undefined) continue;
      let cells = out.get(n);
      if (!cells) out.set(n, (cells = {}));
      const refs = (cells[fromKey] ??= []);
      for (const t of targets) {
        if (t === n) continue;
        const had = refs.find((r) => r.key === toKey && r.n === t);
        if (had) {
          for (const w of shared) if (!had.shared.includes(w)) had.shared.push(w);
        } else {
          refs.push({ key: toKey, name: names.get(toKey) ?? toKey, n: t, shared: [...shared] });
        }
      }
    }
  };
  for (const l of links) {
    add(l.a, l.ai, l.b, l.bi, l.shared);
    add(l.b, l.bi, l.a, l.ai, l.shared);
  }
  const rank = new Map(order.map((k, i) => [k, i]));
  for (const cells of out.values()) {
    for (const [key, refs] of Object.entries(cells)) {
      if (refs.length === 0) {
        delete cells[key];
        continue;
      }
      refs.sort((p, q) => (rank.get(p.key) ?? 0) - (rank.get(q.key) ?? 0) || p.n - q.n);
    }
  }
  return out;
}

/** One link of a "told differently" tag: where it goes and what it reads. */
export interface RelatedTagLink {
  href: string;
  /** "¶9". */
  label: string;
  /** "Reuters, passage 9": what a screen reader and the tooltip say. */
  title: string;
}

/** A "told differently" tag as parts: per outlet, its passages; the evidence all of them share with this passage. */
export interface RelatedTag {
  /**
   * Per outlet, its passages; or, where more outlets tell it than a line can name (`outlets` counts them), per
   * passage, the outlets telling it there ("MyNorthwest, ABC News, AP and 22 more").
   */
  outlets: { name: string; links: RelatedTagLink[] }[];
  shared: string[];
  /** How many outlets tell it differently, when the tag lists passages rather than outlets. */
  grouped?: number;
}

/** Evidence words a tag names at most. */
const TAG_EVIDENCE = 5;
/** Outlets a tag names one by one; past this it names passages, each with its first outlets. */
const TAG_OUTLETS = 3;

/**
 * The tag of a passage told differently elsewhere. `shown` are the columns drawn on this page: a passage in a shown
 * column is a link within the page (`#r9`); one in a column the page holds but does not show (an event page showing
 * three of 31 outlets) opens the pair view of the two outlets (`?pair=`, drawn by the page's script; without scripts
 * the page's opening view). (A pair view holds only its two outlets' refs: lib/view/comparison.ts `pairComparison`.)
 * On a wide event a wire story's passage is told differently by dozens of copies, mostly in one row: the tag then
 * lists each row once, with the outlets telling it there ("¶15: 25 outlets"), not 25 names and 25 links.
 */
export function relatedTag(own: string, refs: readonly RelatedRef[], shown: ReadonlySet<string>): RelatedTag {
  const shared: string[] = [];
  for (const r of refs)
    for (const w of r.shared) if (!shared.includes(w) && shared.length < TAG_EVIDENCE) shared.push(w);
  const names = [...new Set(refs.map((r) => r.name))];
  if (names.length > TAG_OUTLETS) {
    const rows = [...new Set(refs.map((r) => r.n))].sort((p, q) => p - q);
    const outlets = rows.map((n) => {
      const here = refs.filter((r) => r.n === n);
      const inRow = [...new Set(here.map((r) => r.name))];
      const named =
        inRow.length <= TAG_OUTLETS
          ? inRow.join(', ')
          : `${inRow.slice(0, TAG_OUTLETS).join(', ')} and ${inRow.length - TAG_OUTLETS} more`;
      const onPage = here.find((r) => shown.has(r.key));
      const href = onPage ? `#r${n}` : pairHref('', own, here[0]!.key, n);
      const who = inRow.length === 1 ? inRow[0]! : `${inRow.length} outlets`;
      return { name: named, links: [{ href, label: `¶${n}`, title: `${who}, passage ${n}` }] };
    });
    return { outlets, shared, grouped: names.length };
  }
  const outlets: RelatedTag['outlets'] = [];
  for (const r of refs) {
    const href = shown.has(r.key) ? `#r${r.n}` : pairHref('', own, r.key, r.n);
    let entry = outlets.find((o) => o.name === r.name);
    if (!entry) outlets.push((entry = { name: r.name, links: [] }));
    // Two articles of one outlet in one row are one passage to link.
    if (entry.links.some((l) => l.label === `¶${r.n}`)) continue;
    entry.links.push({ href, label: `¶${r.n}`, title: `${r.name}, passage ${r.n}` });
  }
  return { outlets, shared };
}

/** "Reuters tells this differently" / "Reuters and Press TV tell this differently": the tag's words before its links. */
export function relatedTagText(tag: RelatedTag): string {
  if (tag.grouped !== undefined) return `${tag.grouped} outlets tell this differently`;
  const names = tag.outlets.map((o) => o.name);
  if (names.length === 1) return `${names[0]} tells this differently`;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} tell this differently`;
}

/**
 * An article's sentences that no other article carries in a row but another tells differently: per sentence, the
 * outlets and event rows it relates to (for the article page, which marks them apart from what only it carried).
 */
export function relatedSentences(
  articleId: string,
  events: readonly Event[],
  articles: { get(id: string): Pick<Article, 'outlet'> | undefined },
): Map<number, { outlet: string; eventId: string; n: number; shared: string[] }[]> {
  const out = new Map<number, { outlet: string; eventId: string; n: number; shared: string[] }[]>();
  for (const event of events) {
    if (!event.articleIds.includes(articleId)) continue;
    const rowOf = rowNumbers(event);
    const add = (mine: number[], other: string, theirs: number[], shared: string[]) => {
      const outlet = articles.get(other)?.outlet.name ?? other;
      for (const s of mine) {
        let list = out.get(s);
        if (!list) out.set(s, (list = []));
        for (const t of theirs) {
          const n = rowOf.get(other)?.get(t);
          if (n === undefined || list.some((e) => e.eventId === event.id && e.n === n)) continue;
          list.push({ outlet, eventId: event.id, n, shared });
        }
      }
    };
    for (const l of event.related ?? ([] as RelatedLink[])) {
      if (l.a === articleId) add(l.ai, l.b, l.bi, l.shared);
      if (l.b === articleId) add(l.bi, l.a, l.ai, l.shared);
    }
  }
  for (const list of out.values()) list.sort((p, q) => compareText(p.eventId, q.eventId) || p.n - q.n);
  return out;
}
