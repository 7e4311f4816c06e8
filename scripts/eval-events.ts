/**
 * `npx tsx scripts/eval-events.ts [--errors A|B] ['{"threshold":0.3,…}']` (ClusterOptions as JSON, to try settings;
 * `--errors` also prints the gva-dev errors of one half, see `eventErrors`): event-clustering and story-linking B-cubed precision, recall and F1 on the development corpora in
 * ../shared/corpora, each with its real dates and with every gold event packed into one week (where content alone must
 * keep events apart). Runs the real pipeline: loadCorpus, then clusterEvents with its default options and
 * joinFollowUps, as lib/pipeline/plan.ts does.
 *
 * Gold labels are read here, by the evaluator, from the raw files (BASIL's `gold_event` field; for Ground News, the
 * story file an article came from); the pipeline never sees them. Skips, with a message, when the corpora are absent.
 * gva-dev's gold is its `gold_incident`: events are scored against an incident's articles chained at most 3 days apart,
 * stories (lib/stories) against the incident, for the whole corpus and for each half of its incidents (`labelHalf`).
 * `evaluateEvents()` and `evaluateStories()` are exported for the tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCorpus } from '../lib/corpus/load';
import { clusterEvents, type ClusterOptions } from '../lib/events/cluster';
import { bcubed, chainedEvents, labelHalf, packEventDates } from '../lib/events/evaluate';
import { corpusTerms } from '../lib/events/terms';
import { joinFollowUps } from '../lib/stories/follow-ups';
import { linkStories } from '../lib/stories/link';
import type { Article } from '../lib/types';
import { isMain, readArgs, runCli, UsageError } from './args';

export interface EventEvalRow {
  corpus: string;
  dates: 'real' | 'packed';
  articles: number;
  goldEvents: number;
  events: number;
  precision: number;
  recall: number;
  f1: number;
  /** Time clusterEvents took, in milliseconds: a figure of this machine, printed, never asserted. */
  ms: number;
}

/** The shared development corpora, beside the project folder. */
export function corporaRoot(): string {
  return path.resolve(process.cwd(), '..', 'shared', 'corpora');
}

interface Labelled {
  name: string;
  articles: Article[];
  gold: Map<string, string>;
}

/** BASIL dev: gold is the record's `gold_event`, matched to the article by the record id (or its line). */
function basil(root: string): Labelled | null {
  const dir = path.join(root, 'basil-dev');
  const file = path.join(dir, 'articles.jsonl');
  if (!existsSync(file)) return null;
  const byRecord = new Map<string, string>();
  const byLine = new Map<number, string>();
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      const record = JSON.parse(line) as { id?: unknown; gold_event?: unknown };
      if (typeof record.gold_event !== 'string') return;
      if (typeof record.id === 'string') byRecord.set(record.id, record.gold_event);
      byLine.set(i + 1, record.gold_event);
    });
  const { articles } = loadCorpus(dir);
  const gold = new Map<string, string>();
  for (const a of articles) {
    const line = Number(/:(\d+)$/.exec(a.file)?.[1] ?? NaN);
    const label = (a.sourceId !== undefined ? byRecord.get(a.sourceId) : undefined) ?? byLine.get(line);
    if (label !== undefined) gold.set(a.id, label);
  }
  return { name: 'BASIL dev', articles, gold };
}

/**
 * gva-dev: local US news about gun incidents, often dozens of shootings on one day. `incidents` is each record's
 * `gold_incident`; the gold event is an incident's articles whose dates chain at most 3 days apart (`chainedEvents`).
 */
function gva(root: string): (Labelled & { incidents: Map<string, string> }) | null {
  const dir = path.join(root, 'gva-dev');
  const file = path.join(dir, 'articles.jsonl');
  if (!existsSync(file)) return null;
  const byRecord = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as { id?: unknown; gold_incident?: unknown };
    if (typeof record.id === 'string' && typeof record.gold_incident === 'string')
      byRecord.set(record.id, record.gold_incident);
  }
  const { articles } = loadCorpus(dir);
  const incidents = new Map<string, string>();
  for (const a of articles) {
    const label = a.sourceId !== undefined ? byRecord.get(a.sourceId) : undefined;
    if (label !== undefined) incidents.set(a.id, label);
  }
  return { name: 'gva-dev', articles, gold: chainedEvents(articles, incidents), incidents };
}

