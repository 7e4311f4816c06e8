import { describe, expect, it } from 'vitest';
import { agreementText, allOutlets, eventAgreement, eventsByDay, formatDay, outletArticles } from './listing';
import { article, event } from './test-fixtures';

const p = (text: string) => [{ kind: 'paragraph' as const, text }];
const a = article('a', 'afp', p('One.'));
const r = article('r', 'reuters', p('One.'), { date: '2022-03-15' });
const m = article('m', 'afp', p('One.'), { publisher: { id: 'mint', name: 'Mint' }, date: null });

describe('eventAgreement', () => {
  it('counts rows every article carries', () => {
    const e = event('e', ['a', 'r'], [{ a: [0], r: [0] }, { a: [1] }, { r: [1] }, { a: [2], r: [] }]);
    expect(eventAgreement(e)).toEqual({ shared: 1, rows: 4, share: 0.25 });
    expect(agreementText(eventAgreement(e), 2)).toBe('1 of 4 passages told by both outlets (25%)');
    expect(agreementText({ shared: 2, rows: 3, share: 2 / 3 }, 3)).toBe(
      '2 of 3 passages told by all 3 outlets (67%)',
    );
  });
  it('has nothing to measure for one article', () => {
    expect(eventAgreement(event('e', ['a'], [{ a: [0] }]))).toEqual({ shared: 0, rows: 1, share: null });
    expect(agreementText({ shared: 0, rows: 1, share: null }, 1)).toBe('One outlet only');
  });
});

describe('eventsByDay', () => {
  it('orders events of one size by title code unit, the same under every locale', () => {
    const events = [
      event('o', ['a'], [], { date: '2022-03-11', title: 'Øresund bridge closed' }),
      event('z', ['a'], [], { date: '2022-03-11', title: 'Zealand farmers protest' }),
      event('s', ['a'], [], { date: '2022-03-11', title: 'aarhus harbour reopens' }),
    ];
    // localeCompare gave aarhus, Øresund, Zealand (and in Danish Zealand, Øresund, aarhus).
    expect(eventsByDay(events, [a])[0]?.events.map((e) => e.id)).toEqual(['z', 's', 'o']);
  });
  it('groups by day, newest first, undated last, bigger events first within a day', () => {
    const events = [
      event('small', ['a'], [], { date: '2022-03-11', title: 'B' }),
      event('big', ['a', 'r'], [], { date: '2022-03-11', title: 'Z' }),
      event('late', ['r'], [], { date: '2022-03-15', title: 'L' }),
      event('nodate', ['m'], [], { date: null, title: 'N' }),
    ];
    const days = eventsByDay(events, [a, r, m]);
    expect(days.map((d) => [d.date, d.events.map((e) => e.id)])).toEqual([
      ['2022-03-15', ['late']],
      ['2022-03-11', ['big', 'small']],
      [null, ['nodate']],
    ]);
    expect(days[1]?.events[0]?.outlets.map((o) => o.name)).toEqual(['AFP', 'REUTERS']);
  });
});

describe('formatDay', () => {
  it('writes the day without time zones', () => {
    expect(formatDay('2022-03-03')).toBe('3 March 2022');
    expect(formatDay('2022-12-31')).toBe('31 December 2022');
    expect(formatDay(null)).toBe('Undated');
    expect(formatDay('2022-13-01')).toBe('2022-13-01');
  });
});

describe('outlets', () => {
  it('lists authors and publishers, and an outlet finds what it published', () => {
    expect(allOutlets([a, r, m]).map((o) => o.id)).toEqual(['afp', 'mint', 'reuters']);
    expect(outletArticles('mint', [a, r, m]).map((x) => x.id)).toEqual(['m']);
    expect(outletArticles('afp', [a, r, m]).map((x) => x.id)).toEqual(['a', 'm']);
  });
});
