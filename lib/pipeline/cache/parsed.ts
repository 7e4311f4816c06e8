import { createHash } from 'node:crypto';
import v8 from 'node:v8';
import { copyKey } from '../../corpus/combine';
import { parseCorpusFile, type ParsedFile } from '../../corpus/parse';
import { articleTerms, type ArticleTerms } from '../../events/terms';
import type { Article, Sentence } from '../../types';

/**
 * A corpus file as the build caches it: its parse, each article's terms for clustering (tokenising is most of
 * clustering's work, and an unchanged article has the same terms) and its copy key for combineFiles, as one buffer of
 * V8's serialisation (node:v8). Made on a worker thread or in the main one; read back as fresh objects each time, since
 * combineFiles renames articles in place. A sentence found in its block travels as its place there (CachedSentence),
 * not as a second copy of its text.
 *
 * Why V8's serialisation around the parse's JSON rather than JSON alone (what this cache held before): a warm build
 * reads every file's entry, and the terms are most of their numbers. JSON made each number array a JS array to copy
 * into a typed array; the serialiser keeps typed arrays as they are in memory. The parse itself stays JSON (see
 * ParsedEntry's `result`). And each stem is written once a file, in `table`, with the articles' stems and names as places in it: the
 * reader shares one string per distinct stem of the file instead of splitting and looking up every article's stems
 * (some 300 an article). Together they halve the reading of a 10k corpus's parses (1.4 to 0.9 CPU s).
 */
type CachedResult = Omit<ParsedFile, 'articles'> & {
  articles: (Omit<Article, 'sentences'> & { sentences: CachedSentence[] })[];
};

interface ParsedEntry {
  /**
   * The parse (CachedResult) as JSON in UTF-8, not as serialised objects. The serialiser writes a string as it is held,
   * and a file decoded with one curly quote in it is held two bytes a character, every slice of it too (titles,
   * paragraphs), and it writes a repeated short string ("paragraph", an outlet's name) each time: read back, the 10k
   * bench corpus's parsed files took 211 MB of the main thread's heap, against 161 MB from JSON, whose parser makes
   * Latin-1 text one byte a character and shares short strings. A 100k build peaks at the end of parsing (3.8 GB).
   * The entries are smaller too (154 to 110 MB at 10k) and read no slower (0.69-0.75 to 0.53-0.62 CPU s).
   */
  result: Uint8Array;
  /** Every stem and name stem of the file's articles, once each. */
  table: string[];
  terms: {
    /** Places in `table`. */
    stems: Uint32Array;
    title: Uint32Array;
    lead: Uint32Array;
    body: Uint32Array;
    leadWords: number;
    /** Places in `table`, in the order of the terms' `names`. */
    names: Uint32Array;
  }[];
  /** Each article's copy key (see combineFiles), hashed; empty when the key is. */
  copies: string[];
}

/** Parse one file (see parseCorpusFile) and tokenise its articles; `nameCache` is shared across files. */
export function parseFile(
  file: string,
  bytes: Uint8Array,
  today: string,
  nameCache: Map<string, string[]>,
): Uint8Array {
  const result = parseCorpusFile(file, bytes, undefined, { today });
  const table: string[] = [];
  const placeOf = new Map<string, number>();
  const place = (s: string) => {
    let k = placeOf.get(s);
    if (k === undefined) {
      k = table.length;
      table.push(s);
      placeOf.set(s, k);
    }
    return k;
  };
  const terms = result.articles.map((a) => {
    const t = articleTerms(a, nameCache);
    return {
      stems: Uint32Array.from(t.stems, place),
      title: t.title,
      lead: t.lead,
      body: t.body,
      leadWords: t.leadWords,
      names: Uint32Array.from(t.names, place),
    };
  });
  const copies = result.articles.map((a) => {
    const key = copyKey(a.sentences);
    return key ? createHash('sha1').update(key).digest('hex') : '';
  });
  const articles = result.articles.map((a) => ({ ...a, sentences: cachedSentences(a) }));
  const cached: CachedResult = { ...result, articles };
  return v8.serialize({
    result: Buffer.from(JSON.stringify(cached)),
    table,
    terms,
    copies,
  } satisfies ParsedEntry);
}

