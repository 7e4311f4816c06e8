import type { Article, Event } from '../types';
import { corpusTerms, type ArticleTerms, type CorpusTerms } from './terms';
import { cosine, idf, type SparseVector } from '../text/vectors';
import { slug } from '../text/slug';
import { compareText as compare } from '../text/compare';

/**
 * Readable, stable event ids (DESIGN.md §5: permalinks are a promise).
 *
 * An id is `<earliest date>-<slug of the headline, at most 8 words>`, chosen once, when a group of articles is first
 * seen, and remembered in a registry the build persists (`data/event-ids.json`). Later builds match groups to the
 * registry by shared articles, so a headline that changes or a new article that joins never renames an event; when two
 * known events merge, one id survives and the other becomes an alias (served as a redirect). An id, once handed out, is
 * never given to a different event.
 */

export const REGISTRY_VERSION = 1;

export interface EventIdEntry {
  /** Article ids of the event as last built, sorted. */
  articles: string[];
  /** Ids of events merged into this one, sorted; each still resolves here. */
  aliases?: string[];
}

export interface EventIdRegistry {
  version: number;
  /** Every id ever handed out that is not an alias. Entries whose articles left the corpus stay, so the id stays taken. */
  events: Record<string, EventIdEntry>;
  /** Story ids, by the same rules over events (lib/stories/ids.ts, which checks this part when read). */
  stories?: Record<string, { events: string[]; aliases?: string[] }>;
}

export function emptyRegistry(): EventIdRegistry {
  return { version: REGISTRY_VERSION, events: {} };
}

const isStringArray = (x: unknown): x is string[] =>
  Array.isArray(x) && x.every((s) => typeof s === 'string');

/**
 * A registry read from disk, made safe to use: a file edited by hand, cut short or from another tool can hold anything.
 * Entries with a usable article list are kept (bad aliases dropped); anything else goes, with a message saying what,
 * so the caller can report it. Nothing is invented: at worst the result is empty and ids are handed out afresh.
 */
export function normaliseRegistry(raw: unknown): { registry: EventIdRegistry; problems: string[] } {
  const problems: string[] = [];
  const events: Record<string, EventIdEntry> = {};
  const source = (raw as { events?: unknown } | null)?.events;
  if (typeof source !== 'object' || source === null || Array.isArray(source)) {
    if (raw !== undefined) problems.push('event-id registry has no "events" object; starting a new one');
    return { registry: emptyRegistry(), problems };
  }
  for (const id of Object.keys(source).sort(compare)) {
    const entry = (source as Record<string, unknown>)[id] as { articles?: unknown; aliases?: unknown } | null;
    if (!id || !isStringArray(entry?.articles)) {
      problems.push(`event-id registry entry "${id}" has no article list; dropped`);
      continue;
    }
    const aliases = entry.aliases;
    if (aliases !== undefined && !isStringArray(aliases))
      problems.push(`event-id registry entry "${id}" has aliases that are not a list of ids; dropped them`);
    events[id] = {
      articles: [...entry.articles].sort(compare),
      ...(isStringArray(aliases) && aliases.length > 0 ? { aliases: [...aliases].sort(compare) } : {}),
    };
  }
  return { registry: { version: REGISTRY_VERSION, events }, problems };
}

const MAX_SLUG_WORDS = 8;

/** URL slug of a headline (lib/text/slug), at most 8 words; a headline with no Latin letters gives "event". */
export function headlineSlug(title: string, maxWords = MAX_SLUG_WORDS): string {
  return slug(title, maxWords) || 'event';
}

/** Earliest article date of a group, or null when none is dated. */
function earliestDate(members: readonly Article[]): string | null {
  let best: string | null = null;
  for (const a of members) if (a.date && (best === null || a.date < best)) best = a.date;
  return best;
}

/**
 * The most representative headline of a group: the title whose words are closest (TF-IDF cosine) to the centroid of
 * the members' texts, so a headline about what most outlets reported beats one about a side angle. Titles the importer
 * derived from the text are used only when no member has a real one; ties go to the smaller article id.
 */
export function representativeTitle(
  members: readonly Article[],
  textVectors: ReadonlyMap<string, SparseVector>,
  titleVector: (a: Article) => SparseVector,
): string {
  if (members.length === 0) return '';
  const real = members.filter((a) => a.titleSource !== 'derived' && a.title.trim() !== '');
  const pool = real.length > 0 ? real : members.filter((a) => a.title.trim() !== '');
  // One candidate wins whatever it scores (scores are finite): most events are one article, so skip the vectors.
  if (pool.length === 1) return pool[0]!.title.trim();
  const centroid: SparseVector = new Map();
  for (const a of members) {
    for (const [t, w] of textVectors.get(a.id) ?? new Map<string, number>())
      centroid.set(t, (centroid.get(t) ?? 0) + w);
  }
  let best: Article | undefined;
  let bestScore = -Infinity;
  for (const a of [...pool].sort((x, y) => compare(x.id, y.id))) {
    // The centroid is not normalised: only the ranking matters, and cosine against it ranks like against its unit form.
    const score = cosine(titleVector(a), centroid);
    if (score > bestScore + 1e-12) {
      best = a;
      bestScore = score;
    }
  }
  return best?.title.trim() ?? 'Untitled event';
}

