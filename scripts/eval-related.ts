/**
 * `npx tsx scripts/eval-related.ts [--examples N]`: what the related tier (lib/align/related.ts) changes, on the
 * hand-labelled gold in data/gold/alignment (and its heldout/ folder), per gold event and overall:
 * - "only in" passages: rows one outlet alone carries, with rows only, and with rows plus related links (a passage
 *   with a related link is shown as "told differently", not "only in");
 * - related links found, and their precision against the gold (a link is right when at least one of its sentence
 *   pairs is a gold link; the gold is exhaustive for every pair of its articles, so any other link is wrong);
 * - only-in truth: of the passages still shown as only in one outlet, the share with no gold link at all;
 * - recall of all gold sentence pairs by rows, and by rows plus related links.
 * Gold on a shared corpus is skipped, with a message, where ../shared/corpora is absent.
 */
import path from 'node:path';
import { alignEvent } from '../lib/align/align';
import { pairKey, resolveGoldPairs, type ResolvedArticle } from '../lib/align/evaluate';
import { relateEvent } from '../lib/align/related';
import { isMain, readArgs, runCli, wholeNumber } from './args';
import { findArticle, goldFiles } from './eval-align';

export interface RelatedEvalLine {
  name: string;
  skipped?: string;
  rows: number;
  onlyInBefore: number;
  onlyInAfter: number;
  related: number;
  relatedRight: number;
  onlyInTrueBefore: number;
  onlyInTrueAfter: number;
  goldPairs: number;
  rowRecalled: number;
  allRecalled: number;
  examples: string[];
}

const clip = (s: string, n = 80) => (s.length <= n ? s : `${s.slice(0, n - 1).trimEnd()}…`);

export function evaluateRelatedGold(goldDir: string, maxExamples = 0): RelatedEvalLine[] {
  const out: RelatedEvalLine[] = [];
  for (const { gold, articles, skipped } of goldFiles(goldDir)) {
    const empty = {
      rows: 0,
      onlyInBefore: 0,
      onlyInAfter: 0,
      related: 0,
      relatedRight: 0,
      onlyInTrueBefore: 0,
      onlyInTrueAfter: 0,
      goldPairs: 0,
      rowRecalled: 0,
      allRecalled: 0,
      examples: [],
    };
    if (!articles) {
      out.push({ name: gold.name, skipped: skipped!, ...empty });
      continue;
    }
    const resolved = new Map<string, ResolvedArticle>();
    for (const ref of gold.articles) {
      const found = findArticle(articles, ref);
      if (found) resolved.set(ref.key, { id: found.id, sentences: found.sentences.map((s) => s.text) });
    }
    if (resolved.size < gold.articles.length) {
      out.push({ name: gold.name, skipped: 'articles not found', ...empty });
      continue;
    }
    const input = [...resolved.values()].map((a) => ({ id: a.id, sentences: a.sentences }));
    const rows = alignEvent(input);
    const related = relateEvent(input, rows);
    const { keys, goldPairs } = resolveGoldPairs(gold, resolved);
    const keyOf = new Map([...resolved].map(([k, a]) => [a.id, k]));
    const textOf = (id: string, s: number) => resolved.get(keyOf.get(id)!)!.sentences[s] ?? '';
    const goldHas = (a: string, i: number, b: string, j: number) =>
      goldPairs.has(pairKey(keys, keyOf.get(a)!, i, keyOf.get(b)!, j));
    // Sentences with any gold link, and with a related link.
    const goldLinked = new Set<string>();
    for (const p of goldPairs) for (const end of p.split('|')) goldLinked.add(end);
    const relatedEnds = new Set<string>();
    const predicted = new Set<string>();
    let relatedRight = 0;
    const examples: string[] = [];
    for (const l of related) {
      let right = false;
      for (const i of l.ai) {
        relatedEnds.add(`${keyOf.get(l.a)}:${i}`);
        for (const j of l.bi) {
          if (goldHas(l.a, i, l.b, j)) right = true;
          predicted.add(pairKey(keys, keyOf.get(l.a)!, i, keyOf.get(l.b)!, j));
        }
      }
      for (const j of l.bi) relatedEnds.add(`${keyOf.get(l.b)}:${j}`);
      if (right) relatedRight++;
      if (examples.length < maxExamples || (!right && maxExamples > 0)) {
        examples.push(
          `    ${right ? 'OK   ' : 'WRONG'} ${keyOf.get(l.a)}:${l.ai.join(',')} ~ ${keyOf.get(l.b)}:${l.bi.join(',')} ` +
            `${l.score} [${l.shared.join(', ')}]\n        "${clip(l.ai.map((i) => textOf(l.a, i)).join(' '))}"\n        ` +
            `"${clip(l.bi.map((j) => textOf(l.b, j)).join(' '))}"`,
        );
      }
    }
    let rowRecalled = 0;
    const rowPairs = new Set<string>();
    for (const row of rows) {
      const cells = Object.entries(row.cells);
      for (let p = 0; p < cells.length; p++)
        for (let q = p + 1; q < cells.length; q++)
          for (const i of cells[p]![1])
            for (const j of cells[q]![1])
              rowPairs.add(pairKey(keys, keyOf.get(cells[p]![0])!, i, keyOf.get(cells[q]![0])!, j));
    }
    let allRecalled = 0;
    for (const g of goldPairs) {
      if (rowPairs.has(g)) rowRecalled++;
      if (rowPairs.has(g) || predicted.has(g)) allRecalled++;
    }
    let onlyInBefore = 0;
    let onlyInAfter = 0;
    let onlyInTrueBefore = 0;
    let onlyInTrueAfter = 0;
    for (const row of rows) {
      const cells = Object.entries(row.cells).filter(([, s]) => s.length > 0);
      if (cells.length !== 1) continue;
      const [id, span] = cells[0]!;
      const ends = span.map((s) => `${keyOf.get(id)}:${s}`);
      const isTrue = !ends.some((e) => goldLinked.has(e));
      onlyInBefore++;
      if (isTrue) onlyInTrueBefore++;
      if (ends.some((e) => relatedEnds.has(e))) continue;
      onlyInAfter++;
      if (isTrue) onlyInTrueAfter++;
      else if (maxExamples > 0)
        examples.push(
          `    FALSE ONLY-IN ${ends.join(',')} "${clip(span.map((s) => textOf(id, s)).join(' '))}"`,
        );
    }
    out.push({
      name: gold.name,
      rows: rows.length,
      onlyInBefore,
      onlyInAfter,
      related: related.length,
      relatedRight,
      onlyInTrueBefore,
      onlyInTrueAfter,
      goldPairs: goldPairs.size,
      rowRecalled,
      allRecalled,
      examples,
    });
  }
  return out;
}

