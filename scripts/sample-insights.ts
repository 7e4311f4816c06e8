/**
 * `npx tsx scripts/sample-insights.ts --index FILE [--per-kind N] [--seed S] [--recompute] [--kind K]`: a random
 * sample of an index's insights, N per kind (all where fewer), each printed with the passages it points at, for a
 * person to judge by hand (docs/quality.md, "Insights: precision, judged by hand"). The sample is drawn with a seeded
 * generator over the insights in index order, so the same index and seed give the same sample; a new seed gives a
 * fresh one. `--recompute` computes the insights anew from the index's rows with today's lib/insights (alignment is
 * not redone), so a change to the detectors can be judged without rebuilding the index.
 * Prints publisher text to the terminal only: never save its output into the repository.
 */
import { readFileSync } from 'node:fs';
import { computeInsights, labelText, outletNamer } from '../lib/insights';
import type { Article, CorpusIndex, Event, Insight, InsightKind } from '../lib/types';
import { UsageError, isMain, readArgs, runCli, wholeNumber } from './args';
import { prng } from './gen-corpus';

const USAGE =
  'Usage: npx tsx scripts/sample-insights.ts --index FILE [--per-kind N] [--seed S] [--recompute] [--kind K]';

/** `n` items of `list` drawn without replacement (a partial Fisher–Yates shuffle), in draw order. */
export function sample<T>(list: readonly T[], n: number, random: () => number): T[] {
  const copy = [...list];
  const k = Math.min(n, copy.length);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, k);
}

interface Found {
  event: Event;
  insight: Insight;
}

function describe(found: Found, byId: ReadonlyMap<string, Article>, n: number): string {
  const { event, insight } = found;
  const members = event.articleIds.map((id) => byId.get(id)).filter((a): a is Article => !!a);
  const name = outletNamer(members);
  const lines = [
    `#${n} ${insight.kind}/${insight.scope}  event ${event.id}`,
    `  ${labelText(insight.label, name)}`,
  ];
  // Pair totals can span many rows: the first few show what the total is made of.
  for (const r of insight.rows.slice(0, insight.scope === 'row' ? 4 : 3)) {
    const row = event.rows[r];
    if (!row) continue;
    lines.push(`  row ${r}:`);
    for (const id of insight.articles.filter((x, i, all) => all.indexOf(x) === i)) {
      const a = byId.get(id);
      const text = (row.cells[id] ?? []).map((s) => a?.sentences[s]?.text ?? '').join(' ');
      if (a && text) lines.push(`    [${a.outlet.name}] ${text}`);
    }
  }
  if (insight.kind === 'name') {
    for (const v of insight.variants) {
      for (const id of v.articles.slice(0, 2)) {
        const s = byId.get(id)?.sentences.find((x) => x.text.includes(v.spelling));
        if (s) lines.push(`    [${byId.get(id)!.outlet.name}] ${s.text}`);
      }
    }
  }
  return lines.join('\n');
}

export function main(argv: readonly string[]): void {
  const { values } = readArgs(argv, {
    index: { type: 'string' },
    'per-kind': { type: 'string', default: '30' },
    seed: { type: 'string', default: '14' },
    recompute: { type: 'boolean', default: false },
    kind: { type: 'string' },
  });
  if (!values.index) throw new UsageError('--index FILE is needed');
  const perKind = wholeNumber(values['per-kind'], '--per-kind', 1);
  const seed = wholeNumber(values.seed, '--seed');
  const index = JSON.parse(readFileSync(values.index, 'utf8')) as CorpusIndex & {
    events: (Event & { insights?: Insight[] })[];
  };
  const byId = new Map(index.articles.map((a) => [a.id, a]));
  const byKind = new Map<InsightKind, Found[]>();
  for (const event of index.events) {
    const insights = values.recompute
      ? computeInsights(
          event,
          event.articleIds.map((id) => byId.get(id)).filter((a): a is Article => !!a),
        )
      : (event.insights ?? []);
    for (const insight of insights) {
      const list = byKind.get(insight.kind) ?? [];
      list.push({ event, insight });
      byKind.set(insight.kind, list);
    }
  }
  const kinds = (['copy', 'quote', 'number', 'name', 'wording'] as const).filter(
    (k) => !values.kind || values.kind === k,
  );
  for (const kind of kinds) {
    const all = byKind.get(kind) ?? [];
    // One generator per kind, so the sample of one kind does not move when another kind's count changes.
    const picked = sample(all, perKind, prng(seed * 31 + kinds.indexOf(kind)));
    console.log(`\n=== ${kind}: ${picked.length} of ${all.length} ===`);
    picked.forEach((f, n) => console.log(describe(f, byId, n + 1)));
  }
}

if (isMain(import.meta.url)) runCli(USAGE, () => main(process.argv.slice(2)));
