/**
 * `npx tsx scripts/eval-align.ts [--examples N]`: sentence-alignment precision, recall and F1 on the hand-labelled gold
 * in data/gold/alignment/*.json, per file and overall (micro-averaged over sentence pairs), with false positives and
 * misses listed as short examples. Runs the real pipeline: the corpus loader, then alignEvent over each gold event's
 * articles (the gold names the event, so clustering mistakes do not count against alignment).
 *
 * data/gold/alignment/heldout/*.json is scored and printed apart: events labelled before the aligner was tuned on the
 * others, and never used to pick its settings, so their figure says how well the tuning carries over.
 *
 * Gold on a shared corpus (`basil-dev`) is skipped, with a message, when ../shared/corpora is absent.
 * `evaluateAlignmentGold()` is exported for scripts/eval.ts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { alignEvent, type AlignOptions } from '../lib/align/align';
import {
  combineScores,
  evaluateAlignment,
  rowCeiling,
  type AlignmentGold,
  type AlignmentScore,
  type ResolvedArticle,
} from '../lib/align/evaluate';
import { loadCorpus } from '../lib/corpus/load';
import type { Article } from '../lib/types';
import { isMain, readArgs, runCli, wholeNumber } from './args';

export interface GoldFileResult {
  file: string;
  name: string;
  /** Why the file was not scored (corpus absent, article not found). */
  skipped?: string;
  score?: AlignmentScore;
  /** What rows can reach on this gold at all (lib/align/evaluate `rowCeiling`). */
  ceiling?: ReturnType<typeof rowCeiling>;
}

export interface AlignmentEvalResult {
  files: GoldFileResult[];
  overall: ReturnType<typeof combineScores>;
  ceiling: ReturnType<typeof combineScores>;
}

function sharedCorporaDir(): string {
  return path.resolve(process.cwd(), '..', 'shared', 'corpora');
}

/** The corpus article a gold file names, by its source id or its file. */
export function findArticle(articles: Article[], ref: AlignmentGold['articles'][number]) {
  if (ref.sourceId !== undefined) return articles.find((a) => a.sourceId === ref.sourceId);
  if (ref.file !== undefined)
    return articles.find((a) => a.file === ref.file || path.basename(a.file) === ref.file);
  return undefined;
}

/**
 * Each gold file of a folder, in name order, with the articles of the corpus it is about (each corpus loaded once), or
 * why it cannot be scored here (the development corpora are read from beside the project).
 */
export function* goldFiles(
  goldDir: string,
): Generator<{ file: string; gold: AlignmentGold; articles?: Article[]; skipped?: string }> {
  const cache = new Map<string, Article[]>();
  for (const file of readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const gold = JSON.parse(readFileSync(path.join(goldDir, file), 'utf8')) as AlignmentGold;
    const dir =
      gold.corpus === 'data/corpus'
        ? path.resolve(process.cwd(), 'data', 'corpus')
        : path.join(sharedCorporaDir(), gold.corpus);
    if (!existsSync(dir)) {
      yield { file, gold, skipped: `corpus folder ${gold.corpus} not found` };
      continue;
    }
    let articles = cache.get(dir);
    if (!articles) cache.set(dir, (articles = loadCorpus(dir).articles));
    yield { file, gold, articles };
  }
}

/** Score every gold file; nothing is printed. */
export async function evaluateAlignmentGold(
  options: { goldDir?: string; maxExamples?: number; align?: AlignOptions } = {},
): Promise<AlignmentEvalResult> {
  const goldDir = options.goldDir ?? path.resolve(process.cwd(), 'data', 'gold', 'alignment');
  const files: GoldFileResult[] = [];
  for (const { file, gold, articles, skipped } of goldFiles(goldDir)) {
    if (!articles) {
      files.push({ file, name: gold.name, skipped: skipped! });
      continue;
    }
    const resolved = new Map<string, ResolvedArticle>();
    const missing: string[] = [];
    for (const ref of gold.articles) {
      const found = findArticle(articles, ref);
      if (found) resolved.set(ref.key, { id: found.id, sentences: found.sentences.map((s) => s.text) });
      else missing.push(ref.key);
    }
    if (missing.length > 0) {
      files.push({ file, name: gold.name, skipped: `articles not found: ${missing.join(', ')}` });
      continue;
    }
    const rows = alignEvent(
      [...resolved.values()].map((a) => ({ id: a.id, sentences: a.sentences })),
      options.align,
    );
    files.push({
      file,
      name: gold.name,
      score: evaluateAlignment(gold, resolved, rows, options.maxExamples),
      ceiling: rowCeiling(gold, resolved),
    });
  }
  const scored = files.map((f) => f.score).filter((s): s is AlignmentScore => s !== undefined);
  const ceilings = files
    .map((f) => f.ceiling)
    .filter((c): c is ReturnType<typeof rowCeiling> => c !== undefined);
  return { files, overall: combineScores(scored), ceiling: combineScores(ceilings) };
}

