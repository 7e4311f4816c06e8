import { createHash } from 'node:crypto';
import { copyKey } from '../../corpus/combine';
import { parseCorpusFile, type ParsedFile } from '../../corpus/parse';
import { articleTerms, type ArticleTerms } from '../../events/terms';
import type { Article, Sentence } from '../../types';

/**
 * A corpus file as the build caches it: its parse, each article's terms for clustering (tokenising is most of
 * clustering's work, and an unchanged article has the same terms) and its copy key for combineFiles, as one JSON text.
 * Made on a worker thread or in the main one; read back as fresh objects each time, since combineFiles renames articles
 * in place. Stems travel as one space-separated string (a stem has no spaces) and are read into shared strings; a
 * sentence found in its block travels as its place there (CachedSentence), not as a second copy of its text.
 */
interface ParsedText {
  result: Omit<ParsedFile, 'articles'> & {
    articles: (Omit<Article, 'sentences'> & { sentences: CachedSentence[] })[];
  };
  terms: {
    stems: string;
    title: number[];
    lead: number[];
    body: number[];
    leadWords: number;
    names: string;
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
): string {
  const result = parseCorpusFile(file, bytes, undefined, { today });
  const terms = result.articles.map((a) => {
    const t = articleTerms(a, nameCache);
    return {
      stems: t.stems.join(' '),
      title: [...t.title],
      lead: [...t.lead],
      body: [...t.body],
      leadWords: t.leadWords,
      names: [...t.names].join(' '),
    };
  });
  const copies = result.articles.map((a) => {
    const key = copyKey(a.sentences);
    return key ? createHash('sha1').update(key).digest('hex') : '';
  });
  const articles = result.articles.map((a) => ({ ...a, sentences: cachedSentences(a) }));
  return JSON.stringify({ result: { ...result, articles }, terms, copies } satisfies ParsedText);
}

/** The JSON text of an unreadable file's result. */
export function unreadableText(result: ParsedFile): string {
  return JSON.stringify({ result, terms: [], copies: [] } satisfies ParsedText);
}

/**
 * A parsed file's objects. `strings` holds one copy of each stem for the whole corpus: the same few hundred thousand
 * stems recur in every article, and a copy per occurrence would be most of the build's memory at 100k articles.
 */
export function readParsedFile(
  json: string,
  strings: Map<string, string>,
): { result: ParsedFile; terms: ArticleTerms[]; copies: string[] } {
  const { result: cached, terms, copies } = JSON.parse(json) as ParsedText;
  const result: ParsedFile = {
    ...cached,
    articles: cached.articles.map((a) => ({ ...a, sentences: sentencesOf(a) })),
  };
  const shared = (s: string) => {
    let t = strings.get(s);
    if (t === undefined) strings.set(s, (t = s));
    return t;
  };
  const list = (text: string) => (text === '' ? [] : text.split(' ').map(shared));
  return {
    result,
    terms: terms.map((t) => ({
      stems: list(t.stems),
      title: Uint32Array.from(t.title),
      lead: Uint32Array.from(t.lead),
      body: Uint32Array.from(t.body),
      leadWords: t.leadWords,
      names: new Set(list(t.names)),
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