const f3 = (x: number, n: number) => (n === 0 ? '  -  ' : (x / n).toFixed(3));

export function formatRelatedReport(title: string, lines: readonly RelatedEvalLine[]): string[] {
  const out = [title];
  const total = { ...lines[0]!, name: 'overall', skipped: undefined } as RelatedEvalLine;
  for (const k of Object.keys(total) as (keyof RelatedEvalLine)[])
    if (typeof total[k] === 'number') (total[k] as number) = 0;
  for (const l of lines) {
    if (l.skipped) {
      out.push(`  ${l.name}: skipped (${l.skipped})`);
      continue;
    }
    for (const k of Object.keys(total) as (keyof RelatedEvalLine)[])
      if (typeof total[k] === 'number') (total[k] as number) += l[k] as number;
    out.push(row(l), ...l.examples);
  }
  out.push(row(total));
  return out;
  function row(l: RelatedEvalLine) {
    return (
      `  ${l.name}: only-in passages ${l.onlyInBefore} → ${l.onlyInAfter} (of ${l.rows} rows); related links ${l.related}, ` +
      `precision ${f3(l.relatedRight, l.related)}; only-in truth ${f3(l.onlyInTrueBefore, l.onlyInBefore)} → ` +
      `${f3(l.onlyInTrueAfter, l.onlyInAfter)}; gold-pair recall rows ${f3(l.rowRecalled, l.goldPairs)}, ` +
      `rows + related ${f3(l.allRecalled, l.goldPairs)}`
    );
  }
}

if (isMain(import.meta.url)) {
  runCli('Usage: npx tsx scripts/eval-related.ts [--examples N]', () => {
    const { values } = readArgs(process.argv.slice(2), { examples: { type: 'string' } });
    const examples = values.examples === undefined ? 0 : wholeNumber(values.examples, '--examples');
    const goldDir = path.resolve(process.cwd(), 'data', 'gold', 'alignment');
    const lines = [
      ...formatRelatedReport('Related tier (tuning gold)', evaluateRelatedGold(goldDir, examples)),
      ...formatRelatedReport(
        'Related tier (held-out gold)',
        evaluateRelatedGold(path.join(goldDir, 'heldout'), examples),
      ),
    ];
    console.log(lines.join('\n'));
  });
}
