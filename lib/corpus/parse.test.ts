import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../types';
import { parseCorpusFile } from './parse';

const TODAY = '2026-01-01';
const encode = (text: string) => new TextEncoder().encode(text);

/** One seed article through the importer (the regression helper: every seed check goes through here). */
function seed(file: string): Article {
  const bytes = new Uint8Array(readFileSync(path.join(process.cwd(), 'data', 'corpus', file)));
  const { articles, diagnostics } = parseCorpusFile(file, bytes, undefined, { today: TODAY });
  expect(diagnostics).toEqual([]);
  expect(articles).toHaveLength(1);
  return articles[0]!;
}

/** Debris that must never reach the sentences of any seed. */
const DEBRIS =
  /Subscribe to Mint|Enter a valid email|News \/ Russia|\(AFP photo\)|\(Photo by Reuters\)|alternate addresses|Press TV News Roku|\(with Reuters\)|Photo Credit|\d{2}:\d{2} IST|^date \d{4}/;

function sentenceTexts(article: Article): string[] {
  return article.sentences.map((s) => s.text);
}

function expectClean(article: Article): void {
  for (const text of sentenceTexts(article)) expect(text).not.toMatch(DEBRIS);
  for (const block of article.blocks) expect(block.text).not.toMatch(DEBRIS);
  for (const removed of article.removed) expect(removed.reason).toMatch(/\S/);
  // Sentences come from paragraphs only, in order.
  for (const s of article.sentences) expect(article.blocks[s.block]?.kind).toBe('paragraph');
}

