/**
 * Property-based checks of the importer, shared by `properties.test.ts` (a few hundred runs each) and
 * `scripts/fuzz.ts` (10,000 each). Test support only: nothing in the pipeline imports this file.
 */
import fc from 'fast-check';
import { splitSentences } from '../text/sentences';
import { cleanText, normaliseWhitespace } from './clean';
import { combineFiles } from './combine';
import { parseCsv, type CsvDelimiter } from './csv';
import { calendarDate } from './date';
import { defaultRegistry } from './outlets';
import { parseCorpusFile, type ParsedFile } from './parse';

const TODAY = '2026-01-01';
export const EXTENSIONS = ['.txt', '.md', '.jsonl', '.csv'] as const;

/** Pieces that reach the importer's branches far more often than random characters do. */
const TOKENS = [
  '"', '""', ',', '\n', '\r\n', '\r', '\n\n', ' ', '\u00a0', '\t', '---\n', ': ', '{', '}', '[', ']', '\\',
  ' date 2022-03-11 ', ' date 2022-02-30 ', 'date', '9/12/2022 11:12', 'March 11, 2022', '23:25 IST',
  '{"text": "', '{"outlet": "AP", "text": "A b.", "date": "2099-01-01"}', 'title,text,outlet_name,datetime\n',
  '(Reuters) – ', 'KYIV, Ukraine • ', 'told AFP', 'Subscribe to Mint Newsletters', '(AFP photo)', 'News / Russia / More',
  'Mr.', 'U.S.', 'Putin said', 'talks', '.', '. .', '?', '!', '…', '“', '”', '’', '\uFFFD', 'Ж', '中文', '😀',
  'https://example.org/x', 'Read more At:', 'By Jane Doe',
]; // prettier-ignore

/** Text built from importer-relevant tokens plus arbitrary characters. */
export const trickyText = fc
  .array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: 'grapheme', maxLength: 6 })), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));

const bytesOf = (text: string) => new TextEncoder().encode(text);

/** Paths for the order property: several of one length and extension, so no sort by a part of the path can pass. */
const COMBINE_FILES = ['a.txt', 'b.txt', 'c.txt', 'd.jsonl', 'e/f.md', 'g.csv', 'h/i.txt'] as const;
/**
 * Texts that files can share: the same text in two files is a duplicate; the record (read as a record by .jsonl, as
 * text by the others) gives the same sentences under another outlet, a syndicated copy.
 */
const SHARED_TEXT = ' date 2022-03-11 MOSCOW (Reuters) - Putin said talks went on. He gave no details.';
const SHARED_RECORD = JSON.stringify({ outlet: 'AP', text: SHARED_TEXT });

/**
 * Files of a corpus (path and text, drawn from a small pool so that files share texts) in two orders: as drawn,
 * and shuffled by fast-check (any permutation of them).
 */
const filesInTwoOrders = fc
  .tuple(
    fc.uniqueArray(fc.tuple(fc.constantFrom(...COMBINE_FILES), fc.nat({ max: 4 })), {
      selector: ([file]) => file,
      maxLength: COMBINE_FILES.length,
    }),
    fc.array(trickyText, { minLength: 3, maxLength: 3 }),
  )
  .map(([picks, pool]) =>
    picks.map(([file, k]): [string, string] => [file, [SHARED_TEXT, SHARED_RECORD, ...pool][k]!]),
  )
  .chain((files) =>
    fc.record({
      files: fc.constant(files),
      shuffled: fc.shuffledSubarray(files, { minLength: files.length, maxLength: files.length }),
    }),
  );

/** What must hold for any parse: no internal failure, and articles that keep the contract of lib/types.ts. */
export function parsedIsSound(file: string, result: ParsedFile): boolean {
  // Nothing vanishes: a file gives articles or says why it gave none.
  if (result.articles.length === 0 && result.diagnostics.length === 0) return false;
  for (const d of result.diagnostics) {
    if (d.file !== file || d.message.startsWith('could not be read')) return false;
  }
  for (const a of result.articles) {
    if (!/^[a-z0-9-]+$/.test(a.id) || !/^[a-z0-9-]+$/.test(a.outlet.id)) return false;
    if (
      a.date !== null &&
      calendarDate(+a.date.slice(0, 4), +a.date.slice(5, 7), +a.date.slice(8)) !== a.date
    )
      return false;
    if (!a.title || a.title.includes('\n')) return false;
    for (const s of a.sentences) {
      if (!s.text || a.blocks[s.block]?.kind !== 'paragraph') return false;
    }
    for (const r of a.removed) if (!r.reason) return false;
  }
  return true;
}

