/**
 * The CorpusIndex: the contract between the pipeline, the pages, the CLI and the tests (DESIGN.md §3).
 * Domain types only; raw input shapes live in lib/corpus and are converted at one boundary.
 */
import type { Insight } from './insights/types';

export const INDEX_VERSION = 1;

export interface OutletRef {
  /** Lower-case slug: `afp`, `reuters`, `press-tv`, `ap`, `the-hindu`. */
  id: string;
  name: string;
}

export type DateSource =
  | 'date-line' // seed form ` date YYYY-MM-DD ` first line
  | 'field' // the record's own date field
  | 'text' // a full date found in the article text (timestamp line, related caption)
  | 'none';

export type TitleSource = 'headline' | 'field' | 'derived';

export interface Block {
  kind: 'paragraph' | 'heading';
  text: string;
}

export interface Removed {
  text: string;
  /** Why it was removed, e.g. "navigation trail", "photo caption", "newsletter prompt". */
  reason: string;
}

export interface Sentence {
  /** The sentence as printed (original characters). */
  text: string;
  /** Index into `Article.blocks` of the paragraph holding it. */
  block: number;
}

export interface Article {
  /** Stable, readable id: `<date>-<outlet>-<slug>` with a short hash suffix where needed. */
  id: string;
  /** Input file path relative to the corpus folder, with `#row` / `:line` where the file holds many records. */
  file: string;
  outlet: OutletRef;
  /** Where the text appeared, when different from who wrote it (AFP copy on Mint). */
  publisher?: OutletRef;
  date: string | null;
  dateSource: DateSource;
  title: string;
  titleSource: TitleSource;
  url?: string;
  /** The input record's own id, where it has one. */
  sourceId?: string;
  blocks: Block[];
  removed: Removed[];
  sentences: Sentence[];
  /** Non-fatal problems found while importing this article. */
  warnings: string[];
}

export interface Row {
  /** Sentence indices per article id; at most one span of consecutive sentences per article. */
  cells: Record<string, number[]>;
  /** Mean link score of the row (1 for a row of one article). */
  score: number;
  /** The pairwise links that formed the row: article ids (a < b by code unit) and the link's blended score. */
  links?: RowLink[];
}

export interface RowLink {
  a: string;
  b: string;
  score: number;
}

export interface Event {
  id: string;
  date: string | null;
  title: string;
  articleIds: string[];
  rows: Row[];
  /** Earlier ids of this event (merged events); the site serves them as redirects. */
  aliases?: string[];
  /** How the outlets differ, named (copied text, quotes, figures, spellings, swapped words): lib/insights. */
  insights?: Insight[];
}

export interface Diagnostic {
  file: string;
  /** 1-based line (JSONL, seed text) or record row (CSV, header is row 1), where the problem is local. */
  line?: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface CorpusIndex {
  version: number;
  articles: Article[];
  events: Event[];
  diagnostics: Diagnostic[];
}
