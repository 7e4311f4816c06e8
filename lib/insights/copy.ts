import type { Article } from '../types';
import { type EventView, type RowPair, percent, trimSpan, wordCount } from './context';
import { OUTLET_ALIASES, creditWeight } from './credits';
import { fewOf, join, label, listOf, outlet, possessive, word } from './label';
import type {
  CopyGroupInsight,
  CopyPairInsight,
  CopyRowInsight,
  CopyVariant,
  Credit,
  LabelPart,
  SourceBasis,
} from './types';

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
  return { id, name: aliases ? [...aliases].sort((x, y) => x.length - y.length)[0]! : id };
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

/** Union-find over small integer ids. */
function unionFind(n: number) {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  return { find, union };
}

/** Differences of `pair` seen from `reference` (one of its two articles). */
function variant(pair: RowPair, reference: number, article: string): CopyVariant {
  const added: string[] = [];
  const removed: string[] = [];
  const fromB = pair.b === reference;
  for (const s of pair.spans) {
    if (s.op === 'equal') continue;
    const t = trimSpan(s.text);
    if (wordCount(t) === 0) continue;
    // Spans read a→b; when b is the reference, what b "inserts" is what a dropped.
    ((s.op === 'insert') !== fromB ? added : removed).push(t);
  }
  return { article, added, removed };
}

