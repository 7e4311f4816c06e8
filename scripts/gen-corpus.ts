/**
 * A synthetic corpus for benchmarks: `npx tsx scripts/gen-corpus.ts --articles N [--outlets M] [--out DIR] [--seed S]`.
 *
 * Real text is the raw material (the seeds, and ../shared/corpora/basil-dev where present, read in memory only); the
 * output goes to a folder outside the repo (default: the OS temp folder) as JSONL files of 1,000 articles, so no corpus
 * text is ever written into the project.
 *
 * Shape, to load the pipeline the way a year of news would: events spread over 365 days (many events per day), of as
 * many outlets as real ones (`eventSize`: most of 1–5, a third of 5–14, one in ten of 15–46, as Ground News stories
 * have 30–46; mean about 7.5); each event is a chunk of 20–49 sentences of a source article (about 4.5 KB an article,
 * as BASIL's and Ground News's are) whose names and figures are replaced by the event's own (so two
 * events drawn from the same source still tell different stories); each outlet's article keeps most of the event's
 * sentences, copies some verbatim (wire copy), paraphrases others (word swaps, dropped words, split or merged
 * sentences), reorders a few and adds sentences of its own. Deterministic for a given seed.
 */
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { splitSentences } from '../lib/text/sentences';
import { orUsage, readArgs, wholeNumber } from './args';

export interface GeneratedArticle {
  id: string;
  outlet: string;
  date: string;
  title: string;
  url: string;
  text: string;
}

/** mulberry32: a small, fast, seedable PRNG, so a benchmark corpus is the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Outlets of a generated corpus unless told: enough for the widest events (46). */
export const DEFAULT_OUTLETS = 50;

const OUTLET_NAMES = [
  'Reuters',
  'AFP',
  'Associated Press',
  'Press TV',
  'The Hindu',
  'Al Jazeera',
  'BBC News',
  'CNN',
  'Fox News',
  'The New York Times',
  'HuffPost',
  'TASS',
  'The Guardian',
  'Deutsche Welle',
  'NPR',
  'Mint',
  'Times of India',
  'South China Morning Post',
  'Le Monde',
  'Kyiv Independent',
];

const SYNONYMS: [string, string][] = [
  ['said', 'told reporters'],
  ['remarks', 'comments'],
  ['attack', 'strike'],
  ['killed', 'left dead'],
  ['officials', 'authorities'],
  ['president', 'leader'],
  ['government', 'administration'],
  ['people', 'residents'],
  ['announced', 'declared'],
  ['large', 'major'],
  ['more than', 'over'],
  ['about', 'around'],
  ['city', 'town'],
  ['help', 'aid'],
  ['talks', 'negotiations'],
  ['began', 'started'],
  ['week', 'days'],
  ['country', 'nation'],
];

/** Capitalised words that are not names: sentence openers and titles stay as they are. */
const KEEP = new Set(
  'The This That These Those There They Their Then When While After Before With From Into About Also Some Many Most Other Such What Which Where Mrs President Senator Speaker Minister Monday Tuesday Wednesday Thursday Friday Saturday Sunday However Meanwhile According'.split(
    ' ',
  ),
);

const SYLLABLES =
  'ka ri mo len dar vi sto pel una ga bor tin ele sa ru qua fen ho mir zan to lea ver kos'.split(' ');

