import { createHash } from 'node:crypto';
import { copyKey } from '../../corpus/combine';
import { parseCorpusFile, type ParsedFile } from '../../corpus/parse';
import { articleTerms, type ArticleTerms } from '../../events/terms';
import type { Article } from '../../types';

/**
 * A corpus file as the build caches it: its parse, each article's terms for clustering (tokenising is most of
 * clustering's work, and an unchanged article has the same terms) and its copy key for combineFiles, as one JSON text.
 * Made on a worker thread or in the main one; read back as fresh objects each time, since combineFiles renames articles
 * in place. Stems travel as one space-separated string (a stem has no spaces) and are read into shared strings.
 */
interface ParsedText {
  result: ParsedFile;
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
  return JSON.stringify({ result, terms, copies } satisfies ParsedText);
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
  const { result, terms, copies } = JSON.parse(json) as ParsedText;
  const shared = (s: string) => {
    let t = strings.get(s);
    if (t === undefined) strings.set(s, (t = s));
    return t;
  };
  const list = (text: string) => (text === '' ? [] : text.split(' ').map(shared));
  for (const article of result.articles) shareSentenceText(article);
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

/**
 * Make each sentence's text a piece of its block's text (`slice`), where it is one, rather than a copy of its own. JSON
 * gives every sentence a string of its own, so an article held whole carried its text twice, in UTF-16 as soon as it
 * has one curly quote: 17.1 KiB an article of the bench's corpora, 11.3 KiB with the sentences sharing (V8 keeps a
 * slice of a string 13 code units or longer as a pointer into it). The values are the same, so the output is too; what
 * the build plans with, every article at once, is a third smaller. A sentence not found in its block keeps its copy.
 */
export function shareSentenceText(article: Pick<Article, 'blocks' | 'sentences'>): void {
  let block = -1;
  let from = 0;
  for (const sentence of article.sentences) {
    const text = article.blocks[sentence.block]?.text;
    if (text === undefined) continue;
    if (sentence.block !== block) {
      block = sentence.block;
      from = 0;
    }
    // Sentences come in order within a block: look from where the last one ended, then anywhere.
    let at = text.indexOf(sentence.text, from);
    if (at < 0) at = text.indexOf(sentence.text);
    if (at < 0) continue;
    sentence.text = text.slice(at, at + sentence.text.length);
    from = at + sentence.text.length;
  }
}
