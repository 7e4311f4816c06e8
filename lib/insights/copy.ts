import type {
  Article,
  CopyGroupInsight,
  CopyPairInsight,
  CopyRowInsight,
  CopyVariant,
  Credit,
  LabelPart,
  SourceBasis,
} from '../types';
import { UnionFind } from '../util/union-find';
import { type InsightContext, type RowPair, hasWord, percent, trimSpan, wordCount } from './context';
import { OUTLET_ALIASES, creditWeight } from './credits';
import { fewOf, join, label, listOf, outlet, possessive, word } from './label';

/**
 * Copied wire text: a row where two articles print near-verbatim the same sentence. "Near-verbatim" is measured on the
 * word diff: four in five of the shorter side's words sit in equal spans, and at least one long run is unbroken (at
 * seven in ten, a stock frame around a shared quote passed: "told reporters at a breakfast hosted by …"). Words either
 * side quotes are left out of the measure: two outlets quoting one speaker have not copied each other, nor has one
 * that prints the speaker's words bare (a block quote without marks) copied one that quotes them. Paraphrase (same
 * facts, own words) stays well under the bar; a rewrite that keeps a wire sentence and adds "at least" passes.
 * What it gives up: sentences shorter than MIN_WORDS (stock phrases like "There was no immediate comment" are shared
 * by chance), and copying that was reworded heavily.
 */
export const COPY_MIN_WORDS = 8;
export const COPY_MIN_SIMILARITY = 0.8;
export const COPY_MIN_RUN = 6;

export interface CopyStats {
  equalWords: number;
  longestRun: number;
  similarity: number;
  shorter: number;
}

export function copyStats(pair: RowPair): CopyStats {
  const shorter = Math.min(pair.wordsA, pair.wordsB) - pair.sharedQuoted;
  const equalWords = pair.equalWords - pair.sharedQuoted;
  return {
    equalWords,
    longestRun: pair.longestRun,
    shorter,
    similarity: shorter > 0 ? Math.min(1, equalWords / shorter) : 0,
  };
}

export function isCopy(stats: CopyStats): boolean {
  return (
    stats.shorter >= COPY_MIN_WORDS &&
    stats.similarity >= COPY_MIN_SIMILARITY &&
    stats.longestRun >= COPY_MIN_RUN
  );
}

/** Strong link: at least this share of one article is near-verbatim the other's. Such articles form a group. */
export const GROUP_MIN_SHARE = 0.5;
/** Outside groups, each article gets pair insights with at most this many partners (those it shares most with). */
export const MAX_PAIR_PARTNERS = 3;

/**
 * Which of some articles is the source: the one the others credit most (text credits weigh more than photo credits),
 * else the one published strictly first; undefined when nothing tells them apart.
 */
export function copySource(
  members: readonly Article[],
  credits: readonly Credit[],
): { article: Article; basis: SourceBasis } | undefined {
  const weight = members.map((m) =>
    members.reduce((w, o) => (o === m ? w : w + creditWeight(credits, o.id, m.outlet.id)), 0),
  );
  const best = Math.max(...weight);
  const top = members.filter((_, k) => weight[k] === best);
  // Two articles of the credited outlet (an AP story and its update) tie: the first stands for both.
  if (best > 0 && top.every((m) => m.outlet.id === top[0]!.outlet.id))
    return { article: top[0]!, basis: 'credit' };
  const dates = members.map((m) => m.date);
  if (dates.every((d): d is string => d !== null)) {
    const first = [...dates].sort()[0]!;
    if (dates.filter((d) => d === first).length === 1) {
      return { article: members[dates.indexOf(first)]!, basis: 'date' };
    }
  }
  return undefined;
}

/**
 * An outlet outside the group that most members credit in their text ("(AFP)"), when it is not itself in the event:
 * the group carries its copy though no article of it was collected. Needs at least two members and a strict majority.
 */
export function creditedOutsider(
  members: readonly Article[],
  credits: readonly Credit[],
): { id: string; name: string } | undefined {
  const inside = new Set(members.map((m) => m.outlet.id));
  const ids = new Set(members.map((m) => m.id));
  const by = new Map<string, Set<string>>();
  for (const c of credits) {
    if (c.kind !== 'text' || !ids.has(c.article) || inside.has(c.outlet)) continue;
    let set = by.get(c.outlet);
    if (!set) by.set(c.outlet, (set = new Set()));
    set.add(c.article);
  }
  const ranked = [...by.entries()].sort((x, y) => y[1].size - x[1].size || (x[0] < y[0] ? -1 : 1));
  const [id, who] = ranked[0] ?? [];
  if (!id || !who || who.size < 2 || who.size * 2 <= members.length) return undefined;
  // The shortest alias reads best in a label: "AFP" rather than "Agence France-Presse".
  const aliases = OUTLET_ALIASES[id];
  const shortest =
    aliases && [...aliases].sort((x, y) => x.length - y.length || (x < y ? -1 : x > y ? 1 : 0))[0];
  return { id, name: shortest ?? id };
}

