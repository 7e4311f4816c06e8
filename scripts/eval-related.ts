/**
 * `npx tsx scripts/eval-related.ts [--examples N]`: both tiers of correspondence (rows, lib/align/align.ts; related
 * links, lib/align/related.ts) against the hand-labelled gold in data/gold/alignment (tuning) and its heldout/ folder
 * (labelled before tuning, never used to pick settings), per gold event and overall (micro-averaged):
 * - rows: precision over the sentence pairs they hold (a gold link of either kind is right), recall of same-statement
 *   gold pairs;
 * - rows + related: recall of same-statement gold pairs, and of all gold pairs;
 * - related: links found, and their precision (a link is right when at least one of its sentence pairs is a gold link
 *   of either kind; the gold is exhaustive for every pair of its articles, so any other link is wrong);
 * - only-in truth: of the passages shown as only in one outlet (a row one article alone holds, with no related link),
 *   the share with no gold link of either kind; before the related tier (rows only) → with it.
 * With --examples N, up to N wrong related links, false "only in" passages and missed gold pairs per event.
 * Gold on a shared corpus is skipped, with a message, where ../shared/corpora is absent.
 */
import path from 'node:path';
import { alignEvent } from '../lib/align/align';
import {
  evaluateTiers,
  sumTierCounts,
  tierShares,
  type ResolvedArticle,
  type TierCounts,
  type TierScore,
} from '../lib/align/evaluate';
import { relateEvent, type RelatedOptions } from '../lib/align/related';
import { isMain, readArgs, runCli, wholeNumber } from './args';
import { findArticle, goldFiles } from './eval-align';

export interface RelatedEvalLine {
  name: string;
  skipped?: string;
  /** Rows made of the gold's articles. */
  rows?: number;
  score?: TierScore;
}

export function evaluateRelatedGold(
  goldDir: string,
  maxExamples = 0,
  options: RelatedOptions = {},
): RelatedEvalLine[] {
  const out: RelatedEvalLine[] = [];
  for (const { gold, articles, skipped } of goldFiles(goldDir)) {
    if (!articles) {
      out.push({ name: gold.name, skipped: skipped! });
      continue;
    }
    const resolved = new Map<string, ResolvedArticle>();
    for (const ref of gold.articles) {
      const found = findArticle(articles, ref);
      if (found) resolved.set(ref.key, { id: found.id, sentences: found.sentences.map((s) => s.text) });
    }
    if (resolved.size < gold.articles.length) {
      out.push({ name: gold.name, skipped: 'articles not found' });
      continue;
    }
    const input = [...resolved.values()].map((a) => ({ id: a.id, sentences: a.sentences }));
    const rows = alignEvent(input);
    const related = relateEvent(input, rows, options);
    out.push({
      name: gold.name,
      rows: rows.length,
      score: evaluateTiers(gold, resolved, rows, related, maxExamples),
    });
  }
  return out;
}

/** The acceptance bars of issue 14, per gold folder. */
export const TIER_BARS = {
  tuning: { rowPrecision: 0.95, sameRecall: 0.95, allRecall: 0.85, relatedPrecision: 0.7, onlyInTruth: 0.95 },
  heldout: { allRecall: 0.8, onlyInTruth: 0.9 },
} as const;

const f3 = (x: number) => x.toFixed(3);

/** One line of figures for one event or the total. */
export function formatTierLine(name: string, c: TierCounts): string {
  const s = tierShares(c);
  return (
    `  ${name}: rows P ${f3(s.rowPrecision)} R(same) ${f3(s.rowRecallSame)}; rows + related R(same) ` +
    `${f3(s.sameRecall)} R(all) ${f3(s.allRecall)}; related ${c.related} P ${f3(s.relatedPrecision)}; ` +
    `only-in truth ${f3(s.onlyInTruthRowsOnly)} → ${f3(s.onlyInTruth)} (${c.onlyInRowsOnly} → ${c.onlyIn} passages)`
  );
}

export function formatRelatedReport(
  title: string,
  lines: readonly RelatedEvalLine[],
  bars?: Partial<Record<keyof ReturnType<typeof tierShares>, number>>,
): string[] {
  const out = [title];
  const scored: TierScore[] = [];
  for (const l of lines) {
    if (!l.score) {
      out.push(`  ${l.name}: skipped (${l.skipped})`);
      continue;
    }
    scored.push(l.score);
    out.push(formatTierLine(l.name, l.score));
    for (const e of l.score.wrongRelated) out.push(`    WRONG RELATED ${e}`);
    for (const e of l.score.falseOnlyIn) out.push(`    FALSE ONLY-IN ${e}`);
    for (const e of l.score.misses) out.push(`    MISS ${e}`);
  }
  const total = sumTierCounts(scored);
  out.push(formatTierLine('overall', total));
  if (bars) {
    const shares = tierShares(total);
    const verdicts = (Object.entries(bars) as [keyof typeof shares, number][]).map(
      ([k, bar]) =>
        `${k} ${f3(shares[k])} ${shares[k] >= bar ? '≥' : '<'} ${bar} ${shares[k] >= bar ? 'met' : 'NOT met'}`,
    );
    out.push(`  bars: ${verdicts.join('; ')}`);
  }
  return out;
}

if (isMain(import.meta.url)) {
  runCli('Usage: npx tsx scripts/eval-related.ts [--examples N]', () => {
    const { values } = readArgs(process.argv.slice(2), { examples: { type: 'string' } });
    const examples = values.examples === undefined ? 0 : wholeNumber(values.examples, '--examples');
    const goldDir = path.resolve(process.cwd(), 'data', 'gold', 'alignment');
    const lines = [
      ...formatRelatedReport(
        'Rows and related tier (tuning gold)',
        evaluateRelatedGold(goldDir, examples),
        TIER_BARS.tuning,
      ),
      ...formatRelatedReport(
        'Rows and related tier (held-out gold: labelled before tuning, not used to pick settings)',
        evaluateRelatedGold(path.join(goldDir, 'heldout'), examples),
        TIER_BARS.heldout,
      ),
    ];
    console.log(lines.join('\n'));
  });
}