function material(root: string): string[][] {
  const docs: string[] = [];
  const seeds = path.join(root, 'data', 'corpus');
  if (existsSync(seeds)) {
    for (const f of readdirSync(seeds).sort()) docs.push(readFileSync(path.join(seeds, f), 'utf8'));
  }
  const basil = path.resolve(root, '..', 'shared', 'corpora', 'basil-dev', 'articles.jsonl');
  if (existsSync(basil)) {
    for (const line of readFileSync(basil, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        docs.push(String((JSON.parse(line) as { text?: unknown }).text ?? ''));
      } catch {
        // A broken line is no raw material; the importer's own tests cover broken input.
      }
    }
  }
  return docs
    .map((doc) =>
      doc
        .split(/\n+/)
        .flatMap((p) => splitSentences(p))
        .filter((s) => s.length >= 40 && s.length <= 320 && /[.!?"”]$/.test(s)),
    )
    .filter((s) => s.length >= 6);
}

export function generateCorpus(
  articles: number,
  outlets: number,
  seed = 1,
  root = process.cwd(),
): GeneratedArticle[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const sources = material(root);
  if (sources.length === 0) throw new Error('gen-corpus: no raw material (data/corpus is empty)');
  const outletNames = Array.from({ length: outlets }, (_, i) =>
    i < OUTLET_NAMES.length ? OUTLET_NAMES[i]! : `Outlet ${i + 1}`,
  );
  const word = () => {
    const n = 2 + Math.floor(rand() * 2);
    let w = '';
    for (let i = 0; i < n; i++) w += pick(SYLLABLES);
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const out: GeneratedArticle[] = [];
  const start = Date.UTC(2023, 0, 1);
  let event = 0;
  while (out.length < articles) {
    event++;
    // As long as real articles (BASIL and Ground News average about 4.5 KB): 20 to 49 sentences, from one source
    // and, where it is shorter, the next ones.
    const want = 20 + Math.floor(rand() * 30);
    const doc = pick(sources);
    const from = Math.floor(rand() * Math.max(1, doc.length - 8));
    const chunk = doc.slice(from, from + want);
    while (chunk.length < want) chunk.push(...pick(sources).slice(0, want - chunk.length));
    // The event's own names and figures: every capitalised word after the first and every number is swapped.
    const names = new Map<string, string>();
    const figures = new Map<string, string>();
    const localise = (s: string) =>
      s
        .replace(/(?<=\s)\p{Lu}[\p{L}'’-]+/gu, (w) => {
          if (w.length <= 3 || KEEP.has(w)) return w;
          if (!names.has(w)) names.set(w, word());
          return names.get(w)!;
        })
        .replace(/\d+(?:[.,]\d+)?/g, (d) => {
          if (!figures.has(d)) figures.set(d, String(Math.floor(rand() * 900) + 2));
          return figures.get(d)!;
        });
    const base = chunk.map(localise);
    const day = Math.floor(rand() * 365);
    const size = Math.min(articles - out.length, outlets, eventSize(rand));
    const covering = [...outletNames].sort(() => rand() - 0.5).slice(0, size);
    const title = base[0]!
      .split(/\s+/)
      .slice(0, 9)
      .join(' ')
      .replace(/[,.;:]$/, '');
    for (const outlet of covering) {
      const sentences: string[] = [];
      for (const s of base) {
        if (rand() < 0.15) continue;
        const r = rand();
        if (r < 0.4) sentences.push(s);
        else if (r < 0.85) sentences.push(paraphrase(s, rand));
        else {
          const words = s.split(' ');
          const cut = Math.max(3, Math.floor(words.length / 2));
          sentences.push(words.slice(0, cut).join(' ') + '.', words.slice(cut).join(' '));
        }
      }
      for (let i = 0; i + 1 < sentences.length; i++) {
        if (rand() < 0.1) [sentences[i], sentences[i + 1]] = [sentences[i + 1]!, sentences[i]!];
      }
      const extra = 1 + Math.floor(rand() * 3);
      for (let i = 0; i < extra; i++) {
        const at = Math.floor(rand() * (sentences.length + 1));
        sentences.splice(at, 0, localise(pick(pick(sources))));
      }
      const date = new Date(start + (day + Math.floor(rand() * rand() * 3)) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const paragraphs: string[] = [];
      for (let i = 0; i < sentences.length; i += 2) paragraphs.push(sentences.slice(i, i + 2).join(' '));
      const n = out.length;
      out.push({
        id: `gen-${seed}-${n}`,
        outlet,
        date,
        title: rand() < 0.5 ? title : paraphrase(title, rand),
        url: `https://example.org/${event}/${n}`,
        text: paragraphs.join('\n\n'),
      });
    }
  }
  return out;
}

/**
 * Outlets covering one event: 60 % of events 1–5 outlets, 30 % 5–14, 10 % 15–46 (Ground News stories have 30–46), so
 * the mean is about 7.5 and a 1k corpus has a dozen events of 15 or more.
 */
export function eventSize(rand: () => number): number {
  const r = rand();
  if (r < 0.6) return 1 + Math.floor(rand() * 5);
  if (r < 0.9) return 5 + Math.floor(rand() * 10);
  return 15 + Math.floor(rand() * 32);
}

function paraphrase(s: string, rand: () => number): string {
  let t = s;
  for (const [a, b] of SYNONYMS) {
    if (rand() < 0.5) t = t.replace(new RegExp(`\\b${a}\\b`), b);
  }
  const words = t.split(' ');
  if (words.length > 8 && rand() < 0.5) words.splice(1 + Math.floor(rand() * (words.length - 2)), 1);
  return words.join(' ');
}

/** Write a generated corpus as JSONL files of 1,000 articles each into `dir` (emptied first). */
export function writeCorpus(dir: string, articles: GeneratedArticle[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < articles.length; i += 1000) {
    const name = `part-${String(i / 1000).padStart(4, '0')}.jsonl`;
    writeFileSync(
      path.join(dir, name),
      articles
        .slice(i, i + 1000)
        .map((a) => JSON.stringify(a))
        .join('\n') + '\n',
    );
  }
}

const isMain =
  process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join('scripts', 'gen-corpus.ts'));
if (isMain) {
  const usage = 'Usage: npx tsx scripts/gen-corpus.ts [--articles N] [--outlets M] [--out DIR] [--seed S]';
  const { n, m, seed, out } = orUsage(usage, () => {
    const { values } = readArgs(process.argv.slice(2), {
      articles: { type: 'string' },
      outlets: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
    });
    return {
      n: wholeNumber(values.articles ?? '1000', '--articles', 1),
      m: wholeNumber(values.outlets ?? String(DEFAULT_OUTLETS), '--outlets', 1),
      seed: wholeNumber(values.seed ?? '1', '--seed'),
      out: values.out,
    };
  });
  const dir = out ?? path.join(os.tmpdir(), `parallax-gen-${n}`);
  const articles = generateCorpus(n, m, seed);
  writeCorpus(dir, articles);
  console.log(`Wrote ${articles.length} articles from ${m} outlets to ${dir}`);
}