/** The properties, by name; each is a fast-check property to `fc.assert` or `fc.check`. */
export function corpusProperties(): { name: string; property: fc.IProperty<unknown> }[] {
  const list: { name: string; property: fc.IProperty<unknown> }[] = [];
  for (const ext of EXTENSIONS) {
    const file = `f${ext}`;
    list.push({
      name: `parseCorpusFile never throws on arbitrary bytes (${ext})`,
      property: fc.property(fc.uint8Array({ maxLength: 1500 }), (bytes) =>
        parsedIsSound(file, parseCorpusFile(file, bytes, undefined, { today: TODAY })),
      ) as fc.IProperty<unknown>,
    });
    list.push({
      name: `parseCorpusFile never throws on tricky text (${ext})`,
      property: fc.property(trickyText, (text) =>
        parsedIsSound(file, parseCorpusFile(file, bytesOf(text), undefined, { today: TODAY })),
      ) as fc.IProperty<unknown>,
    });
  }
  list.push({
    name: 'splitSentences covers the paragraph (same non-space characters, no empty sentence)',
    property: fc.property(fc.oneof(trickyText, fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
      const sentences = splitSentences(text);
      return (
        sentences.every((s) => s.length > 0 && s === s.trim()) &&
        sentences.join('').replace(/\s/g, '') === text.replace(/\s/g, '')
      );
    }) as fc.IProperty<unknown>,
  });
  list.push({
    name: 'cleanText drops nothing silently (blocks and removed lines, in order, give back every character)',
    property: fc.property(trickyText, (text) => {
      const { blocks, removed, removedAt } = cleanText(text, defaultRegistry());
      const parts: string[] = [];
      let r = 0;
      for (let b = 0; b <= blocks.length; b++) {
        while (r < removed.length && removedAt[r] === b) parts.push(removed[r++]!.text);
        if (b < blocks.length) parts.push(blocks[b]!.text);
      }
      return (
        r === removed.length &&
        parts.join('').replace(/\s/g, '') === normaliseWhitespace(text).replace(/\s/g, '')
      );
    }) as fc.IProperty<unknown>,
  });
  list.push({
    name: 'parseCsv reads back any table written the RFC 4180 way, by comma, semicolon or tab',
    property: fc.property(
      fc.array(fc.array(fc.oneof(trickyText, fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 5 }), {
        minLength: 1,
        maxLength: 6,
      }),
      fc.constantFrom('\n', '\r\n', '\r'),
      fc.constantFrom<CsvDelimiter>(',', ';', '\t'),
      (table, eol, delimiter) => {
        const text = table
          .map((row) => row.map((f) => `"${f.replace(/"/g, '""')}"`).join(delimiter))
          .join(eol);
        const readsBack = (parsed: ReturnType<typeof parseCsv>) =>
          parsed.problems.length === 0 &&
          JSON.stringify(parsed.records.map((r) => r.fields)) === JSON.stringify(table);
        // A header of two columns or more tells its separator; one of one column is read as comma.
        const told = table[0]!.length >= 2 || delimiter === ',';
        return readsBack(parseCsv(text, delimiter)) && (!told || readsBack(parseCsv(text)));
      },
    ) as fc.IProperty<unknown>,
  });
  list.push({
    name: 'combineFiles gives the same articles whatever the order of the files',
    property: fc.property(filesInTwoOrders, ({ files, shuffled }) => {
      const parse = (order: readonly [string, string][]) =>
        order.map(([file, text]) => ({
          file,
          result: parseCorpusFile(file, bytesOf(text), undefined, { today: TODAY }),
        }));
      // Parsed once per order, so the two runs share no article objects.
      return JSON.stringify(combineFiles(parse(files))) === JSON.stringify(combineFiles(parse(shuffled)));
    }) as fc.IProperty<unknown>,
  });
  list.push({
    name: 'calendarDate accepts exactly the days Date.UTC keeps',
    property: fc.property(
      fc.integer({ min: 1000, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      (y, m, d) => {
        const t = new Date(Date.UTC(y, m - 1, d));
        const real = t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
        return (calendarDate(y, m, d) !== null) === real;
      },
    ) as fc.IProperty<unknown>,
  });
  return list;
}

/** Runs per property: FUZZ_RUNS from the environment, else `fallback`. */
export function fuzzRuns(fallback: number): number {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}