/**
 * Which registered ids new groups keep, for events and stories alike. `groups` are the new groups' members, each
 * sorted by code unit; `registered` maps each registered id to its members last time. A group keeps the registered id
 * it shares most members with; each id goes to at most one group, matched greedily from the largest overlap down (ties:
 * the smaller id, then the group whose first member is smaller). A registered id that no group kept becomes an alias of
 * the group holding most of its members (the first of its matches in that order), and is in `aliased`. Groups without either get fresh ids
 * from the caller.
 */
export function keepRegisteredIds<Entry>(
  groups: readonly (readonly string[])[],
  registered: Readonly<Record<string, Entry>>,
  membersOf: (entry: Entry) => readonly string[],
): { idOf: Map<number, string>; newAliases: Map<number, string[]>; aliased: Set<string> } {
  // Which registered id each member was in last time (the smallest id, where two hold it).
  const registeredAs = new Map<string, string>();
  for (const id of Object.keys(registered).sort(compare)) {
    for (const m of membersOf(registered[id]!)) if (!registeredAs.has(m)) registeredAs.set(m, id);
  }
  const matches: { group: number; id: string; overlap: number }[] = [];
  groups.forEach((g, group) => {
    const overlap = new Map<string, number>();
    for (const m of g) {
      const id = registeredAs.get(m);
      if (id !== undefined) overlap.set(id, (overlap.get(id) ?? 0) + 1);
    }
    for (const [id, n] of overlap) matches.push({ group, id, overlap: n });
  });
  matches.sort(
    (x, y) =>
      y.overlap - x.overlap || compare(x.id, y.id) || compare(groups[x.group]![0]!, groups[y.group]![0]!),
  );
  const idOf = new Map<number, string>();
  const groupOf = new Map<string, number>();
  for (const m of matches) {
    if (idOf.has(m.group) || groupOf.has(m.id)) continue;
    idOf.set(m.group, m.id);
    groupOf.set(m.id, m.group);
  }
  // `matches` is in (overlap desc, id, group) order, so the first match of each leftover id is its best group.
  const newAliases = new Map<number, string[]>();
  const aliased = new Set<string>();
  for (const m of matches) {
    if (groupOf.has(m.id) || aliased.has(m.id)) continue;
    aliased.add(m.id);
    newAliases.set(m.group, [...(newAliases.get(m.group) ?? []), m.id]);
  }
  return { idOf, newAliases, aliased };
}

/**
 * The TF-IDF vectors event naming reads (tfidfVector's, to the bit) of an article's terms: of title and text (stems in
 * first-met order), or of the title alone (its stems come first). Made from the terms' counts directly, with each
 * stem's idf worked out once: every build names every event, and a map of counts, then tfidfVector's map written twice
 * and a logarithm per stem, cost half as much again (both vectors of each of 10k articles: 0.63 against 0.42 CPU s).
 */
export function termVectors(
  dfs: ReadonlyMap<string, number>,
  n: number,
): (terms: ArticleTerms, titleOnly: boolean) => SparseVector {
  const idfOf = new Map<string, number>();
  const weights: number[] = [];
  const stems: string[] = [];
  return (t, titleOnly) => {
    weights.length = 0;
    stems.length = 0;
    let norm = 0;
    t.stems.forEach((stem, k) => {
      const c = titleOnly ? t.title[k]! : t.title[k]! + t.lead[k]! + t.body[k]!;
      if (c === 0) return;
      let w = idfOf.get(stem);
      if (w === undefined) idfOf.set(stem, (w = idf(dfs.get(stem) ?? 0, n)));
      // As tfidfVector: (1 + log tf) × idf (its weight, 1, changes no bit).
      const x = (1 + Math.log(c)) * w;
      stems.push(stem);
      weights.push(x);
      norm += x * x;
    });
    norm = Math.sqrt(norm);
    const v: SparseVector = new Map();
    for (let k = 0; k < stems.length; k++) v.set(stems[k]!, norm > 0 ? weights[k]! / norm : weights[k]!);
    return v;
  };
}