export function copyInsights(
  view: EventView,
  credits: readonly Credit[],
): (CopyRowInsight | CopyPairInsight | CopyGroupInsight)[] {
  const n = view.articles.length;
  const names = view.articles.map((a) => outlet(a.outlet.id));
  const owner = (i: number) => outlet(view.articles[i]!.outlet.id, { possessive: true });
  const byRow = new Map<number, RowPair[]>();
  for (const pair of view.pairs) {
    let list = byRow.get(pair.row);
    if (!list) byRow.set(pair.row, (list = []));
    list.push(pair);
  }

  // 1. Rows: the articles of a row that copy one another, one insight per cluster.
  const rowInsights: CopyRowInsight[] = [];
  const perPair = new Map<string, { a: number; b: number; rows: number[]; shared: number }>();
  /** Per article and row: the most words it printed identically to one partner (for group shares). */
  const copiedIn = new Map<string, { words: number; partners: Set<number> }>();
  for (const [row, pairs] of [...byRow.entries()].sort((x, y) => x[0] - y[0])) {
    const copyPairs = pairs.filter((p) => isCopy(copyStats(p)));
    if (copyPairs.length === 0) continue;
    const uf = unionFind(n);
    for (const p of copyPairs) {
      uf.union(p.a, p.b);
      const key = `${p.a}:${p.b}`;
      let agg = perPair.get(key);
      if (!agg) perPair.set(key, (agg = { a: p.a, b: p.b, rows: [], shared: 0 }));
      agg.rows.push(row);
      agg.shared += p.equalWords;
      for (const [self, other] of [
        [p.a, p.b],
        [p.b, p.a],
      ] as const) {
        const k = `${self}:${row}`;
        let c = copiedIn.get(k);
        if (!c) copiedIn.set(k, (c = { words: 0, partners: new Set() }));
        c.words = Math.max(c.words, p.equalWords);
        c.partners.add(other);
      }
    }
    const clusters = new Map<number, number[]>();
    for (const i of [...new Set(copyPairs.flatMap((p) => [p.a, p.b]))].sort((x, y) => x - y)) {
      const r = uf.find(i);
      let c = clusters.get(r);
      if (!c) clusters.set(r, (c = []));
      c.push(i);
    }
    const pairOf = (x: number, y: number) =>
      pairs.find((p) => (p.a === x && p.b === y) || (p.a === y && p.b === x));
    for (const members of clusters.values()) {
      const arts = members.map((i) => view.articles[i]!);
      const src = copySource(arts, credits);
      const ref = src ? members[arts.indexOf(src.article)]! : members[0]!;
      const others = members.filter((i) => i !== ref);
      const copies = others.map((i) => variant(pairOf(ref, i)!, ref, view.articles[i]!.id));
      const similarity = Math.min(...others.map((i) => copyStats(pairOf(ref, i)!).similarity));
      const diffs = [...new Set(copies.flatMap((c) => [...c.added, ...c.removed]))];
      let parts: LabelPart[];
      if (members.length === 2) {
        const copy = copies[0]!;
        const changes = [
          copy.added.length ? label('adding ', wordList(copy.added)) : [],
          copy.removed.length ? label('dropping ', wordList(copy.removed)) : [],
        ].filter((c) => c.length > 0);
        parts = src
          ? label(
              names[others[0]!]!,
              ' reuses ',
              owner(ref),
              ' wording',
              changes.length ? label(', ', join(changes, ', ')) : ' word for word',
            )
          : label(
              names[members[0]!]!,
              ' and ',
              names[members[1]!]!,
              ' print near-identical text',
              diffs.length ? label(' (differing in ', wordList(diffs), ')') : ' (word for word)',
            );
      } else {
        const who = fewOf(members.map((i) => names[i]!));
        parts = label(
          src
            ? label(fewOf(others.map((i) => names[i]!)), ' reuse ', owner(ref), ' wording')
            : label(who, ' print near-identical text'),
          diffs.length ? label(' (differing in ', wordList(diffs), ')') : ' (word for word)',
        );
      }
      rowInsights.push({
        kind: 'copy',
        scope: 'row',
        articles: members.map((i) => view.articles[i]!.id),
        outlets: members.map((i) => view.articles[i]!.outlet.id),
        rows: [row],
        words: diffs,
        label: parts,
        ...(src ? { source: src.article.id, sourceBasis: src.basis } : {}),
        similarity: Math.round(similarity * 1000) / 1000,
        copies,
      });
    }
  }

  // 2. Pairs: shares of each text; strongly linked articles (most of one is the other) form groups.
  const totals = view.articles.map((a) => a.sentences.reduce((k, s) => k + wordCount(s.text), 0));
  const pairList = [...perPair.values()]
    .map((p) => ({
      ...p,
      shares: [
        Math.min(1, p.shared / Math.max(1, totals[p.a] ?? 0)),
        Math.min(1, p.shared / Math.max(1, totals[p.b] ?? 0)),
      ] as [number, number],
    }))
    .sort((x, y) => x.a - y.a || x.b - y.b);
  const strong = unionFind(n);
  for (const p of pairList) if (Math.max(...p.shares) >= GROUP_MIN_SHARE) strong.union(p.a, p.b);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = strong.find(i);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = []));
    g.push(i);
  }
  const inGroup = (i: number) => (groups.get(strong.find(i))?.length ?? 0) >= 3;
  const creditsAmong = (members: readonly Article[]) => {
    const ids = new Set(members.map((m) => m.id));
    const outlets = new Set(members.map((m) => m.outlet.id));
    return credits.filter((c) => ids.has(c.article) && outlets.has(c.outlet));
  };

  const groupInsights: CopyGroupInsight[] = [];
  for (const members of groups.values()) {
    if (members.length < 3) continue;
    const memberSet = new Set(members);
    const shares = members.map((i) => {
      let words = 0;
      for (const [key, c] of copiedIn) {
        const [self] = key.split(':').map(Number);
        if (self === i && [...c.partners].some((o) => memberSet.has(o))) words += c.words;
      }
      return Math.round(Math.min(1, words / Math.max(1, totals[i] ?? 0)) * 1000) / 1000;
    });
    const arts = members.map((i) => view.articles[i]!);
    const src = copySource(arts, credits);
    const credited = src ? undefined : creditedOutsider(arts, credits);
    const rows = [
      ...new Set(pairList.filter((p) => memberSet.has(p.a) && memberSet.has(p.b)).flatMap((p) => p.rows)),
    ].sort((x, y) => x - y);
    const shown = members
      .map((i, k) => ({ i, share: shares[k]! }))
      .slice(0, 4)
      .map(({ i, share }) => label(names[i]!, ` ${percent(share)}`));
    groupInsights.push({
      kind: 'copy',
      scope: 'event',
      articles: arts.map((a) => a.id),
      outlets: arts.map((a) => a.outlet.id),
      rows,
      words: [],
      label: label(
        `${members.length} outlets carry `,
        src
          ? label(owner(members[arts.indexOf(src.article)]!), ' text')
          : credited
            ? `${possessive(credited.name)} text`
            : 'one text',
        ' near-verbatim (',
        join(shown, ', '),
        members.length > 4 ? ', …' : '',
        ')',
      ),
      ...(src ? { source: src.article.id, sourceBasis: src.basis } : {}),
      ...(credited ? { creditedOutlet: credited.id } : {}),
      shares,
      credits: creditsAmong(arts),
    });
  }

  // Pair insights outside groups. Each article outside a group names its few closest partners, at most one per group
  // (the group insight speaks for the rest); group members name none, else twenty copies of a wire story would each
  // name the one outlet that quoted a paragraph of it.
  const groupOf = (i: number) => (inGroup(i) ? strong.find(i) : -1 - i);
  const partnersOf = new Map<number, { other: number; shared: number }[]>();
  for (const p of pairList) {
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
  const keep = new Set<string>();
  // Between two groups, one pair speaks for all: the pair sharing most words.
  const bestBetweenGroups = new Map<string, { key: string; shared: number }>();
  for (const p of pairList) {
    if (!inGroup(p.a) || !inGroup(p.b) || groupOf(p.a) === groupOf(p.b)) continue;
    const gk = `${Math.min(groupOf(p.a), groupOf(p.b))}:${Math.max(groupOf(p.a), groupOf(p.b))}`;
    const best = bestBetweenGroups.get(gk);
    if (!best || p.shared > best.shared)
      bestBetweenGroups.set(gk, { key: `${p.a}:${p.b}`, shared: p.shared });
  }
  for (const { key } of bestBetweenGroups.values()) keep.add(key);
  for (const [self, list] of partnersOf) {
    if (inGroup(self)) continue;
    list.sort((x, y) => y.shared - x.shared || x.other - y.other);
    const seenGroups = new Set<number>();
    let kept = 0;
    for (const { other } of list) {
      if (kept >= MAX_PAIR_PARTNERS) break;
      if (seenGroups.has(groupOf(other))) continue;
      seenGroups.add(groupOf(other));
      keep.add(`${Math.min(self, other)}:${Math.max(self, other)}`);
      kept++;
    }
  }
  const pairInsights: CopyPairInsight[] = [];
  for (const p of pairList) {
    if (!keep.has(`${p.a}:${p.b}`)) continue;
    const A = view.articles[p.a]!;
    const B = view.articles[p.b]!;
    const src = copySource([A, B], credits);
    const pairCredits = creditsAmong([A, B]);
    const creditTexts = [...new Set(pairCredits.map((c) => c.text))];
    const creditNote = creditTexts.length
      ? label(`; ${creditTexts.length === 1 ? 'credit' : 'credits'} `, listOf(creditTexts.map(word)))
      : [];
    const k = p.rows.length;
    pairInsights.push({
      kind: 'copy',
      scope: 'pair',
      articles: [A.id, B.id],
      outlets: [A.outlet.id, B.outlet.id],
      rows: [...p.rows].sort((x, y) => x - y),
      words: [],
      label: label(
        names[p.a]!,
        ' and ',
        names[p.b]!,
        ` share ${k} ${k === 1 ? 'passage' : 'passages'} near-verbatim (${percent(p.shares[0])} of `,
        owner(p.a),
        ` text, ${percent(p.shares[1])} of `,
        owner(p.b),
        ')',
        creditNote,
      ),
      ...(src ? { source: src.article.id, sourceBasis: src.basis } : {}),
      sharedWords: p.shared,
      shares: [Math.round(p.shares[0] * 1000) / 1000, Math.round(p.shares[1] * 1000) / 1000],
      credits: pairCredits,
    });
  }
  return [...groupInsights, ...pairInsights, ...rowInsights];
}
