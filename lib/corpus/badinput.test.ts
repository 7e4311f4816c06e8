/**
 * Bad input never crashes and never vanishes: each case is written into a fresh temporary corpus folder, loaded, and
 * checked for its diagnostic (file, line or row, message) and for the good records around it.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../types';
import { BINARY_MESSAGE } from './decode';
import { loadCorpus } from './load';

const TODAY = '2026-01-01';
const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function load(files: Record<string, string | Uint8Array>) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parallax-bad-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return loadCorpus(dir, undefined, { today: TODAY });
}

const only = (diagnostics: Diagnostic[], file: string) => diagnostics.filter((d) => d.file === file);
const GOOD = ' date 2022-03-11 MOSCOW (Reuters) - Putin said talks went on. He gave no details.';
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);

describe('bad input', () => {
  it('empty, whitespace-only and binary files are named; the good file carries on', () => {
    const corpus = load({ 'empty.txt': '', 'blank.md': ' \n\t\r\n', 'photo.txt': PNG, 'good.txt': GOOD });
    expect(corpus.articles.map((a) => [a.file, a.outlet.id, a.date])).toEqual([
      ['good.txt', 'reuters', '2022-03-11'],
    ]);
    expect(corpus.diagnostics).toEqual([
      {
        file: 'blank.md',
        severity: 'warning',
        message: 'whitespace only: nothing to import; add the article text or remove the file',
      },
      {
        file: 'empty.txt',
        severity: 'warning',
        message: 'empty file: nothing to import; add the article text or remove the file',
      },
      { file: 'photo.txt', severity: 'error', message: BINARY_MESSAGE },
    ]);
    expect(BINARY_MESSAGE).toBe('binary file, not text: remove it or export it as .txt/.jsonl/.csv/.md');
    expect(corpus.files).toEqual([
      { file: 'blank.md', articles: 0, warnings: 1, errors: 0 },
      { file: 'empty.txt', articles: 0, warnings: 1, errors: 0 },
      { file: 'good.txt', articles: 1, warnings: 0, errors: 0 },
      { file: 'photo.txt', articles: 0, warnings: 0, errors: 1 },
    ]);
  });

  it('a PNG under its own extension is binary too; a text file of another type is named; dotfiles are ignored', () => {
    const corpus = load({
      'photo.png': PNG,
      'notes.html': '<p>Hello</p>',
      '.DS_Store': PNG,
      '.git/x.txt': GOOD,
      'a/good.txt': GOOD,
    });
    expect(corpus.articles.map((a) => a.file)).toEqual(['a/good.txt']);
    expect(corpus.diagnostics).toEqual([
      {
        file: 'notes.html',
        severity: 'warning',
        message:
          'not a corpus file (.html): rename or export it as .txt/.jsonl/.csv/.md, or move it out of the corpus folder',
      },
      { file: 'photo.png', severity: 'error', message: BINARY_MESSAGE },
    ]);
  });

  it('invalid UTF-8 is decoded with replacement characters and a warning', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(GOOD), 0x20, 0xff, 0xfe, 0x2e]);
    const corpus = load({ 'bad-utf8.txt': bytes });
    expect(corpus.articles).toHaveLength(1);
    expect(corpus.articles[0]!.sentences.map((s) => s.text)).toEqual([
      'MOSCOW (Reuters) - Putin said talks went on.',
      'He gave no details. \uFFFD\uFFFD.',
    ]);
    expect(only(corpus.diagnostics, 'bad-utf8.txt').map((d) => d.message)).toEqual([
      'invalid UTF-8: 2 undecodable byte sequences replaced with U+FFFD; re-save the file as UTF-8',
      '2 characters were lost upstream (U+FFFD, mostly quotes and dashes); kept as printed',
    ]);
  });

  it('a stray NUL byte is removed with a warning naming the file; the article and the lines around it are kept', () => {
    const nul = (text: string) => new TextEncoder().encode(text.replace(/@/g, '\0'));
    const corpus = load({
      'nul.txt': nul(
        ' date 2022-03-11 MOSCOW (Reuters) - Putin said talks@ went on.\n\nHe gave no details.@',
      ),
      // Raw control characters are not valid inside a JSON string: kept, the NUL would have lost the line.
      'nul.jsonl': nul(
        '{"outlet":"CNN","date":"2022-03-11","title":"T1","text":"One story told."}\n{"outlet":"CNN","date":"2022-03-11","title":"T@2","text":"Two stories@@ told."}\n',
      ),
      'tiny.md': nul('Hi@.'),
    });
    expect(corpus.articles.map((a) => [a.file, a.title, a.sentences.map((s) => s.text)])).toEqual([
      ['nul.jsonl:1', 'T1', ['One story told.']],
      ['nul.jsonl:2', 'T2', ['Two stories told.']],
      [
        'nul.txt',
        'Putin said talks went on',
        ['MOSCOW (Reuters) - Putin said talks went on.', 'He gave no details.'],
      ],
      ['tiny.md', 'Hi', ['Hi.']],
    ]);
    expect(corpus.diagnostics.filter((d) => /NUL/.test(d.message))).toEqual([
      {
        file: 'nul.jsonl',
        severity: 'warning',
        message:
          '3 NUL bytes removed (the first on line 2) and the rest read as text: NUL is never text and usually comes from a damaged copy or export; check the text there, or re-save the file as UTF-8',
      },
      {
        file: 'nul.txt',
        severity: 'warning',
        message:
          '2 NUL bytes removed (the first on line 1) and the rest read as text: NUL is never text and usually comes from a damaged copy or export; check the text there, or re-save the file as UTF-8',
      },
      {
        file: 'tiny.md',
        severity: 'warning',
        message:
          '1 NUL byte removed (the first on line 1) and the rest read as text: NUL is never text and usually comes from a damaged copy or export; check the text there, or re-save the file as UTF-8',
      },
    ]);
    expect(corpus.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('PDF, JPEG, zip and control-heavy bytes (UTF-16 without a byte order mark) are still refused as binary', () => {
    const latin = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
    const utf16 = ' date 2022-03-11 (Reuters) - Talks went on.';
    const noBom = new Uint8Array(utf16.length * 2);
    for (let k = 0; k < utf16.length; k++) noBom[2 * k] = utf16.charCodeAt(k);
    const corpus = load({
      'a.txt': latin('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
      'b.txt': latin('\xff\xd8\xff\xe0\x00\x10JFIF'),
      'c.csv': latin('PK\x03\x04\x14\x00\x06\x00'),
      'd.txt': noBom,
      'good.txt': GOOD,
    });
    expect(corpus.articles.map((a) => a.file)).toEqual(['good.txt']);
    expect(corpus.diagnostics).toEqual(
      ['a.txt', 'b.txt', 'c.csv', 'd.txt'].map((file) => ({
        file,
        severity: 'error',
        message: BINARY_MESSAGE,
      })),
    );
  });

  it('UTF-16 with a byte order mark (LE and BE) is decoded properly', () => {
    const text = ' date 2022-03-11 KYIV, Ukraine • Ukraine said Tuesday that talks went on. “Good,” he said.';
    const le = new Uint8Array(2 + text.length * 2);
    const be = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    for (let k = 0; k < text.length; k++) {
      const code = text.charCodeAt(k);
      le[2 + 2 * k] = code & 0xff;
      le[3 + 2 * k] = code >> 8;
      be[2 + 2 * k] = code >> 8;
      be[3 + 2 * k] = code & 0xff;
    }
    const corpus = load({ 'le.txt': le, 'be.txt': be });
    // Same text twice under the same outlet: the second by path is the duplicate.
    expect(corpus.articles.map((a) => [a.file, a.outlet.id, a.date, a.sentences.length])).toEqual([
      ['be.txt', 'ap', '2022-03-11', 2],
    ]);
    expect(corpus.diagnostics).toEqual([
      {
        file: 'le.txt',
        severity: 'warning',
        message: 'duplicate of be.txt (same outlet, same text): skipped; remove one of the two copies',
      },
    ]);
  });

  it('CRLF and lone CR line ends make the same paragraphs as LF', () => {
    const lf =
      ' date 2022-03-11 (Reuters) - First paragraph here.\n\nSecond paragraph here.\nThird one here.';
    const corpus = load({
      'crlf.txt': lf.replace(/\n/g, '\r\n'),
      'cr.txt': lf.replace(/\n/g, '\r').replace('First', 'One'),
    });
    expect(corpus.articles.map((a) => [a.file, a.blocks.map((b) => b.text)])).toEqual([
      ['cr.txt', ['(Reuters) - One paragraph here.', 'Second paragraph here.', 'Third one here.']],
      ['crlf.txt', ['(Reuters) - First paragraph here.', 'Second paragraph here.', 'Third one here.']],
    ]);
  });

  it('a 20 MB text file and a 1 MB single line finish, with a size warning', () => {
    // Paragraphs of ten sentences, as a long article has them.
    const paragraph = 'Russian strikes continued overnight. They hit a plant near the city. '
      .repeat(10)
      .trim();
    const big = ' date 2022-03-11 ' + `${paragraph}\n\n`.repeat(29_000);
    const line = ' date 2022-03-11 ' + 'The cat sat on the mat while U.S. officials watched. '.repeat(20_000);
    const corpus = load({ 'big.txt': big, 'line.txt': line });
    expect(big.length).toBeGreaterThan(20_000_000);
    expect(corpus.articles.map((a) => [a.file, a.sentences.length, a.blocks.length])).toEqual([
      ['big.txt', 580_000, 29_000],
      ['line.txt', 20_000, 1],
    ]);
    expect(only(corpus.diagnostics, 'big.txt').map((d) => d.message)).toEqual([
      '20.0 million characters is very large for one article: if the file holds several articles, split it or use .jsonl',
      'no outlet field and no outlet cue in the text: filed as "unknown"; add the outlet name (or a cue in data/outlets.json)',
    ]);
  });

  it('JSONL: a broken line is reported with its number; the good lines are kept', () => {
    const good = (n: number) =>
      JSON.stringify({ outlet: 'CNN', date: '2022-03-11', title: `T${n}`, text: `Story ${n} told.` });
    const corpus = load({
      'a.jsonl': [good(1), '{"outlet": "CNN", "text": "cut off', good(3), '', '[1,2]', good(6)].join('\n'),
    });
    expect(corpus.articles.map((a) => a.file)).toEqual(['a.jsonl:1', 'a.jsonl:3', 'a.jsonl:6']);
    expect(corpus.diagnostics.map((d) => [d.line, d.severity, d.message.replace(/\(.*\)/, '(…)')])).toEqual([
      [
        2,
        'error',
        'line 2: not valid JSON (…); the line was skipped. Fix it or remove it: each line must be one JSON object',
      ],
      [
        5,
        'error',
        'line 5: a JSON array, not an object; the line was skipped. Write one {"text": …} object per line',
      ],
    ]);
  });

  it('CSV: an unterminated quote and a row with missing columns are reported by row; the rest are kept', () => {
    const csv = [
      'title,text,outlet_name,datetime',
      'One,First story told.,CNN,9/12/2022 11:12',
      'Two,Second story told.,CNN',
      'Three,"Third story, quoted ""well"".",BBC,9/12/2022 11:12',
      'Four,"Fourth story never closes.,BBC,9/12/2022 11:12',
      'Five,Fifth story told.,BBC,9/12/2022 11:12',
    ].join('\r\n');
    const corpus = load({ 'story.csv': csv });
    expect(corpus.articles.map((a) => [a.file, a.title, a.date, a.sentences.map((s) => s.text)])).toEqual([
      ['story.csv#2', 'One', '2022-12-09', ['First story told.']],
      ['story.csv#3', 'Two', null, ['Second story told.']],
      ['story.csv#4', 'Three', '2022-12-09', ['Third story, quoted "well".']],
      ['story.csv#6', 'Five', '2022-12-09', ['Fifth story told.']],
    ]);
    expect(corpus.diagnostics.map((d) => [d.line, d.severity, d.message])).toEqual([
      [
        5,
        'error',
        'row 5 (line 5): a quoted field opens but never closes, so the row was skipped; close the quote, and write a quote inside a field as ""',
      ],
      [3, 'warning', 'row 3: has 3 of 4 columns (missing: datetime); check for a lost comma or quote'],
      [3, 'warning', 'row 3: no date: add a date field (YYYY-MM-DD) or a first line " date YYYY-MM-DD "'],
    ]);
  });

  it('CSV: a stray quote that pairs with a later one skips its own row, not the rows it swallowed', () => {
    const csv =
      'title,text,outlet\nA,"stray quote,CNN\nB,Good text here.,CNN\nC,"quoted ""fine"" text.",BBC\n';
    const corpus = load({ 's.csv': csv });
    expect(corpus.articles.map((a) => [a.file, a.title])).toEqual([
      ['s.csv#3', 'B'],
      ['s.csv#4', 'C'],
    ]);
    expect(corpus.diagnostics.filter((d) => d.severity === 'error')).toEqual([
      {
        file: 's.csv',
        line: 2,
        severity: 'error',
        message:
          'row 2 (line 2): a quoted field runs on to line 4, where its closing quote is followed by more text; a quote is probably missing or not doubled, so the row was skipped. Write a quote inside a field as ""',
      },
    ]);
  });

  it('CSV: semicolon- and tab-separated exports import with their fields; a comma file with semicolons stays comma', () => {
    const semicolon = [
      'title;text;outlet_name;datetime',
      'Talks resume;"Putin said talks went on; no details, he said.";Reuters;11/03/2022 10:00',
      'Short;Only two columns here.',
    ].join('\r\n');
    const tab = [
      'headline\tbody\tsource\tdate',
      'Budget passed\tThe council voted; seven to two, said a clerk.\tAP\t2022-03-12',
    ].join('\n');
    const comma = [
      'title,text,outlet,date',
      'Ceasefire holds,The guns fell silent; talks go on; aid arrived.,BBC,2022-03-13',
    ].join('\n');
    const corpus = load({ 'eu.csv': semicolon, 'tab.csv': tab, 'comma.csv': comma });
    expect(
      corpus.articles.map((a) => [a.file, a.title, a.outlet.id, a.date, a.sentences.map((s) => s.text)]),
    ).toEqual([
      [
        'comma.csv#2',
        'Ceasefire holds',
        'bbc',
        '2022-03-13',
        ['The guns fell silent; talks go on; aid arrived.'],
      ],
      [
        'eu.csv#2',
        'Talks resume',
        'reuters',
        '2022-03-11',
        ['Putin said talks went on; no details, he said.'],
      ],
      ['eu.csv#3', 'Short', 'unknown', null, ['Only two columns here.']],
      ['tab.csv#2', 'Budget passed', 'ap', '2022-03-12', ['The council voted; seven to two, said a clerk.']],
    ]);
    expect(corpus.diagnostics.map((d) => [d.file, d.line, d.message])).toEqual([
      [
        'eu.csv',
        3,
        'row 3: has 2 of 4 columns (missing: outlet_name, datetime); check for a lost semicolon or quote',
      ],
      ['eu.csv', 3, 'row 3: no date: add a date field (YYYY-MM-DD) or a first line " date YYYY-MM-DD "'],
      [
        'eu.csv',
        3,
        'row 3: no outlet field and no outlet cue in the text: filed as "unknown"; add the outlet name (or a cue in data/outlets.json)',
      ],
    ]);
  });

  it('bidirectional controls are dropped from every field, with a warning; other characters are kept', () => {
    const record = {
      outlet: '\u202eReuters\u202c',
      date: '2022-03-11\u200e',
      title: 'Council note \u202egnp.exe\u202c read aloud',
      url: 'https://example.org/\u2067x\u2069',
      id: 'src\u200f-1',
      text: 'A member wrote \u202egnp.exe\u202c in a note, \u061cnot\u2066 a file\u2068.\u2069 The clerk\u200d read it: «مرحبا» aloud.',
    };
    const corpus = load({
      'bidi.jsonl': JSON.stringify(record),
      'seed.txt': `${GOOD} \u202dSee\u202a you\u202b.`,
    });
    expect(
      corpus.articles.map((a) => [
        a.file,
        a.outlet.id,
        a.date,
        a.title,
        a.url,
        a.sourceId,
        a.sentences.map((s) => s.text),
      ]),
    ).toEqual([
      [
        'bidi.jsonl:1',
        'reuters',
        '2022-03-11',
        'Council note gnp.exe read aloud',
        'https://example.org/x',
        'src-1',
        ['A member wrote gnp.exe in a note, not a file.', 'The clerk\u200d read it: «مرحبا» aloud.'],
      ],
      [
        'seed.txt',
        'reuters',
        '2022-03-11',
        'Putin said talks went on',
        undefined,
        undefined,
        ['MOSCOW (Reuters) - Putin said talks went on.', 'He gave no details.', 'See you.'],
      ],
    ]);
    expect(corpus.diagnostics).toEqual([
      {
        file: 'bidi.jsonl',
        line: 1,
        severity: 'warning',
        message:
          'line 1: 14 bidirectional control characters (U+061C, U+200E, U+200F, U+202C, U+202E, U+2066, U+2067, U+2068, U+2069) removed: invisible, they can make text read backwards; the rest was kept as given. Check the text if it mixes right-to-left and left-to-right scripts',
      },
      {
        file: 'seed.txt',
        line: 1,
        severity: 'warning',
        message:
          '3 bidirectional control characters (U+202A, U+202B, U+202D) removed: invisible, they can make text read backwards; the rest was kept as given. Check the text if it mixes right-to-left and left-to-right scripts',
      },
    ]);
    const page = JSON.stringify(corpus.articles);
    expect(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/.test(page)).toBe(false);
  });

  it('front matter that is not YAML: warned, the body still imported', () => {
    const corpus = load({
      'n.md': '---\noutlet: [CNN\ndate: 2022-03-11\n---\n(CNN) - Talks went on. Nothing else.\n',
    });
    const a = corpus.articles[0]!;
    expect([a.outlet.id, a.date, a.sentences.length]).toEqual(['cnn', null, 2]);
    expect(a.warnings[0]).toMatch(
      /^front matter is not valid YAML \(line \d\): .+; it was ignored\. Write it as "key: value" lines$/,
    );
  });

  it('impossible and future dates: warning, and null for the impossible one', () => {
    const corpus = load({
      'impossible.txt': ' date 2022-02-30 (Reuters) - Talks went on.',
      'future.jsonl': JSON.stringify({ outlet: 'AP', date: '2099-01-01', text: 'Talks will go on.' }),
    });
    expect(corpus.articles.map((a) => [a.file, a.date, a.dateSource, a.warnings])).toEqual([
      ['future.jsonl:1', '2099-01-01', 'field', ['date 2099-01-01 is in the future; check it']],
      [
        'impossible.txt',
        null,
        'none',
        ['date line: impossible date "2022-02-30": no such day; correct it (YYYY-MM-DD)'],
      ],
    ]);
    expect(corpus.articles[1]!.id).toBe('undated-reuters-talks-went-on');
  });

  it('an unknown outlet becomes a slug of its name with a warning, never an error', () => {
    const corpus = load({
      'u.jsonl': JSON.stringify({
        outlet: 'The Daily Planet!',
        date: '2022-03-11',
        text: 'Clark files a story.',
      }),
    });
    expect(corpus.articles[0]!.outlet).toEqual({ id: 'the-daily-planet', name: 'The Daily Planet!' });
    expect(corpus.diagnostics).toEqual([
      {
        file: 'u.jsonl',
        line: 1,
        severity: 'warning',
        message:
          'line 1: unknown outlet "The Daily Planet!": filed as "the-daily-planet"; add it (or an alias) to data/outlets.json if it is another name of a known outlet',
      },
    ]);
  });

  it('the same article in two files: the first by path is kept, the second reported naming the first', () => {
    const corpus = load({ 'b/copy.txt': GOOD, 'a/original.txt': GOOD.replace(' date', '\r\n date') });
    expect(corpus.articles.map((a) => a.file)).toEqual(['a/original.txt']);
    expect(corpus.diagnostics).toEqual([
      {
        file: 'b/copy.txt',
        severity: 'warning',
        message:
          'duplicate of a/original.txt (same outlet, same text): skipped; remove one of the two copies',
      },
    ]);
  });

  it('the same text under two outlets is a syndicated copy: both kept, the later flagged', () => {
    const row = (outlet: string) =>
      JSON.stringify({
        outlet,
        date: '2022-12-09',
        title: 'Pipeline',
        text: 'Spain agreed Friday to build a pipeline.',
      });
    const corpus = load({ 's.jsonl': [row('AP'), row('KIFI')].join('\n') });
    expect(corpus.articles.map((a) => [a.id, a.outlet.id, a.warnings])).toEqual([
      ['2022-12-09-ap-pipeline', 'ap', []],
      ['2022-12-09-kifi-pipeline', 'kifi', ['same text as s.jsonl:1 (AP): a syndicated copy; both kept']],
    ]);
  });

  it('colliding ids get a content hash each, whatever the file order', () => {
    const row = (text: string) =>
      JSON.stringify({ outlet: 'CNN', date: '2022-03-11', title: 'Live updates', text });
    const one = load({ 'a.jsonl': row('First text.'), 'b.jsonl': row('Second text.') });
    const two = load({ 'a.jsonl': row('Second text.'), 'b.jsonl': row('First text.') });
    const ids = (c: typeof one) => Object.fromEntries(c.articles.map((a) => [a.sentences[0]!.text, a.id]));
    expect(ids(one)).toEqual(ids(two));
    expect(Object.values(ids(one)).every((id) => /^2022-03-11-cnn-live-updates-[0-9a-z]{6}$/.test(id))).toBe(
      true,
    );
    expect(new Set(Object.values(ids(one))).size).toBe(2);
  });

  it('non-English text imports; the id falls back to a content hash when the title has no Latin letters', () => {
    const corpus = load({
      'ru.txt': ' date 2022-03-11 Президент России заявил о прогрессе на переговорах. Детали не раскрыты.',
    });
    const a = corpus.articles[0]!;
    expect(a.sentences.map((s) => s.text)).toEqual([
      'Президент России заявил о прогрессе на переговорах.',
      'Детали не раскрыты.',
    ]);
    expect(a.title).toBe('Президент России заявил о прогрессе на переговорах');
    expect(a.id).toMatch(/^2022-03-11-unknown-[0-9a-z]{6}$/);
  });

  it('no sentence punctuation at all: one sentence per paragraph', () => {
    const corpus = load({
      'p.txt': ' date 2022-03-11 Talks went on in Minsk\n\nNo details were given\n\nMore talks are planned',
    });
    const a = corpus.articles[0]!;
    expect(a.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(a.sentences.map((s) => s.text)).toEqual([
      'Talks went on in Minsk',
      'No details were given',
      'More talks are planned',
    ]);
  });

  it('a symbolic link back up the folder tree is not followed forever', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'parallax-loop-'));
    dirs.push(dir);
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'sub', 'good.txt'), GOOD);
    symlinkSync(dir, path.join(dir, 'sub', 'loop'));
    const corpus = loadCorpus(dir, undefined, { today: TODAY });
    expect(corpus.articles.map((a) => a.file)).toEqual(['sub/good.txt']);
    expect(corpus.diagnostics).toEqual([]);
  });

  it('a CSV with only its header says so', () => {
    const corpus = load({ 'h.csv': 'title,text,outlet\r\n' });
    expect(corpus.diagnostics).toEqual([
      {
        file: 'h.csv',
        line: 1,
        severity: 'warning',
        message:
          'row 1: only a header, no rows: nothing to import; add one row per article or remove the file',
      },
    ]);
  });
});