describe('seed articles', () => {
  it('000: AFP copy published by Mint, derived title, section headings, newsletter prompt removed', () => {
    const a = seed('000_62585204ae98a10b.txt');
    expect(a.outlet).toEqual({ id: 'afp', name: 'AFP' });
    expect(a.publisher).toEqual({ id: 'mint', name: 'Mint' });
    expect([a.date, a.dateSource]).toEqual(['2022-03-11', 'date-line']);
    expect([a.title, a.titleSource]).toEqual([
      'Russian President Vladimir Putin on Friday said there had been some progress…',
      'derived',
    ]);
    expect(a.id).toBe('2022-03-11-afp-russian-president-vladimir-putin-on-friday');
    expect(a.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'Russian strikes continued overnight across Ukraine',
      "'Nowhere to run'",
      'Desperation in Mariupol',
      "'Full-fledged' NATO war",
    ]);
    expect(a.removed).toEqual([
      { text: 'date 2022-03-11', reason: 'date line' },
      {
        text: 'Subscribe to Mint Newsletters * Enter a valid email * Thank you for subscribing to our newsletter.',
        reason: 'newsletter prompt',
      },
    ]);
    // Counted by hand: 45 one-sentence paragraphs and 4 paragraphs of two sentences.
    expect(a.sentences).toHaveLength(49);
    expect(a.sentences[0]!.text).toBe(
      "Russian President Vladimir Putin on Friday said there had been some progress in Moscow's talks with Ukraine, but provided no details.",
    );
    expect(a.sentences[20]!.text).toBe('"There is nowhere to really run or hide.');
    expect(a.sentences[48]!.text).toMatch(
      /^The European Union meanwhile .*\(\$550 million\), which was expected/,
    );
    expectClean(a);
  });

  it('001: Reuters lead cue, credit debris removed, stray mark kept with its sentence', () => {
    const a = seed('001_b8c5c287e15dbfcf.txt');
    expect(a.outlet).toEqual({ id: 'reuters', name: 'Reuters' });
    expect(a.publisher).toBeUndefined();
    expect([a.date, a.dateSource]).toEqual(['2022-03-11', 'date-line']);
    expect([a.title, a.titleSource]).toEqual([
      'Russian President Vladimir Putin said on Friday that there had been some…',
      'derived',
    ]);
    expect(a.removed).toEqual([
      { text: 'date 2022-03-11', reason: 'date line' },
      { text: '(with Reuters)', reason: 'credit line' },
    ]);
    // Counted by hand: 17 paragraphs, 4 of them with two sentences.
    expect(a.sentences).toHaveLength(21);
    expect(a.sentences[0]!.text).toMatch(/^\(Reuters\) – Russian President Vladimir Putin said on Friday/);
    expect(a.sentences[8]!.text).toMatch(/in the early hours of the war\. \.$/);
    expect(a.sentences[20]!.text).toBe(
      'All previous attempts to reach Mariupol have failed with both sides accusing each other of not respecting the ceasefire.',
    );
    expect(a.blocks.every((b) => b.kind === 'paragraph')).toBe(true);
    expectClean(a);
  });

  // `removed` is in document order.
  it('002: Press TV headline, nav trail with NBSPs, captions, footer; date from the related caption, not 2019', () => {
    const a = seed('002_e86b236ceaaf9bff.txt');
    expect(a.outlet).toEqual({ id: 'press-tv', name: 'Press TV' });
    expect(a.publisher).toBeUndefined();
    expect([a.date, a.dateSource]).toEqual(['2022-03-11', 'text']);
    expect([a.title, a.titleSource]).toEqual([
      "Putin cites 'some progress' in talks with Ukraine",
      'headline',
    ]);
    expect(a.id).toBe('2022-03-11-press-tv-putin-cites-some-progress-in-talks');
    expect(a.removed.map((r) => [r.reason, r.text.slice(0, 40)])).toEqual([
      ['navigation trail', 'News / Russia / More'],
      ['headline (shown as the title)', "Putin cites 'some progress' in talks wit"],
      ['photo caption', 'US Rep. Ilhan Omar (D-MN) (L) talks with'],
      ['photo caption', 'Russian President Vladimir Putin chairs '],
      ['footer', 'Press TV’s website can also be accessed '],
      ['footer', 'Press TV News Roku'],
    ]);
    expect(a.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'Ukraine claims Russian forces hit psychiatric hospital',
      "Humanitarian corridors a 'bare minimum' necessity in Ukraine: NATO chief",
    ]);
    // Counted by hand: 18 paragraphs holding 27 sentences.
    expect(a.sentences).toHaveLength(27);
    expect(a.sentences[0]!.text).toBe(
      "Russian President Vladimir Putin says there has been some progress in talks between Russia and Ukraine, as Moscow's military offensive against its neighboring country enters its third week.",
    );
    expect(a.sentences[26]!.text).toMatch(/^Ukrainian President Volodymyr Zelensky has blasted NATO/);
    expect(a.blocks.some((b) => b.text.includes('\u00a0'))).toBe(false);
    expectClean(a);
  });

  it('003: AP dateline, single newlines between paragraphs', () => {
    const a = seed('003_370380c3d1bbbc9f.txt');
    expect(a.outlet).toEqual({ id: 'ap', name: 'AP' });
    expect([a.date, a.dateSource]).toEqual(['2022-03-15', 'date-line']);
    expect([a.title, a.titleSource]).toEqual([
      'Ukraine said Tuesday that Russia seemed to soften its stand in the…',
      'derived',
    ]);
    expect(a.removed).toEqual([{ text: 'date 2022-03-15', reason: 'date line' }]);
    expect(a.blocks).toHaveLength(18);
    expect(a.blocks.every((b) => b.kind === 'paragraph')).toBe(true);
    // Counted by hand: 18 paragraphs, 3 of them with two sentences.
    expect(a.sentences).toHaveLength(21);
    expect(a.sentences[0]!.text).toMatch(/^KYIV, Ukraine • Ukraine said Tuesday/);
    expect(a.sentences[20]!.text).toBe(
      'The U.N. said close to 700 civilians in Ukraine have been confirmed killed, with the true figure probably much higher.',
    );
    expectClean(a);
  });

  it('004: The Hindu caption glued to the date line, timestamp line, headline', () => {
    const a = seed('004_14bbde22b0efa9c9.txt');
    expect(a.outlet).toEqual({ id: 'the-hindu', name: 'The Hindu' });
    expect([a.date, a.dateSource]).toEqual(['2022-03-03', 'date-line']);
    expect([a.title, a.titleSource]).toEqual(["Russian troops' advance stalled outside Kyiv", 'headline']);
    expect(a.removed.map((r) => [r.reason, r.text.slice(0, 40)])).toEqual([
      ['date line', 'date 2022-03-03'],
      ['photo caption', 'Ukrainian Defence minister Oleksii Rezni'],
      ['timestamp line', 'March 03, 2022 23:25 IST'],
      ['headline (shown as the title)', "Russian troops' advance stalled outside "],
    ]);
    // Counted by hand: 10 paragraphs holding 17 sentences.
    expect(a.sentences).toHaveLength(17);
    expect(a.sentences[0]!.text).toMatch(/^Russian and Ukrainian negotiators met on Thursday/);
    expect(a.sentences[6]!.text).toMatch(/^Mr\. Podolyak said Ukraine would demand/);
    expectClean(a);
  });
});

