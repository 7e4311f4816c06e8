/**
 * `npx tsx scripts/event-costs.ts --index FILE [--widest N] [--runs N]`: where the per-event work of a build goes.
 * Reads a built index (`npm run corpus -- build --out FILE`), completes its events again in this thread, part by part
 * (alignment, related links, and each insight kind after the shared context with its word diffs), and prints the
 * CPU milliseconds of each part summed over the events, so a change to one part can be measured apart from parsing and
 * clustering. `--widest N` takes only the N events with most articles (the costliest: the work grows with the square of
 * the outlets); `--runs N` repeats and keeps each part's fastest run. Run it under `node --cpu-prof --import tsx` to
 * see the functions. It also checks that the rows, related links and insights it makes are those the index holds.
 */
import { readFileSync } from 'node:fs';
import { alignEventScored } from '../lib/align/align';
import { relateEvent } from '../lib/align/related';
import { buildInsightContext } from '../lib/insights/context';
import { copyInsights } from '../lib/insights/copy';
import { findCredits } from '../lib/insights/credits';
import { nameInsights } from '../lib/insights/names';
import { numberInsights } from '../lib/insights/numbers';
import { quoteInsights } from '../lib/insights/quotes';
import { wordingInsights } from '../lib/insights/wording';
import { stableStringify } from '../lib/pipeline/output/json';
import type { Article, CorpusIndex, Event } from '../lib/types';
import { readArgs, runCli, wholeNumber } from './args';

const USAGE = 'Usage: npx tsx scripts/event-costs.ts --index FILE [--widest N] [--runs N]';

const PARTS = ['align', 'related', 'context', 'copy', 'quote', 'number', 'name', 'wording'] as const;
type Part = (typeof PARTS)[number];

/** CPU milliseconds of this process (user and system): on a shared machine, wall time says more about the others. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** One event's work, part by part (as lib/pipeline/complete.ts and lib/insights/index.ts do it); its output as text. */
function completeTimed(event: Event, members: Article[], ms: Record<Part, number>): string {
  let t = cpuMs();
  const lap = (part: Part) => {
    const now = cpuMs();
    ms[part] += now - t;
    t = now;
  };
  const texts = members.map((a) => ({ id: a.id, sentences: a.sentences.map((s) => s.text) }));
  const { rows, scores } = alignEventScored(texts);
  lap('align');
  const related = relateEvent(texts, rows, {}, scores);
  lap('related');
  const view = buildInsightContext({ ...event, rows }, members);
  lap('context');
  const insights = [];
  if (view.articles.length >= 2) {
    insights.push(...copyInsights(view, findCredits(view.articles)));
    lap('copy');
    insights.push(...quoteInsights(view));
    lap('quote');
    insights.push(...numberInsights(view));
    lap('number');
    insights.push(...nameInsights(view));
    lap('name');
    insights.push(...wordingInsights(view));
    lap('wording');
  }
  return stableStringify({ ...event, rows, related, insights });
}

async function main(): Promise<void> {
  const { values } = readArgs(process.argv.slice(2), {
    index: { type: 'string' },
    widest: { type: 'string' },
    runs: { type: 'string' },
  });
  if (!values.index) throw new Error('--index FILE is required');
  const index = JSON.parse(readFileSync(values.index, 'utf8')) as CorpusIndex;
  const runs = wholeNumber(values.runs ?? '1', '--runs', 1);
  const byId = new Map(index.articles.map((a) => [a.id, a]));
  let events = [...index.events].sort(
    (a, b) => b.articleIds.length - a.articleIds.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  if (values.widest !== undefined) events = events.slice(0, wholeNumber(values.widest, '--widest', 1));
  const best = Object.fromEntries(PARTS.map((p) => [p, Infinity])) as Record<Part, number>;
  let mismatches = 0;
  for (let r = 0; r < runs; r++) {
    const ms = Object.fromEntries(PARTS.map((p) => [p, 0])) as Record<Part, number>;
    for (const e of events) {
      const members = e.articleIds.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined);
      // The event as clustered: what the build hands to completeEvent.
      const bare: Event = { ...e, rows: [] };
      delete bare.related;
      delete bare.insights;
      const text = completeTimed(bare, members, ms);
      if (r === 0 && text !== stableStringify(e)) {
        mismatches++;
        console.log(`event ${e.id}: its rows, related links or insights differ from the index's`);
      }
    }
    for (const p of PARTS) best[p] = Math.min(best[p], ms[p]);
  }
  const outlets = events.reduce((t, e) => t + e.articleIds.length, 0);
  const total = PARTS.reduce((t, p) => t + best[p], 0);
  console.log(
    `${events.length} events, ${outlets} articles (widest ${events[0]?.articleIds.length ?? 0}); fastest of ${runs} run(s), CPU ms:`,
  );
  for (const p of PARTS) console.log(`  ${p.padEnd(8)} ${best[p].toFixed(0).padStart(8)}`);
  console.log(`  ${'total'.padEnd(8)} ${total.toFixed(0).padStart(8)}`);
  if (mismatches > 0) process.exit(1);
}

runCli(USAGE, main);
