import { describe, expect, it } from 'vitest';
import type { Article, CorpusIndex, Event } from '../types';
import { articlesById, articleSummary, dataIndex, eventData, eventEntry } from './data';
import { csvField, eventCsv } from './csv';

function article(id: string, outlet: string, sentences: string[]): Article {
  return {
    id,
    file: `${id}.txt`,
    outlet: { id: outlet, name: outlet.toUpperCase() },
    date: '2022-03-11',
    dateSource: 'date-line',
    title: `Title ${id}`,
    titleSource: 'headline',
    blocks: [{ kind: 'paragraph', text: sentences.join(' ') }],
    removed: [{ text: 'Subscribe now', reason: 'newsletter prompt' }],
    sentences: sentences.map((text) => ({ text, block: 0 })),
    warnings: [],
  };
}

const a = article('a1', 'afp', ['Putin spoke in Lutsk.', 'Talks went on, "every day".']);
const b = article('b1', 'reuters', ['Putin said so.']);
const c = article('c1', 'reuters', ['A second Reuters copy.']);
const event: Event = {
  id: 'e1',
  date: '2022-03-11',
  title: 'Talks',
  articleIds: ['a1', 'b1', 'c1'],
  rows: [
    { cells: { a1: [0], b1: [0] }, score: 0.71234567 },
    { cells: { a1: [1], c1: [0] }, score: 0.5 },
    { cells: { a1: [0, 1] }, score: 1 },
  ],
  insights: [
    {
      kind: 'name',
      scope: 'event',
      articles: ['a1', 'b1'],
      outlets: ['afp', 'reuters'],
      rows: [0],
      words: ['Lutsk', 'Lutzk'],
      label: [{ text: 'Lutsk (AFP) / Lutzk (REUTERS)' }],
      variants: [
        { spelling: 'Lutsk', articles: ['a1'], outlets: ['afp'] },
        { spelling: 'Lutzk', articles: ['b1'], outlets: ['reuters'] },
      ],
    },
  ],
};
const index: CorpusIndex = { version: 1, articles: [a, b, c], events: [event], stories: [], diagnostics: [] };

describe('dataIndex', () => {
  it('drops text, rows and insights, keeps counts', () => {
    expect(articleSummary(a)).toEqual({
      id: 'a1',
      file: 'a1.txt',
      outlet: { id: 'afp', name: 'AFP' },
      date: '2022-03-11',
      dateSource: 'date-line',
      title: 'Title a1',
      titleSource: 'headline',
      warnings: [],
      sentenceCount: 2,
    });
    expect(eventEntry(event)).toEqual({
      id: 'e1',
      date: '2022-03-11',
      title: 'Talks',
      articleIds: ['a1', 'b1', 'c1'],
      rowCount: 3,
    });
    const story = { id: 's1', title: 'Talks', eventIds: ['e0', 'e1'], changes: ['One.', 'Two.'] };
    const listing = dataIndex({ ...index, stories: [story] });
    expect(listing.articles.map((x) => x.id)).toEqual(['a1', 'b1', 'c1']);
    expect(listing.stories).toEqual([story]);
    expect(JSON.stringify(listing)).not.toContain('Lutsk');
    expect(JSON.stringify(listing)).not.toContain('Subscribe');
  });
});

describe('eventData', () => {
  it('carries the event, its insights and its articles in articleIds order', () => {
    const data = eventData(index, event, articlesById({ articles: [c, b, a] }));
    expect(data.articles.map((x) => x.id)).toEqual(['a1', 'b1', 'c1']);
    expect(data.event).toBe(event);
    expect(data.event.insights?.map((i) => i.label)).toEqual([[{ text: 'Lutsk (AFP) / Lutzk (REUTERS)' }]]);
  });
  it('refuses an event that names a missing article', () => {
    expect(() => eventData(index, event, articlesById({ articles: [a] }))).toThrow('names article b1');
  });
});

describe('csv', () => {
  it('quotes every field per RFC 4180', () => {
    expect(csvField('plain')).toBe('"plain"');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' edge')).toBe('" edge"');
    expect(csvField('')).toBe('""');
  });
  it('writes one record per row with a BOM and CRLF', () => {
    expect(eventCsv(event, [a, b, c])).toBe(
      '\uFEFF"row","score","afp","reuters","reuters-2","related"\r\n' +
        '"1","0.7123","Putin spoke in Lutsk.","Putin said so.","",""\r\n' +
        '"2","0.5","Talks went on, ""every day"".","","A second Reuters copy.",""\r\n' +
        '"3","1","Putin spoke in Lutsk. Talks went on, ""every day"".","","",""\r\n',
    );
  });
  it('names, per row, the passages of other articles that tell it differently (the related links)', () => {
    const told: Event = {
      ...event,
      related: [{ a: 'a1', ai: [0], b: 'b1', bi: [0], score: 0.3, shared: ['Lutsk', '=cmd'] }],
    };
    const lines = eventCsv(told, [a, b, c]).split('\r\n');
    expect(lines[0]).toBe('\uFEFF"row","score","afp","reuters","reuters-2","related"');
    // Row 1 holds a1:0 and b1:0 together, so the link adds nothing there; row 3 holds a1:0 again (as in the fixture).
    expect(lines[3]).toBe(
      '"3","1","Putin spoke in Lutsk. Talks went on, ""every day"".","","","afp ~ reuters row 1 (Lutsk, =cmd)"',
    );
  });
  it('turns a cell a spreadsheet would run as a formula into text: a leading quote mark, inside quotes', () => {
    const hostile = article('h1', 'afp', [
      '=HYPERLINK("http://x","y")',
      "+cmd|' /C calc'!A0",
      '-2+3',
      '@SUM(A1)',
      '\t=1+1',
      '\r=1+1',
      'A normal sentence = fine, -2 too.',
    ]);
    const other = article('o1', 'reuters', ['Also normal.']);
    const e: Event = {
      id: 'e2',
      date: '2022-03-11',
      title: 'Formulas',
      articleIds: ['h1', 'o1'],
      rows: [...hostile.sentences.keys()].map((i): Event['rows'][number] => ({
        cells: i === 6 ? { h1: [i], o1: [0] } : { h1: [i] },
        score: 1,
      })),
    };
    expect(eventCsv(e, [hostile, other])).toBe(
      '\uFEFF"row","score","afp","reuters","related"\r\n' +
        '"1","1","\'=HYPERLINK(""http://x"",""y"")","",""\r\n' +
        '"2","1","\'+cmd|\' /C calc\'!A0","",""\r\n' +
        '"3","1","\'-2+3","",""\r\n' +
        '"4","1","\'@SUM(A1)","",""\r\n' +
        '"5","1","\'\t=1+1","",""\r\n' +
        '"6","1","\'\r=1+1","",""\r\n' +
        '"7","1","A normal sentence = fine, -2 too.","Also normal.",""\r\n',
    );
  });
});
