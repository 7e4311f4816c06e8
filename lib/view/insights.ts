import { summariseOutlets } from '../insights';
import { labelText, partText } from '../insights/label';
import type { Article, Event, Insight, InsightKind, LabelPart } from '../types';
import type { OutletColour } from './colour';
import { pairSlugs, type Column } from './comparison';
import { pairHref } from './url';

/**
 * The view model of the event page's summary strip and insights panel: the event's insights (lib/insights) grouped by
 * kind, each with its label as parts (plain text, printed words, outlets) and links to the rows it comes from, and the
 * names the outlets of the labels read as. Serialisable and computed on the server; the page renders it without
 * scripts, reading each part with `partText` (`labelText` for the whole line).
 */

export type { LabelPart };
export { labelText, partText };

/** A link to row `n` (1-based, the `#r<N>` anchor): on this page, or in a pair view when `page` is set. */
export interface RowAnchor {
  n: number;
  /** The pair view (`/events/<id>/?pair=<a>-vs-<b>`) that shows the row, when the default columns do not. */
  page?: string;
}

export interface QuoteLine {
  name: string;
  colour: OutletColour;
  /** The quoted words as printed (corpus text: render as text). */
  text: string;
  verb: string | null;
}

export interface InsightItem {
  /** The insight's label (lib/insights): read it with `partText` / `labelText` and the view's `outletNames`. */
  label: LabelPart[];
  links: RowAnchor[];
  /** Rows left out of `links` to keep the line short. */
  more: number;
  /** For quotes: how each outlet printed the quoted words. */
  quotes?: QuoteLine[];
}

export interface InsightGroup {
  kind: InsightKind;
  /** Fragment id of the group's section (`insights-quote`). */
  id: string;
  title: string;
  /** One line saying what the kind means. */
  note: string;
  /** Totals over a pair of outlets or the whole event (copy, wording). */
  totals: InsightItem[];
  /** One finding each: a row (or, for names, the rows where a spelling meets another). */
  items: InsightItem[];
  /** Every row the group's findings point at, ascending, as links. */
  rows: RowAnchor[];
  /** The items only repeat the totals passage by passage (word choice): shown folded. */
  foldItems: boolean;
}

export interface OutletShare {
  key: string;
  name: string;
  colour: OutletColour;
  sentences: number;
  /** Sentences every other outlet also tells, some do, none does. */
  all: number;
  some: number;
  own: number;
  /** Of `own`: told differently by another outlet; and told only here. */
  toldElsewhere: number;
  onlyHere: number;
}

export interface InsightsView {
  /** Outlet id → display name, for the outlets the labels name (the event's, in event order). */
  outletNames: Record<string, string>;
  outlets: OutletShare[];
  groups: InsightGroup[];
}

/** Row links shown on one line before "and N more". */
export const MAX_ROW_LINKS = 8;

const KINDS: { kind: InsightKind; title: string; note: string }[] = [
  { kind: 'copy', title: 'Copied text', note: 'Passages one outlet printed near-verbatim from another.' },
  { kind: 'quote', title: 'Quotes', note: 'The same quoted words, as each outlet printed them.' },
  { kind: 'number', title: 'Figures', note: 'Figures about the same thing that do not match.' },
  { kind: 'name', title: 'Names', note: 'One name, spelt differently.' },
  { kind: 'wording', title: 'Word choice', note: 'Words swapped at the same place in a shared passage.' },
];

export function insightsView(
  event: Event,
  articles: readonly Article[],
  columns: readonly Column[],
  visible: readonly string[],
): InsightsView {
  const insights = event.insights ?? [];
  const byArticle = new Map(columns.map((c) => [c.articleId, c]));
  const slugs = pairSlugs(columns);
  const shown = new Set(visible);

  // Where an insight's rows can be seen: here when two of its outlets (or its only one) are among the columns the
  // page shows before any choice; else in the pair view of its first two outlets (`?pair=`).
  const pageFor = (insight: Insight): string | undefined => {
    const keys = insight.articles
      .map((id) => byArticle.get(id)?.key)
      .filter((k): k is string => k !== undefined);
    if (keys.filter((k) => shown.has(k)).length >= Math.min(2, keys.length)) return undefined;
    const [a, b] = [keys[0], keys[1]].sort();
    const pair = slugs.find((p) => p.a === a && p.b === b);
    return pair ? pairHref(`/events/${event.id}/`, pair.a, pair.b) : undefined;
  };

  const item = (insight: Insight): InsightItem => {
    const page = pageFor(insight);
    const links = insight.rows.map((r) => ({ n: r + 1, ...(page ? { page } : {}) }));
    const quotes =
      insight.kind === 'quote'
        ? insight.renderings.flatMap((r) => {
            const column = byArticle.get(r.article);
            return column
              ? [{ name: column.outlet.name, colour: column.colour, text: r.text, verb: r.verb }]
              : [];
          })
        : undefined;
    return {
      label: insight.label,
      links: links.slice(0, MAX_ROW_LINKS),
      more: Math.max(0, links.length - MAX_ROW_LINKS),
      ...(quotes ? { quotes } : {}),
    };
  };

  const groups: InsightGroup[] = [];
  for (const { kind, title, note } of KINDS) {
    const ofKind = insights.filter((i) => i.kind === kind);
    if (ofKind.length === 0) continue;
    const isTotal = (i: Insight) => i.scope === 'pair' || (i.scope === 'event' && i.kind !== 'name');
    // One link per row, the first finding's target winning (a row shown here beats the same row in a pair view).
    const rows = new Map<number, RowAnchor>();
    for (const i of ofKind) {
      const page = pageFor(i);
      for (const r of i.rows) {
        const prev = rows.get(r + 1);
        if (!prev || (prev.page && !page)) rows.set(r + 1, { n: r + 1, ...(page ? { page } : {}) });
      }
    }
    groups.push({
      kind,
      id: `insights-${kind}`,
      title,
      note,
      totals: ofKind.filter(isTotal).map(item),
      items: ofKind.filter((i) => !isTotal(i)).map(item),
      rows: [...rows.values()].sort((x, y) => x.n - y.n),
      foldItems: kind === 'wording' && ofKind.some(isTotal),
    });
  }

  const outlets = summariseOutlets(event, articles).flatMap((s) => {
    const column = byArticle.get(s.article);
    if (!column) return [];
    return [
      {
        key: column.key,
        name: column.outlet.name,
        colour: column.colour,
        sentences: s.sentences,
        all: s.sharedWithAll,
        some: s.sharedWithSome,
        own: s.own,
        toldElsewhere: s.toldElsewhere,
        onlyHere: s.onlyHere,
      },
    ];
  });
  // As lib/insights names them: the first article of an outlet, in event order, names it.
  const outletNames: Record<string, string> = {};
  for (const c of columns) outletNames[c.outlet.id] ??= c.outlet.name;
  return { outletNames, outlets, groups };
}