describe('record forms', () => {
  it('JSONL: field aliases, the title line not repeated as a sentence, file:line', () => {
    const line = JSON.stringify({
      id: 'x-1',
      source: 'The New York Times',
      published: '2019-03-08',
      headline: 'House Passes Bill',
      link: 'https://example.org/a',
      body: 'House Passes Bill\n\nThe House passed the bill on Friday. It goes to the Senate.',
    });
    const { articles, diagnostics } = parseCorpusFile('a.jsonl', encode(`${line}\n`), undefined, {
      today: TODAY,
    });
    expect(diagnostics).toEqual([]);
    const a = articles[0]!;
    expect(a.file).toBe('a.jsonl:1');
    expect(a.outlet).toEqual({ id: 'new-york-times', name: 'The New York Times' });
    expect([a.date, a.dateSource, a.title, a.titleSource]).toEqual([
      '2019-03-08',
      'field',
      'House Passes Bill',
      'field',
    ]);
    expect(a.url).toBe('https://example.org/a');
    expect(a.sourceId).toBe('x-1');
    expect(a.removed).toEqual([{ text: 'House Passes Bill', reason: 'title line (same as the title)' }]);
    expect(sentenceTexts(a)).toEqual(['The House passed the bill on Friday.', 'It goes to the Senate.']);
    expect(a.id).toBe('2019-03-08-new-york-times-house-passes-bill');
  });

  it('CSV: Ground News shape, day-first datetime, quoted newlines, alias outlet names, file#row', () => {
    const csv =
      'title,text,outlet_name,datetime,label,id\n' +
      'Pipeline deal,"ALICANTE, Spain (AP) \uFFFD Spain agreed Friday.\n\nIt is ""big"".",Associated Press News,9/12/2022 05:20:13,RIGHT,8\n' +
      'Other,Al Jazeera says so.,AI Jazeera,9/12/2022 22:16,CENTER,9\n';
    const { articles, diagnostics } = parseCorpusFile('s.csv', encode(csv), undefined, { today: TODAY });
    expect(articles.map((a) => [a.file, a.outlet.id, a.date, a.sourceId])).toEqual([
      ['s.csv#2', 'ap', '2022-12-09', '8'],
      ['s.csv#3', 'al-jazeera', '2022-12-09', '9'],
    ]);
    expect(sentenceTexts(articles[0]!)).toEqual([
      'ALICANTE, Spain (AP) \uFFFD Spain agreed Friday.',
      'It is "big".',
    ]);
    expect(articles[0]!.warnings).toEqual([
      '1 character was lost upstream (U+FFFD, mostly quotes and dashes); kept as printed',
    ]);
    expect(diagnostics).toEqual([
      {
        file: 's.csv',
        line: 2,
        severity: 'warning',
        message: 'row 2: 1 character was lost upstream (U+FFFD, mostly quotes and dashes); kept as printed',
      },
    ]);
  });

  it('Markdown: YAML front matter holds the fields', () => {
    const md =
      '---\noutlet: BBC\ndate: 2022-03-11\ntitle: "Talks: some progress"\nurl: ftp://x\n---\nPutin spoke. He said little.\n';
    const { articles } = parseCorpusFile('n/b.md', encode(md), undefined, { today: TODAY });
    const a = articles[0]!;
    expect([a.file, a.outlet.id, a.date, a.title, a.titleSource]).toEqual([
      'n/b.md',
      'bbc',
      '2022-03-11',
      'Talks: some progress',
      'field',
    ]);
    expect(a.url).toBeUndefined();
    expect(a.warnings).toEqual(['url "ftp://x" is not an http(s) address; dropped']);
    expect(sentenceTexts(a)).toEqual(['Putin spoke.', 'He said little.']);
  });

  it('a blank outlet field falls back to the text cues, with a warning', () => {
    const line = JSON.stringify({
      outlet: ' ',
      date: '2022-03-11',
      text: 'MOSCOW (Reuters) - Talks went on.',
    });
    const a = parseCorpusFile('c.jsonl', encode(line), undefined, { today: TODAY }).articles[0]!;
    expect(a.outlet.id).toBe('reuters');
    expect(a.warnings).toEqual(['blank outlet name: "reuters" detected from the text']);
    expect(a.title).toBe('Talks went on');
  });

  it('drops another story’s card printed above the dateline, and lists it', () => {
    const text = [
      'China announces more easing of COVID restrictions following protests',
      'But for some American companies with factories in China, it may be too little, too late.',
      'BEIJING -- A rash of COVID-19 cases was reported Friday. Schools closed.',
    ].join('\n\n');
    const record = {
      outlet: 'ABC News',
      date: '2022-12-09',
      title: 'China struggles with rise in cases',
      text,
    };
    const a = parseCorpusFile('c.jsonl', encode(JSON.stringify(record)), undefined, { today: TODAY })
      .articles[0]!;
    expect(sentenceTexts(a)).toEqual([
      'BEIJING -- A rash of COVID-19 cases was reported Friday.',
      'Schools closed.',
    ]);
    expect(a.removed.map((r) => r.reason)).toEqual([
      'above the dateline: a headline and teaser, not the article’s text',
      'above the dateline: a headline and teaser, not the article’s text',
    ]);
    // Without a dateline, or with more text above it than a card holds, nothing is taken.
    const plain = { ...record, text: text.replace('BEIJING -- ', '') };
    const kept = parseCorpusFile('c.jsonl', encode(JSON.stringify(plain)), undefined, { today: TODAY })
      .articles[0]!;
    expect(sentenceTexts(kept)[0]).toMatch(/^But for some American companies/);
    expect(kept.removed).toEqual([]);
    // A heading alone above the dateline is the article's own other headline: kept as a heading, as before.
    const own = {
      ...record,
      text: `Governor appoints ex-aide\n\nBOSTON — The governor appointed him. He agreed.`,
    };
    const ownArticle = parseCorpusFile('c.jsonl', encode(JSON.stringify(own)), undefined, { today: TODAY })
      .articles[0]!;
    expect([ownArticle.removed, ownArticle.blocks[0]?.kind]).toEqual([[], 'heading']);
    const long = { ...record, text: `${'A long opening paragraph. '.repeat(30)}\n\n${text}` };
    expect(
      parseCorpusFile('c.jsonl', encode(JSON.stringify(long)), undefined, { today: TODAY }).articles[0]!
        .removed,
    ).toEqual([]);
  });

  it('an outlet field that names no outlet ("News", "Staff") is read like a blank one', () => {
    const parse = (outlet: string, text: string) =>
      parseCorpusFile('c.jsonl', encode(JSON.stringify({ outlet, date: '2022-03-11', text })), undefined, {
        today: TODAY,
      }).articles[0]!;
    const cued = parse('News', 'MOSCOW (Reuters) - Talks went on.');
    expect(cued.outlet.id).toBe('reuters');
    expect(cued.warnings).toEqual(['outlet name "News" names no outlet: "reuters" detected from the text']);
    const bare = parse(' staff ', 'Talks went on.');
    expect(bare.outlet.id).toBe('unknown');
    expect(bare.warnings).toEqual([
      'outlet name "staff" names no outlet and no outlet cue in the text: filed as "unknown"; add the outlet name (or a cue in data/outlets.json)',
    ]);
    // A real name that merely contains the word is still that outlet.
    expect(parse('Evening News', 'Talks went on.').outlet.id).toBe('evening-news');
  });
});
