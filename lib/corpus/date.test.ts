import { describe, expect, it } from 'vitest';
import { calendarDate, findDateLine, findTextDate, parseDateValue } from './date';

describe('parseDateValue', () => {
  it('reads ISO, day-first and written dates', () => {
    const values = [
      '2022-03-11',
      '2022-03-11T09:30:00Z',
      '2022-3-1',
      '9/12/2022 11:12',
      '09/12/2022 05:20:13',
      '31.12.2022',
      'March 11, 2022',
      'Dec. 9, 2022',
      'Friday, March 11, 2022',
      '11 March 2022',
      'March 03, 2022 23:25 IST',
    ];
    expect(values.map((v) => parseDateValue(v).date)).toEqual([
      '2022-03-11', '2022-03-11', '2022-03-01', '2022-12-09', '2022-12-09', '2022-12-31', '2022-03-11',
      '2022-12-09', '2022-03-11', '2022-03-11', '2022-03-03',
    ]); // prettier-ignore
  });

  it('refuses impossible days instead of rolling them over, and says what to write', () => {
    expect(parseDateValue('2022-02-30')).toEqual({
      date: null,
      problem: 'impossible date "2022-02-30": no such day; correct it (YYYY-MM-DD)',
    });
    expect(parseDateValue('31/04/2022').date).toBeNull();
    expect(parseDateValue('2024-02-29').date).toBe('2024-02-29');
    expect(parseDateValue('1900-02-29').date).toBeNull();
    expect(parseDateValue('yesterday')).toEqual({
      date: null,
      problem: 'unrecognised date "yesterday": write it as YYYY-MM-DD (or dd/MM/yyyy HH:mm)',
    });
    expect(parseDateValue('  ')).toEqual({ date: null });
  });

  it('calendarDate pads and validates', () => {
    expect(calendarDate(2022, 3, 1)).toBe('2022-03-01');
    expect(calendarDate(2022, 13, 1)).toBeNull();
    expect(calendarDate(2022, 2, 0)).toBeNull();
  });
});

describe('findDateLine', () => {
  it('takes the seed date line glued to the first paragraph', () => {
    expect(findDateLine(' date 2022-03-11 (Reuters) – Putin said')).toEqual({
      value: '2022-03-11',
      prefix: ' date 2022-03-11 ',
    });
    expect(findDateLine('date night in Paris was fun')).toBeNull();
    expect(findDateLine('Putin said')).toBeNull();
  });
});

describe('findTextDate', () => {
  it('prefers a timestamp line, else the latest date not after today', () => {
    const pressTv =
      'on the East Steps of the US Capitol on March 08, 2019 in Washington. (AFP photo)\nat the Kremlin in Moscow, Russia, on March 11, 2022. (Photo by Reuters)';
    expect(findTextDate(pressTv, '2026-01-01')).toEqual({ date: '2022-03-11', timed: false });
    expect(findTextDate('March 03, 2022 23:25 IST\n\nOn March 5, 2022 they met.', '2026-01-01')).toEqual({
      date: '2022-03-03',
      timed: true,
    });
    expect(findTextDate('The vote on March 20, 2030 and on March 1, 2022.', '2026-01-01')).toEqual({
      date: '2022-03-01',
      timed: false,
    });
    expect(findTextDate('On February 30, 2022 nothing happened.', '2026-01-01')).toBeNull();
  });
});