/** The bar set for the aligner on this gold. */
export const TARGET = { precision: 0.9, recall: 0.85 };

const pct = (x: number) => x.toFixed(3);
const clip = (s: string | undefined, n = 90) =>
  s === undefined ? '∅' : s.length <= n ? s : `${s.slice(0, n - 1).trimEnd()}…`;

/** The report as text lines. */
export function formatAlignmentReport(result: AlignmentEvalResult, examples = 8): string[] {
  const lines: string[] = ['Sentence alignment (pairs of sentences across articles)'];
  for (const f of result.files) {
    if (!f.score) {
      lines.push(`  ${f.name}: skipped (${f.skipped})`);
      continue;
    }
    const s = f.score;
    const c = f.ceiling ? combineScores([f.ceiling]) : undefined;
    lines.push(
      `  ${f.name}: P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  ` +
        `(tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.falseNegatives})` +
        (c ? `  [rows can reach P ${pct(c.precision)} R ${pct(c.recall)}]` : ''),
    );
    if (s.shifted.length > 0) lines.push(`    gold sentences at a new index: ${s.shifted.length}`);
    if (s.unresolved.length > 0) lines.push(`    gold sentences not found: ${s.unresolved.join(', ')}`);
    for (const e of s.falsePositiveExamples.slice(0, examples)) {
      lines.push(`    FP ${e.a}:${e.i} ~ ${e.b}:${e.j}  "${clip(e.textA)}" ~ "${clip(e.textB)}"`);
    }
    for (const e of s.missExamples.slice(0, examples)) {
      lines.push(`    MISS ${e.a}:${e.i} ~ ${e.b}:${e.j}  "${clip(e.textA)}" ~ "${clip(e.textB)}"`);
    }
  }
  const o = result.overall;
  lines.push(
    `  overall: P ${pct(o.precision)}  R ${pct(o.recall)}  F1 ${pct(o.f1)}  ` +
      `(tp ${o.truePositives}, fp ${o.falsePositives}, fn ${o.falseNegatives})` +
      `  [targets: P ≥ ${TARGET.precision}, R ≥ ${TARGET.recall}]`,
    `  ceiling for rows (an oracle that knows the gold, lib/align/evaluate rowCeiling): ` +
      `P ${pct(result.ceiling.precision)}  R ${pct(result.ceiling.recall)}`,
  );
  return lines;
}

/** Gold kept out of tuning (see the file comment). */
export const HELDOUT_DIR = path.join('data', 'gold', 'alignment', 'heldout');

async function main() {
  const { values } = readArgs(process.argv.slice(2), { examples: { type: 'string' } });
  const examples = wholeNumber(values.examples ?? '8', '--examples');
  const result = await evaluateAlignmentGold({ maxExamples: Math.max(examples, 1) });
  console.log(formatAlignmentReport(result, examples).join('\n'));
  const heldoutDir = path.resolve(process.cwd(), HELDOUT_DIR);
  if (existsSync(heldoutDir)) {
    const heldout = await evaluateAlignmentGold({ goldDir: heldoutDir, maxExamples: Math.max(examples, 1) });
    const lines = formatAlignmentReport(heldout, examples);
    lines[0] = 'Held out (labelled before tuning, not used to pick settings)';
    console.log(lines.join('\n'));
  }
}

if (isMain(import.meta.url)) runCli('Usage: npx tsx scripts/eval-align.ts [--examples N]', main);