function shorten(text: string, maxWords = 8): string {
  const ws = text.split(/\s+/);
  return ws.length > maxWords ? `${ws.slice(0, maxWords).join(' ')} …` : text;
}

/** Up to `max` printed words, each shortened: “a”, “b”, “c”, … */
function wordList(items: readonly string[], max = 3): LabelPart[] {
  return label(
    join(
      items.slice(0, max).map((w) => word(shorten(w))),
      ', ',
    ),
    items.length > max ? ', …' : '',
  );
}

/** Differences of `pair` seen from `reference` (one of its two articles). */
function variant(pair: RowPair, reference: number, article: string): CopyVariant {
  const added: string[] = [];
  const removed: string[] = [];
  const fromB = pair.b === reference;
  for (const s of pair.spans) {
    if (s.op === 'equal') continue;
    const t = trimSpan(s.text);
    if (!hasWord(t)) continue;
    // Spans read a→b; when b is the reference, what b "inserts" is what a dropped.
    ((s.op === 'insert') !== fromB ? added : removed).push(t);
  }
  return { article, added, removed };
}

/** An article of the view as a label names it, and its possessive ("AFP’s"). */
function outletOf(view: InsightContext, i: number): LabelPart {
  return outlet(view.articles[i]!.outlet.id);
}
function ownerOf(view: InsightContext, i: number): LabelPart {
  return outlet(view.articles[i]!.outlet.id, { possessive: true });
}

/** Key of a pair of article indices, smaller first. */
function pairKey(x: number, y: number): string {
  return `${Math.min(x, y)}:${Math.max(x, y)}`;
}

/** The credits among some articles that name one of their own outlets: what tells who copied whom. */
function creditsAmong(credits: readonly Credit[], members: readonly Article[]): Credit[] {
  const ids = new Set(members.map((m) => m.id));
  const outlets = new Set(members.map((m) => m.outlet.id));
  return credits.filter((c) => ids.has(c.article) && outlets.has(c.outlet));
}

/** The source as an insight carries it, when one is known. */
function sourceFields(src: ReturnType<typeof copySource>): { source?: string; sourceBasis?: SourceBasis } {
  return src ? { source: src.article.id, sourceBasis: src.basis } : {};
}

/** A row where some articles copy one another: every pair of the row, and those pairs that are copies. */
interface CopyRow {
  row: number;
  /** Every pair of articles that fill the row: a copy's differences are read against its source, any member. */
  pairs: RowPair[];
  copyPairs: RowPair[];
}

/** Step 1. The rows where at least one pair of articles prints near-verbatim the same text, in row order. */
function findCopyRows(view: InsightContext): CopyRow[] {
  const byRow = new Map<number, RowPair[]>();
  for (const pair of view.pairs) {
    let list = byRow.get(pair.row);
    if (!list) byRow.set(pair.row, (list = []));
    list.push(pair);
  }
  const out: CopyRow[] = [];
  for (const [row, pairs] of [...byRow.entries()].sort((x, y) => x[0] - y[0])) {
    const copyPairs = pairs.filter((p) => isCopy(copyStats(p)));
    if (copyPairs.length > 0) out.push({ row, pairs, copyPairs });
  }
  return out;
}

/**
 * Step 2. The articles of a copy row that copy one another, directly or through a third (A copies B, C copies A):
 * one cluster each, members ascending, clusters in the order of their first member.
 */
function rowClusters(copy: CopyRow, n: number): number[][] {
  const uf = new UnionFind(n);
  for (const p of copy.copyPairs) uf.union(p.a, p.b);
  const clusters = new Map<number, number[]>();
  for (const i of [...new Set(copy.copyPairs.flatMap((p) => [p.a, p.b]))].sort((x, y) => x - y)) {
    const r = uf.find(i);
    let c = clusters.get(r);
    if (!c) clusters.set(r, (c = []));
    c.push(i);
  }
  return [...clusters.values()];
}

