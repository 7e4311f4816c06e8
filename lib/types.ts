/**
 * The CorpusIndex: the contract between the pipeline, the pages, the CLI and the tests (DESIGN.md §3).
 * Domain types only; raw input shapes live in lib/corpus and are converted at one boundary.
 */

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

/**
 * Two passages of two articles of an event that report the same fact in other words, or one of them in part (the
 * related tier, lib/align/related.ts): `a < b` by code unit, `ai` / `bi` sentence indices (consecutive), `shared` the
 * evidence both carry, as readers are shown it (names, numbers, quoted words, rare words). A pair already in one row
 * is not repeated here.
 */
export interface RelatedLink {
  a: string;
  ai: number[];
  b: string;
  bi: number[];
  score: number;
  shared: string[];
}

export interface Event {
  id: string;
  date: string | null;
  title: string;
  articleIds: string[];
  rows: Row[];
  /** Passages about the same fact told differently, one-to-many (absent in an index made before the related tier). */
  related?: RelatedLink[];
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

/**
 * Events of one developing matter over days, weeks or years (the shooting, the arrest, the trial): lib/stories. Only
 * stories of two or more events are listed; an event in none stands alone.
 */
export interface Story {
  /** Readable and stable like an event id: `<first event's date>-<slug of the title>`. */
  id: string;
  title: string;
  /** In date order (then id). */
  eventIds: string[];
  /** Per event (parallel to eventIds): one line of what it reports that the earlier events did not, as printed. */
  changes: string[];
  /** Earlier ids of this story (merged stories); the site serves them as redirects. */
  aliases?: string[];
}

export interface CorpusIndex {
  version: number;
  articles: Article[];
  events: Event[];
  /** Stories of two or more events, by first event's date, then id. */
  stories: Story[];
  diagnostics: Diagnostic[];
}

// Insights: named differences between the outlets of one event (lib/insights computes them).

/**
 * Insights: named differences between the outlets of one event (copied wire text, quotes, figures, name spellings,
 * swapped words). Plain, serialisable data: the pages render it, the CLI can print it.
 */

export type InsightKind = 'copy' | 'quote' | 'number' | 'name' | 'wording';

/**
 * One part of an insight's label: plain `text`; a `word` (words as an outlet printed them, read in “curly quotes”); an
 * `outlet` id (read as the outlet's display name, `possessive` as "AFP’s"). `labelText` (lib/insights/label.ts) reads
 * the parts as one line.
 */
export type LabelPart = { text: string } | { word: string } | { outlet: string; possessive?: true };

/**
 * What every insight carries. `articles` and `outlets` are parallel (an event can hold two articles of one outlet);
 * `rows` are indices into `event.rows`, ascending; `words` are the words involved, as printed.
 */
interface InsightBase {
  kind: InsightKind;
  /** `row`: about one or a few aligned rows; `pair`: a total over a pair of articles; `event`: the whole event. */
  scope: 'row' | 'pair' | 'event';
  articles: string[];
  outlets: string[];
  rows: number[];
  words: string[];
  /** One short line a reader can take in at a glance, as parts: plain text, printed words, outlets. */
  label: LabelPart[];
}

/** A credit line or mention that names another outlet as a source ("told AFP", "(with Reuters)", "Photo Credit: AFP"). */
export interface Credit {
  /** The article that carries the credit. */
  article: string;
  /** Outlet id credited. */
  outlet: string;
  /** The credit as printed. */
  text: string;
  /** `photo` credits only say a picture came from there; `text` credits say words did. */
  kind: 'text' | 'photo';
  /** Found in the printed sentences or in what cleaning removed (article.removed). */
  where: 'sentence' | 'removed';
}

/** How the source of copied text was told: a credit line naming it, or it appeared first. */
export type SourceBasis = 'credit' | 'date';

/** One copy of a passage, compared with the reference (the source, else the first article of the insight). */
export interface CopyVariant {
  article: string;
  /** Words this copy adds / drops relative to the reference, as printed. */
  added: string[];
  removed: string[];
}

/**
 * One row where two or more articles print near-verbatim the same sentence(s): all the articles of the row that copy
 * one another, in one insight (a syndicated wire story can put twenty outlets in one row).
 */
export interface CopyRowInsight extends InsightBase {
  kind: 'copy';
  scope: 'row';
  /** The article judged to be the source; absent when nothing tells. */
  source?: string;
  sourceBasis?: SourceBasis;
  /** Lowest share, over the copies, of the shorter side's words printed identically to the reference, 0..1. */
  similarity: number;
  /** Every article but the reference, with its differences from the reference. */
  copies: CopyVariant[];
}

/** Per pair of articles: how much of each one's text is near-verbatim shared with the other. */
export interface CopyPairInsight extends InsightBase {
  kind: 'copy';
  scope: 'pair';
  source?: string;
  sourceBasis?: SourceBasis;
  /** Words printed identically in the copy rows. */
  sharedWords: number;
  /** sharedWords / all words of articles[0], articles[1]. */
  shares: [number, number];
  credits: Credit[];
}

/**
 * Articles that are mostly one text (a wire story and the outlets that carry it): three or more articles linked by
 * pairs where at least half of one side is near-verbatim the other's. Pairs inside a group get no pair insight.
 */
export interface CopyGroupInsight extends InsightBase {
  kind: 'copy';
  scope: 'event';
  source?: string;
  sourceBasis?: SourceBasis;
  /** With no source among the articles: the outlet id most members credit ("(AFP)"), whose copy they carry. */
  creditedOutlet?: string;
  /** Per article (parallel to `articles`): share of its words printed near-verbatim by another group member. */
  shares: number[];
  credits: Credit[];
}

export interface QuoteRendering {
  article: string;
  outlet: string;
  row: number;
  /** The quoted words as printed, without the quote marks. */
  text: string;
  /** The attribution verb next to the quote ("said", "told", "claimed"), lower case; null when none was found. */
  verb: string | null;
  /** Who is quoted, as printed ("Putin", "Oleh Synegubov"); null when a pronoun or nothing names them. */
  speaker: string | null;
}

/** One quoted passage as each outlet printed it. */
export interface QuoteInsight extends InsightBase {
  kind: 'quote';
  scope: 'row';
  renderings: QuoteRendering[];
  /** Word changes from renderings[0] to each other rendering: `from` in the first, `to` in `article`. */
  changes: { article: string; from: string; to: string }[];
}

export interface Figure {
  article: string;
  outlet: string;
  row: number;
  /** The figure as printed, with its qualifier and noun ("more than two million people"). */
  text: string;
  value: number;
  /** "at least", "more than", … in lower case; '' when the figure is given flat. */
  qualifier: string;
  /** The noun it counts, as printed. */
  noun: string;
}

/** Figures about the same thing (same row, same counted noun) that differ in value or qualifier. */
export interface NumberInsight extends InsightBase {
  kind: 'number';
  scope: 'row';
  figures: Figure[];
}

/** Spelling variants of one name across the event (Kyiv/Kiev). */
export interface NameInsight extends InsightBase {
  kind: 'name';
  scope: 'event';
  variants: { spelling: string; articles: string[]; outlets: string[] }[];
}

export interface Swap {
  row: number;
  /** Words printed by the `fromArticles` … */
  from: string;
  /** … and what the `toArticles` printed at the same place. */
  to: string;
  fromArticles: string[];
  toArticles: string[];
}

/**
 * Words swapped at the same place: per row (every distinct swap of the row, with who printed which side), or totalled
 * for a pair of articles.
 */
export interface WordingInsight extends InsightBase {
  kind: 'wording';
  scope: 'row' | 'pair';
  swaps: Swap[];
}

export type Insight =
  | CopyRowInsight
  | CopyPairInsight
  | CopyGroupInsight
  | QuoteInsight
  | NumberInsight
  | NameInsight
  | WordingInsight;

/** Per article of an event: how many of its sentences it shares with all, some or none of the other articles. */
export interface OutletSummary {
  article: string;
  outlet: string;
  outletName: string;
  sentences: number;
  /** Sentences in rows that every other article of the event also fills. */
  sharedWithAll: number;
  /** Sentences in rows that some but not all other articles fill. */
  sharedWithSome: number;
  /** Sentences no other article matches (alone in their row, or in no row). */
  own: number;
  /** Of `own`: sentences another article tells differently (a related link). */
  toldElsewhere: number;
  /** Of `own`: sentences nothing anywhere relates to, told only here (`own - toldElsewhere`). */
  onlyHere: number;
}
