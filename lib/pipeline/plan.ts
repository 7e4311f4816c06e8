import type { Article, Diagnostic, Event, Story } from '../types';
import { clusterEvents } from '../events/cluster';
import { assignEventIds, type EventIdRegistry } from '../events/ids';
import { articleTerms, corpusTerms, type CorpusTerms } from '../events/terms';
import { buildStories } from '../stories/build';
import { joinFollowUps } from '../stories/follow-ups';
import { normaliseStoryRegistry } from '../stories/ids';
import { compareText } from '../text/compare';
import { capArticles } from './limits';

export interface BuildInput {
  articles: Article[];
  diagnostics: Diagnostic[];
}

/** A build up to the per-event work: articles in order, events with stable ids (no rows yet), sorted diagnostics. */
export interface IndexPlan {
  articles: Article[];
  events: Event[];
  stories: Story[];
  /** Each event's articles, in its articleIds order. */
  members: Article[][];
  diagnostics: Diagnostic[];
  registry: EventIdRegistry;
}

/**
 * The whole-corpus steps of a build: cut overlong articles to the build's limits (lib/pipeline/limits.ts), order the
 * articles, cluster them into events (joining a story's follow-ups of the next days, lib/stories/follow-ups.ts), give the events their ids, link the events into stories (`planStories`).
 * `terms` (by article id) saves tokenising articles whose terms are known (lib/pipeline/run.ts caches them); a cut
 * article's are made again from what is kept.
 */
export function planIndex(input: BuildInput, registry: EventIdRegistry, terms?: CorpusTerms): IndexPlan {
  const capped = capArticles(input.articles);
  const articles = [...capped.articles].sort(compareArticles);
  const byId = new Map(articles.map((a) => [a.id, a]));
  // Tokenised once, read by clustering and by event naming.
  const known = terms ? termsOfCut(terms, input.articles, capped.articles) : corpusTerms(articles);
  const stats: { df?: Map<string, number> } = {};
  const groups = joinFollowUps(clusterEvents(articles, {}, known, stats), articles, known);
  const assigned = assignEventIds(groups, articles, registry, known, stats.df);
  const members = assigned.events.map((event) =>
    event.articleIds.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined),
  );
  const stories = planStories(assigned.events, articles, registry, known);
  const diagnostics = [...input.diagnostics, ...capped.problems, ...stories.problems].sort(
    compareDiagnostics,
  );
  return {
    articles,
    events: assigned.events,
    stories: stories.stories,
    members,
    diagnostics,
    registry: { ...assigned.registry, stories: stories.registry },
  };
}

/**
 * Stories of two or more events (lib/stories), with ids from the registry's `stories` part. Cheap beside clustering
 * (names only, events not articles), so every build links all events again rather than patch yesterday's stories.
 */
function planStories(events: Event[], articles: Article[], registry: EventIdRegistry, terms: CorpusTerms) {
  const { stories: persisted, problems } = normaliseStoryRegistry(registry.stories);
  const built = buildStories(events, articles, persisted, terms);
  const diagnostics: Diagnostic[] = problems.map((message) => ({
    file: 'event-ids.json',
    severity: 'warning',
    message,
  }));
  return { ...built, problems: diagnostics };
}

/** `terms`, with the terms of each article capArticles cut made from its kept text (as corpusTerms would). */
function termsOfCut(terms: CorpusTerms, before: readonly Article[], after: readonly Article[]): CorpusTerms {
  const cut = after.filter((a, i) => a !== before[i]);
  if (cut.length === 0) return terms;
  const nameCache = new Map<string, string[]>();
  const out = new Map(terms);
  for (const a of cut) out.set(a.id, articleTerms(a, nameCache));
  return out;
}

/** The index's order of diagnostics: by file, line, severity, message. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareText(a.file, b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    compareText(a.severity, b.severity) ||
    compareText(a.message, b.message)
  );
}

export function compareArticles(a: Article, b: Article): number {
  return (
    compareText(a.date ?? '9999', b.date ?? '9999') ||
    compareText(a.outlet.id, b.outlet.id) ||
    compareText(a.id, b.id)
  );
}