/**
 * Step 3. One cluster of a copy row as an insight: its source (else its first member) is the reference, each other
 * member is a copy with the words it adds and drops, and the similarity is the least alike copy's.
 */
function rowInsight(
  view: InsightContext,
  credits: readonly Credit[],
  copy: CopyRow,
  members: readonly number[],
): CopyRowInsight {
  const pairOf = (x: number, y: number) =>
    copy.pairs.find((p) => (p.a === x && p.b === y) || (p.a === y && p.b === x))!;
  const arts = members.map((i) => view.articles[i]!);
  const src = copySource(arts, credits);
  const ref = src ? members[arts.indexOf(src.article)]! : members[0]!;
  const others = members.filter((i) => i !== ref);
  const copies = others.map((i) => variant(pairOf(ref, i), ref, view.articles[i]!.id));
  const similarity = Math.min(...others.map((i) => copyStats(pairOf(ref, i)).similarity));
  const diffs = [...new Set(copies.flatMap((c) => [...c.added, ...c.removed]))];
  return {
    kind: 'copy',
    scope: 'row',
    articles: arts.map((a) => a.id),
    outlets: arts.map((a) => a.outlet.id),
    rows: [copy.row],
    words: diffs,
    label: rowLabel(view, { members, ref, others, copies, diffs, hasSource: src !== undefined }),
    ...sourceFields(src),
    similarity: Math.round(similarity * 1000) / 1000,
    copies,
  };
}

/**
 * How a copy row reads: with a source, who reuses whose wording and, for two articles, what the copy added and
 * dropped ("Press TV reuses AFP’s wording, adding “at least”"); without, who print near-identical text and the words
 * they differ in.
 */
function rowLabel(
  view: InsightContext,
  row: {
    members: readonly number[];
    ref: number;
    others: readonly number[];
    copies: readonly CopyVariant[];
    diffs: readonly string[];
    hasSource: boolean;
  },
): LabelPart[] {
  const { members, ref, others, copies, diffs, hasSource } = row;
  const differing = diffs.length ? label(' (differing in ', wordList(diffs), ')') : ' (word for word)';
  if (members.length === 2) {
    const copy = copies[0]!;
    const changes = [
      copy.added.length ? label('adding ', wordList(copy.added)) : [],
      copy.removed.length ? label('dropping ', wordList(copy.removed)) : [],
    ].filter((c) => c.length > 0);
    return hasSource
      ? label(
          outletOf(view, others[0]!),
          ' reuses ',
          ownerOf(view, ref),
          ' wording',
          changes.length ? label(', ', join(changes, ', ')) : ' word for word',
        )
      : label(
          outletOf(view, members[0]!),
          ' and ',
          outletOf(view, members[1]!),
          ' print near-identical text',
          differing,
        );
  }
  return label(
    hasSource
      ? label(fewOf(others.map((i) => outletOf(view, i))), ' reuse ', ownerOf(view, ref), ' wording')
      : label(fewOf(members.map((i) => outletOf(view, i))), ' print near-identical text'),
    differing,
  );
}

/** Per pair of articles (a < b): the rows where they copy each other and the words printed identically there. */
interface PairTally {
  a: number;
  b: number;
  rows: number[];
  shared: number;
}

/** Per article, per row: the most words it printed identically to one partner there, and its partners. */
type CopiedIn = Map<number, Map<number, { words: number; partners: Set<number> }>>;

/**
 * Step 4. What the copy rows add up to: per pair, its rows and shared words (for pair totals); per article and row,
 * how much it copied and with whom (for a group's shares).
 */
function tallyCopies(copyRows: readonly CopyRow[]): { tallies: PairTally[]; copiedIn: CopiedIn } {
  const perPair = new Map<string, PairTally>();
  const copiedIn: CopiedIn = new Map();
  for (const { row, copyPairs } of copyRows) {
    for (const p of copyPairs) {
      const key = pairKey(p.a, p.b);
      let tally = perPair.get(key);
      if (!tally) perPair.set(key, (tally = { a: p.a, b: p.b, rows: [], shared: 0 }));
      tally.rows.push(row);
      tally.shared += p.equalWords;
      for (const [self, other] of [
        [p.a, p.b],
        [p.b, p.a],
      ] as const) {
        let byRow = copiedIn.get(self);
        if (!byRow) copiedIn.set(self, (byRow = new Map()));
        let c = byRow.get(row);
        if (!c) byRow.set(row, (c = { words: 0, partners: new Set() }));
        c.words = Math.max(c.words, p.equalWords);
        c.partners.add(other);
      }
    }
  }
  return { tallies: [...perPair.values()], copiedIn };
}