/** Ground News dev, all story files as one corpus: gold is the file an article came from. */
function groundNews(root: string): Labelled | null {
  const dir = path.join(root, 'groundnews-dev');
  if (!existsSync(dir)) return null;
  const { articles } = loadCorpus(dir);
  const gold = new Map(articles.map((a) => [a.id, a.file.replace(/[#:].*$/, '')]));
  return { name: 'Ground News dev', articles, gold };
}

/** Events as the build makes them (lib/pipeline/plan.ts): clusters, with a story's follow-ups of the next days joined. */
function eventGroups(
  articles: readonly Article[],
  options: ClusterOptions,
  terms = corpusTerms(articles),
): string[][] {
  return joinFollowUps(clusterEvents(articles, options, terms), articles, terms);
}

function score(corpus: Labelled, dates: 'real' | 'packed', options: ClusterOptions): EventEvalRow {
  const articles = dates === 'packed' ? packEventDates(corpus.articles, corpus.gold) : corpus.articles;
  const t = performance.now();
  const groups = eventGroups(articles, options);
  const ms = performance.now() - t;
  return {
    corpus: corpus.name,
    dates,
    articles: articles.length,
    goldEvents: new Set(corpus.gold.values()).size,
    events: groups.length,
    ...bcubed(groups, corpus.gold),
    ms,
  };
}

/**
 * The rows of gva-dev's two halves (incidents split by `labelHalf`), scored on the clustering of the whole corpus so
 * the days stay as crowded: tune on half A, check on half B. `found` counts the groups holding an article of the half.
 */
function halfRows<
  R extends { corpus: string; articles: number; precision: number; recall: number; f1: number },
>(
  whole: R,
  groups: readonly (readonly string[])[],
  gold: ReadonlyMap<string, string>,
  incidents: ReadonlyMap<string, string>,
  counts: (inHalf: (id: string) => boolean) => Partial<R>,
): R[] {
  return (['A', 'B'] as const).map((name, half) => {
    const inHalf = (id: string) => incidents.has(id) && labelHalf(incidents.get(id)!) === half;
    return {
      ...whole,
      corpus: `${whole.corpus} ${name}`,
      articles: [...incidents.keys()].filter(inHalf).length,
      ...counts(inHalf),
      ...bcubed(groups, gold, inHalf),
    };
  });
}

/** gva-dev's event row, and one per half. */
function scoreHalves(
  corpus: Labelled & { incidents: Map<string, string> },
  options: ClusterOptions,
): EventEvalRow[] {
  const t = performance.now();
  const groups = eventGroups(corpus.articles, options);
  const ms = performance.now() - t;
  const whole: EventEvalRow = {
    corpus: corpus.name,
    dates: 'real',
    articles: corpus.articles.length,
    goldEvents: new Set(corpus.gold.values()).size,
    events: groups.length,
    ...bcubed(groups, corpus.gold),
    ms,
  };
  return [
    whole,
    ...halfRows(whole, groups, corpus.gold, corpus.incidents, (inHalf) => ({
      goldEvents: new Set([...corpus.gold].filter(([id]) => inHalf(id)).map(([, l]) => l)).size,
      events: groups.filter((g) => g.some(inHalf)).length,
    })),
  ];
}

/** A gold event split over several groups, or a group holding several gold events, and what it costs B-cubed. */
export interface EventError {
  kind: 'split' | 'merge';
  /** Article-units lost: recall summed over the gold event's articles (split), precision over the group's (merge). */
  cost: number;
  /** The articles: a split's by group, a merge's by gold label; each with its group's index and its gold label. */
  articles: { id: string; group: number; label: string | undefined }[];
}

/**
 * The errors of a clustering against gold, costliest first (ties: splits first, then by first article id): each gold
 * event whose
 * articles fall in more than one group, and each group holding articles of more than one gold event, among the
 * articles `scored` takes (one half). What `--errors` prints, to read before changing a rule.
 */
export function eventErrors(
  groups: readonly (readonly string[])[],
  gold: ReadonlyMap<string, string>,
  scored: (id: string) => boolean = () => true,
): EventError[] {
  const groupOf = new Map<string, number>();
  groups.forEach((g, k) => g.forEach((id) => groupOf.set(id, k)));
  const byLabel = new Map<string, string[]>();
  for (const [id, label] of gold) {
    if (!scored(id) || !groupOf.has(id)) continue;
    const list = byLabel.get(label) ?? [];
    list.push(id);
    byLabel.set(label, list);
  }
  const errors: EventError[] = [];
  const entry = (id: string) => ({ id, group: groupOf.get(id)!, label: gold.get(id) });
  const order = (x: { id: string; group: number; label?: string }, y: typeof x) =>
    x.group - y.group || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  for (const ids of byLabel.values()) {
    if (new Set(ids.map((id) => groupOf.get(id))).size < 2) continue;
    const cost = ids.reduce(
      (sum, id) => sum + 1 - ids.filter((j) => groupOf.get(j) === groupOf.get(id)).length / ids.length,
      0,
    );
    errors.push({ kind: 'split', cost, articles: ids.map(entry).sort(order) });
  }
  groups.forEach((g) => {
    const labelled = g.filter((id) => gold.has(id));
    if (!labelled.some(scored) || new Set(labelled.map((id) => gold.get(id))).size < 2) return;
    const cost = labelled
      .filter(scored)
      .reduce(
        (sum, id) => sum + 1 - labelled.filter((j) => gold.get(j) === gold.get(id)).length / labelled.length,
        0,
      );
    const byGold = (x: ReturnType<typeof entry>, y: ReturnType<typeof entry>) =>
      x.label! < y.label! ? -1 : x.label! > y.label! ? 1 : order(x, y);
    errors.push({ kind: 'merge', cost, articles: labelled.map(entry).sort(byGold) });
  });
  const first = (e: EventError) => e.articles[0]!.id;
  return errors.sort(
    (x, y) =>
      y.cost - x.cost ||
      (x.kind === y.kind ? 0 : x.kind === 'split' ? -1 : 1) ||
      (first(x) < first(y) ? -1 : first(x) > first(y) ? 1 : 0),
  );
}

/** gva-dev's errors on one half, as lines to read: each error, then its articles (group, date, outlet, headline). */
function gvaErrors(root: string, half: 0 | 1, options: ClusterOptions): string[] | null {
  const corpus = gva(root);
  if (!corpus) return null;
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  const inHalf = (id: string) => corpus.incidents.has(id) && labelHalf(corpus.incidents.get(id)!) === half;
  const errors = eventErrors(eventGroups(corpus.articles, options), corpus.gold, inHalf);
  const total = (kind: EventError['kind']) => errors.filter((e) => e.kind === kind);
  const lines = (['split', 'merge'] as const).map((kind) => {
    const list = total(kind);
    return `${list.length} ${kind === 'split' ? 'split gold events' : 'merged groups'}, costing ${list
      .reduce((s, e) => s + e.cost, 0)
      .toFixed(1)} article-units of ${kind === 'split' ? 'recall' : 'precision'}`;
  });
  for (const e of errors) {
    lines.push(`${e.kind} ${e.cost.toFixed(2)}`);
    for (const { id, group, label } of e.articles) {
      const a = byId.get(id)!;
      lines.push(`  [${group}] ${a.date ?? 'undated'} ${a.outlet.id} ${label ?? '-'} | ${a.title}`);
    }
  }
  return lines;
}

/** Every (corpus, dates) row; empty when the corpora are absent. */
export function evaluateEvents(root: string = corporaRoot(), options: ClusterOptions = {}): EventEvalRow[] {
  const rows: EventEvalRow[] = [];
  for (const corpus of [basil(root), groundNews(root)]) {
    if (!corpus) continue;
    rows.push(score(corpus, 'real', options), score(corpus, 'packed', options));
  }
  // Its incidents already crowd the same days: packing would add nothing.
  const dense = gva(root);
  if (dense) rows.push(...scoreHalves(dense, options));
  return rows;
}

export interface StoryEvalRow {
  corpus: string;
  /** `events`: every event its own story (the score before linking); `stories`: events linked by linkStories. */
  grouping: 'events' | 'stories';
  articles: number;
  goldStories: number;
  stories: number;
  precision: number;
  recall: number;
  f1: number;
  /** Time linkStories took, in milliseconds (0 for `events`): printed, never asserted. */
  ms: number;
}

/** Story B-cubed on gva-dev (gold story = incident), before and after linking; empty when the corpus is absent. */
export function evaluateStories(root: string = corporaRoot()): StoryEvalRow[] {
  const corpus = gva(root);
  if (!corpus) return [];
  const terms = corpusTerms(corpus.articles);
  const events = eventGroups(corpus.articles, {}, terms);
  const t = performance.now();
  const linked = linkStories(
    events.map((articleIds) => ({ articleIds })),
    corpus.articles,
    {},
    terms,
  );
  const ms = performance.now() - t;
  const base = {
    corpus: corpus.name,
    articles: corpus.articles.length,
    goldStories: new Set(corpus.incidents.values()).size,
  };
  const stories = linked.map((g) => g.flatMap((k) => events[k]!));
  return (
    [
      [events, 'events', 0],
      [stories, 'stories', ms],
    ] as const
  ).flatMap(([groups, grouping, took]) => {
    const whole: StoryEvalRow = {
      ...base,
      grouping,
      stories: groups.length,
      ...bcubed(groups, corpus.incidents),
      ms: took,
    };
    return [
      whole,
      ...halfRows(whole, groups, corpus.incidents, corpus.incidents, (inHalf) => ({
        goldStories: new Set([...corpus.incidents].filter(([id]) => inHalf(id)).map(([, l]) => l)).size,
        stories: groups.filter((g) => g.some(inHalf)).length,
      })),
    ];
  });
}

/** One B-cubed table: its second column (name, width), the timing column's name, and the rows' cells. */
function bcubedTable(
  second: [string, number],
  timing: string,
  rows: readonly {
    corpus: string;
    second: string;
    articles: number;
    gold: number;
    found: number;
    precision: number;
    recall: number;
    f1: number;
    ms: number;
  }[],
): string {
  const head = `${'corpus'.padEnd(16)} ${second[0].padEnd(second[1])} articles  gold  found  precision  recall      F1 ${timing.padStart(11)}`;
  const lines = rows.map(
    (r) =>
      `${r.corpus.padEnd(16)} ${r.second.padEnd(second[1])} ${String(r.articles).padStart(8)} ${String(r.gold).padStart(5)} ` +
      `${String(r.found).padStart(6)} ${r.precision.toFixed(4).padStart(10)} ${r.recall.toFixed(4).padStart(7)} ` +
      `${r.f1.toFixed(4).padStart(7)} ${r.ms.toFixed(0).padStart(11)}`,
  );
  return [head, ...lines].join('\n');
}

export function formatStoryTable(rows: readonly StoryEvalRow[]): string {
  return bcubedTable(
    ['group', 7],
    'link ms',
    rows.map((r) => ({ ...r, second: r.grouping, gold: r.goldStories, found: r.stories })),
  );
}

export function formatEventTable(rows: readonly EventEvalRow[]): string {
  return bcubedTable(
    ['dates', 6],
    'events ms',
    rows.map((r) => ({ ...r, second: r.dates, gold: r.goldEvents, found: r.events })),
  );
}

function main(): void {
  const root = corporaRoot();
  const args = readArgs(process.argv.slice(2), { errors: { type: 'string' } }, 1);
  const [json] = args.positionals;
  const options = json === undefined ? {} : clusterOptions(json);
  const half = args.values.errors;
  if (half !== undefined && half !== 'A' && half !== 'B') {
    throw new UsageError(`--errors takes A or B (a half of gva-dev), not ${JSON.stringify(half)}`);
  }
  const rows = evaluateEvents(root, options);
  if (rows.length === 0) {
    console.log(
      `Event evaluation skipped: no development corpora at ${root} (see its README for what belongs there).`,
    );
    return;
  }
  console.log(
    "Event clustering, B-cubed (packed: every gold event moved into the same week; gva-dev gold event: an incident's articles whose dates chain within 3 days)",
  );
  console.log(formatEventTable(rows));
  const stories = evaluateStories(root);
  if (stories.length > 0) {
    console.log(
      '\nStory linking, B-cubed (gold story: the gva-dev incident; events: every event its own story)',
    );
    console.log(formatStoryTable(stories));
  } else {
    console.log(`\nStory evaluation skipped: no gva-dev at ${path.join(root, 'gva-dev')}.`);
  }
  if (half !== undefined) {
    const lines = gvaErrors(root, half === 'A' ? 0 : 1, options);
    console.log(
      `\ngva-dev half ${half}: events' errors, costliest first ([group] date outlet gold | headline)`,
    );
    console.log(lines ? lines.join('\n') : `skipped: no gva-dev at ${path.join(root, 'gva-dev')}.`);
  }
}

/** ClusterOptions given as a JSON object on the command line. */
function clusterOptions(json: string): ClusterOptions {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    value = undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError(`the clustering options must be a JSON object, not ${JSON.stringify(json)}`);
  }
  return value as ClusterOptions;
}

if (isMain(import.meta.url))
  runCli(`Usage: npx tsx scripts/eval-events.ts [--errors A|B] ['{"option":value,…}']`, main);