/**
 * Events with stable ids for groups of article ids (from `clusterEvents`), and the registry to persist. Pure: the input
 * registry is not changed.
 *
 * - A group keeps the registered id it shares most articles with (ties: the lexicographically smaller id); each
 *   registered id goes to at most one group, matched greedily from the largest overlap down.
 * - A registered event whose articles all went into groups that kept other ids becomes an alias of the group holding
 *   most of its articles (ties: the smaller id), and its own aliases follow it.
 * - Any other group gets a fresh id from its date and headline, with -2, -3… when the id (or an alias) is taken.
 *   Fresh ids are handed out in order of (date, first article id), so the result is independent of group order.
 */
export function assignEventIds(
  groups: readonly (readonly string[])[],
  articles: readonly Article[],
  persisted: EventIdRegistry,
  terms: CorpusTerms = corpusTerms(articles),
  /** Document frequency of every stem over `articles`, where the caller has it (clusterEvents' `stats`). */
  documentFrequencies?: Map<string, number>,
): { events: Event[]; registry: EventIdRegistry } {
  // Whatever came from disk is checked first (see normaliseRegistry); the caller may have validated it already.
  const registry = normaliseRegistry(persisted).registry;
  const byId = new Map(articles.map((a) => [a.id, a]));
  // An id the corpus does not hold would give a page a link to nowhere: groups keep only known articles.
  const sortedGroups = groups
    .map((g) => [...new Set(g)].filter((id) => byId.has(id)).sort(compare))
    .filter((g) => g.length > 0);

  const { idOf, newAliases, aliased } = keepRegisteredIds(sortedGroups, registry.events, (e) => e.articles);

  const taken = new Set<string>();
  for (const [id, entry] of Object.entries(registry.events)) {
    taken.add(id);
    for (const alias of entry.aliases ?? []) taken.add(alias);
  }

  // Text vectors for headlines, idf over the whole corpus given: the content words of title and text, unweighted.
  // Only members of groups of two or more need one: a lone article's title is its event's whatever the vectors.
  const termsOf = (a: Article) => terms.get(a.id) ?? corpusTerms([a]).get(a.id)!;
  let dfs = documentFrequencies;
  if (!dfs) {
    dfs = new Map<string, number>();
    for (const a of articles) for (const t of termsOf(a).stems) dfs.set(t, (dfs.get(t) ?? 0) + 1);
  }
  const vectors = termVectors(dfs, articles.length);
  const titleVector = (a: Article) => vectors(termsOf(a), true);

  const drafts = sortedGroups.map((g, group) => {
    const members = g.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined);
    // Text vectors of this group only: those of the whole corpus at once would be a gigabyte at 100k articles.
    const textVectors = new Map<string, SparseVector>();
    if (members.length > 1) {
      for (const a of members) textVectors.set(a.id, vectors(termsOf(a), false));
    }
    return {
      group,
      ids: g,
      date: earliestDate(members),
      title: representativeTitle(members, textVectors, titleVector),
    };
  });
  const freshOrder = drafts
    .filter((d) => !idOf.has(d.group))
    .sort((x, y) => compare(x.date ?? '9999', y.date ?? '9999') || compare(x.ids[0]!, y.ids[0]!));
  for (const d of freshOrder) {
    const base = `${d.date ?? 'undated'}-${headlineSlug(d.title)}`;
    let id = base;
    for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
    taken.add(id);
    idOf.set(d.group, id);
  }

  const events: Record<string, EventIdEntry> = {};
  for (const [id, entry] of Object.entries(registry.events)) {
    if (!aliased.has(id))
      events[id] = {
        articles: [...entry.articles],
        ...(entry.aliases ? { aliases: [...entry.aliases] } : {}),
      };
  }
  const out: Event[] = [];
  for (const d of drafts) {
    const id = idOf.get(d.group)!;
    const aliases = new Set(registry.events[id]?.aliases ?? []);
    for (const old of newAliases.get(d.group) ?? []) {
      aliases.add(old);
      for (const a of registry.events[old]?.aliases ?? []) aliases.add(a);
    }
    const aliasList = [...aliases].sort(compare);
    events[id] = { articles: d.ids, ...(aliasList.length > 0 ? { aliases: aliasList } : {}) };
    out.push({
      id,
      date: d.date,
      title: d.title,
      articleIds: d.ids,
      rows: [],
      ...(aliasList.length > 0 ? { aliases: aliasList } : {}),
    });
  }
  out.sort((x, y) => compare(x.date ?? '9999', y.date ?? '9999') || compare(x.id, y.id));
  const sortedEvents: Record<string, EventIdEntry> = {};
  for (const id of Object.keys(events).sort(compare)) sortedEvents[id] = events[id]!;
  return { events: out, registry: { version: REGISTRY_VERSION, events: sortedEvents } };
}