/** A pair's tally with the share of each side's words that the other prints identically. */
interface PairTotal extends PairTally {
  shares: [number, number];
}

/** Step 5. Each pair's shares of its two texts (`words`: words per article), pairs in article order. */
function pairTotals(tallies: readonly PairTally[], words: readonly number[]): PairTotal[] {
  const share = (shared: number, i: number) => Math.min(1, shared / Math.max(1, words[i] ?? 0));
  return tallies
    .map((p) => ({ ...p, shares: [share(p.shared, p.a), share(p.shared, p.b)] as [number, number] }))
    .sort((x, y) => x.a - y.a || x.b - y.b);
}

/** Articles that are mostly one text, and which group each article is in. */
interface StrongGroups {
  /** Groups of three or more articles, members ascending, in the order of their first member. */
  groups: number[][];
  inGroup: (i: number) => boolean;
  /** The group of an article in one; a value of its own (negative) for an article in none. */
  groupOf: (i: number) => number;
}

/**
 * Step 6. Groups: articles linked by strong pairs, where at least GROUP_MIN_SHARE of one side is near-verbatim the
 * other's. Two linked articles are only a strong pair; three or more are a wire story and its carriers.
 */
function strongGroups(n: number, pairs: readonly PairTotal[]): StrongGroups {
  const strong = new UnionFind(n);
  for (const p of pairs) if (Math.max(...p.shares) >= GROUP_MIN_SHARE) strong.union(p.a, p.b);
  const linked = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = strong.find(i);
    let g = linked.get(r);
    if (!g) linked.set(r, (g = []));
    g.push(i);
  }
  const inGroup = (i: number) => (linked.get(strong.find(i))?.length ?? 0) >= 3;
  return {
    groups: [...linked.values()].filter((g) => g.length >= 3),
    inGroup,
    groupOf: (i) => (inGroup(i) ? strong.find(i) : -1 - i),
  };
}

/**
 * Step 7. One group as an insight: each member's share of its words printed near-verbatim by another member, the
 * rows the members copy each other in, and the source (a member, else an outlet most members credit).
 */
function groupInsight(
  view: InsightContext,
  credits: readonly Credit[],
  members: readonly number[],
  pairs: readonly PairTotal[],
  copiedIn: CopiedIn,
  words: readonly number[],
): CopyGroupInsight {
  const memberSet = new Set(members);
  const shares = members.map((i) => {
    let copied = 0;
    for (const c of copiedIn.get(i)?.values() ?? []) {
      if ([...c.partners].some((o) => memberSet.has(o))) copied += c.words;
    }
    return Math.round(Math.min(1, copied / Math.max(1, words[i] ?? 0)) * 1000) / 1000;
  });
  const arts = members.map((i) => view.articles[i]!);
  const src = copySource(arts, credits);
  const credited = src ? undefined : creditedOutsider(arts, credits);
  const rows = [
    ...new Set(pairs.filter((p) => memberSet.has(p.a) && memberSet.has(p.b)).flatMap((p) => p.rows)),
  ].sort((x, y) => x - y);
  const shown = members.slice(0, 4).map((i, k) => label(outletOf(view, i), ` ${percent(shares[k]!)}`));
  return {
    kind: 'copy',
    scope: 'event',
    articles: arts.map((a) => a.id),
    outlets: arts.map((a) => a.outlet.id),
    rows,
    words: [],
    label: label(
      `${members.length} outlets carry `,
      src
        ? label(ownerOf(view, members[arts.indexOf(src.article)]!), ' text')
        : credited
          ? `${possessive(credited.name)} text`
          : 'one text',
      ' near-verbatim (',
      join(shown, ', '),
      members.length > 4 ? ', …' : '',
      ')',
    ),
    ...sourceFields(src),
    ...(credited ? { creditedOutlet: credited.id } : {}),
    shares,
    credits: creditsAmong(credits, arts),
  };
}

/**
 * Step 8. The pairs that get a total of their own. Each article outside a group names its few closest partners
 * (MAX_PAIR_PARTNERS), at most one per group, since the group insight speaks for the rest; group members name none,
 * else twenty copies of a wire story would each name the one outlet that quoted a paragraph of it. Between two
 * groups, the one pair sharing most words speaks for all. Keys as `pairKey`.
 */