/** The cache entry of an unreadable file's result. */
export function unreadableEntry(result: ParsedFile): Uint8Array {
  return v8.serialize({
    result: Buffer.from(JSON.stringify(result)),
    table: [],
    terms: [],
    copies: [],
  } satisfies ParsedEntry);
}

/**
 * A parsed file's objects. `strings` holds one copy of each stem for the whole corpus: the same few hundred thousand
 * stems recur in every article, and a copy per occurrence would be most of the build's memory at 100k articles.
 */
export function readParsedFile(
  entry: Uint8Array,
  strings: Map<string, string>,
): { result: ParsedFile; terms: ArticleTerms[]; copies: string[] } {
  const { result: text, table, terms, copies } = v8.deserialize(entry) as ParsedEntry;
  const cached = JSON.parse(
    Buffer.from(text.buffer, text.byteOffset, text.length).toString('utf8'),
  ) as CachedResult;
  const result: ParsedFile = {
    ...cached,
    articles: cached.articles.map((a) => ({ ...a, sentences: sentencesOf(a) })),
  };
  const shared = table.map((s) => {
    let t = strings.get(s);
    if (t === undefined) strings.set(s, (t = s));
    return t;
  });
  // A loop, not Array.from(places, f): the callback made it a third of the read at 10k articles.
  const of = (places: Uint32Array) => {
    const out = new Array<string>(places.length);
    for (let i = 0; i < places.length; i++) out[i] = shared[places[i]!]!;
    return out;
  };
  // The deserialiser's typed arrays are views into `entry`: copies, so that the entries need not outlive the read.
  return {
    result,
    terms: terms.map((t) => ({
      stems: of(t.stems),
      title: t.title.slice(),
      lead: t.lead.slice(),
      body: t.body.slice(),
      leadWords: t.leadWords,
      names: new Set(of(t.names)),
    })),
    copies,
  };
}

/** A sentence as the parse cache holds it: `[block, start, end]` where its text is `blocks[block].text` from start to end. */
export type CachedSentence = Sentence | [number, number, number];

/**
 * The sentences of `article` as the cache holds them: each one found in its block's text as its place there, the others
 * (not in their block, or of a block that does not exist) as they are. A sentence's text is its block's again, so the
 * cache held the corpus's text twice; without it a warm build reads and parses a third less (at 10k articles 108 of
 * 156 MB). Sentences come in order within a block: each is looked for from where the last one ended, then anywhere.
 */
export function cachedSentences(article: Pick<Article, 'blocks' | 'sentences'>): CachedSentence[] {
  let block = -1;
  let from = 0;
  return article.sentences.map((sentence) => {
    const text = article.blocks[sentence.block]?.text;
    if (text === undefined) return sentence;
    if (sentence.block !== block) {
      block = sentence.block;
      from = 0;
    }
    let at = text.indexOf(sentence.text, from);
    if (at < 0) at = text.indexOf(sentence.text);
    if (at < 0) return sentence;
    from = at + sentence.text.length;
    return [sentence.block, at, from];
  });
}

/**
 * The sentences of a cached article, each text a piece of its block's text (`slice`) where the cache gave its place.
 * So an article held whole carries its text once, not twice (in UTF-16 as soon as it has one curly quote: 17.1 KiB an
 * article of the bench's corpora, 11.3 KiB with the sentences sharing; V8 keeps a slice of a string 13 code units or
 * longer as a pointer into it). The values are the parse's own, so the output is the same; what the build plans with,
 * every article at once, is a third smaller.
 */
export function sentencesOf(article: Pick<Article, 'blocks'> & { sentences: CachedSentence[] }): Sentence[] {
  return article.sentences.map((s) =>
    Array.isArray(s) ? { text: article.blocks[s[0]]!.text.slice(s[1], s[2]), block: s[0] } : s,
  );
}