function pairsToKeep(pairs: readonly PairTotal[], { inGroup, groupOf }: StrongGroups): Set<string> {
  const keep = new Set<string>();
  const bestBetweenGroups = new Map<string, { key: string; shared: number }>();
  for (const p of pairs) {
    if (!inGroup(p.a) || !inGroup(p.b) || groupOf(p.a) === groupOf(p.b)) continue;
    const gk = pairKey(groupOf(p.a), groupOf(p.b));
    const best = bestBetweenGroups.get(gk);
    if (!best || p.shared > best.shared)
      bestBetweenGroups.set(gk, { key: pairKey(p.a, p.b), shared: p.shared });
  }
  for (const { key } of bestBetweenGroups.values()) keep.add(key);

  const partnersOf = new Map<number, { other: number; shared: number }[]>();
  for (const p of pairs) {
    if (groupOf(p.a) === groupOf(p.b)) continue;
    for (const [self, other] of [
      [p.a, p.b],
      [p.b, p.a],
    ] as const) {
      if (inGroup(self)) continue;
      let l = partnersOf.get(self);
      if (!l) partnersOf.set(self, (l = []));
      l.push({ other, shared: p.shared });
    }
  }
  for (const [self, list] of partnersOf) {
    list.sort((x, y) => y.shared - x.shared || x.other - y.other);
    const seenGroups = new Set<number>();
    for (const { other } of list) {
      if (seenGroups.size >= MAX_PAIR_PARTNERS) break;
      if (seenGroups.has(groupOf(other))) continue;
      seenGroups.add(groupOf(other));
      keep.add(pairKey(self, other));
    }
  }
  return keep;
}

/**
 * Step 9. One pair total as an insight: how many passages the two share near-verbatim, what share of each text that
 * is, and the credit lines either prints naming the other.
 */
function pairInsight(view: InsightContext, credits: readonly Credit[], p: PairTotal): CopyPairInsight {
  const A = view.articles[p.a]!;
  const B = view.articles[p.b]!;
  const src = copySource([A, B], credits);
  const pairCredits = creditsAmong(credits, [A, B]);
  const creditTexts = [...new Set(pairCredits.map((c) => c.text))];
  const k = p.rows.length;
  return {
    kind: 'copy',
    scope: 'pair',
    articles: [A.id, B.id],
    outlets: [A.outlet.id, B.outlet.id],
    rows: [...p.rows].sort((x, y) => x - y),
    words: [],
    label: label(
      outletOf(view, p.a),
      ' and ',
      outletOf(view, p.b),
      ` share ${k} ${k === 1 ? 'passage' : 'passages'} near-verbatim (${percent(p.shares[0])} of `,
      ownerOf(view, p.a),
      ` text, ${percent(p.shares[1])} of `,
      ownerOf(view, p.b),
      ')',
      creditTexts.length
        ? label(`; ${creditTexts.length === 1 ? 'credit' : 'credits'} `, listOf(creditTexts.map(word)))
        : [],
    ),
    ...sourceFields(src),
    sharedWords: p.shared,
    shares: [Math.round(p.shares[0] * 1000) / 1000, Math.round(p.shares[1] * 1000) / 1000],
    credits: pairCredits,
  };
}

/**
 * Copied text in an event, in three scopes: groups of articles that are mostly one text (event), totals for the
 * closest pairs outside them (pair), and each row's clusters of copies (row), in that order. The steps, in turn:
 * find the copy rows, cluster each row's copies into row insights, tally the copies per pair, take each pair's shares,
 * group strongly linked articles, then keep the pairs worth a total.
 */
export function copyInsights(
  view: InsightContext,
  credits: readonly Credit[],
): (CopyRowInsight | CopyPairInsight | CopyGroupInsight)[] {
  const n = view.articles.length;
  const copyRows = findCopyRows(view);
  const rowInsights = copyRows.flatMap((copy) =>
    rowClusters(copy, n).map((members) => rowInsight(view, credits, copy, members)),
  );
  const { tallies, copiedIn } = tallyCopies(copyRows);
  const words = view.articles.map((a) => a.sentences.reduce((k, s) => k + wordCount(s.text), 0));
  const pairs = pairTotals(tallies, words);
  const groups = strongGroups(n, pairs);
  const groupInsights = groups.groups.map((members) =>
    groupInsight(view, credits, members, pairs, copiedIn, words),
  );
  const keep = pairsToKeep(pairs, groups);
  const pairInsights = pairs
    .filter((p) => keep.has(pairKey(p.a, p.b)))
    .map((p) => pairInsight(view, credits, p));
  return [...groupInsights, ...pairInsights, ...rowInsights];
}
