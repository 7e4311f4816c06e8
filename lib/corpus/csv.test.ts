import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads quoted fields with commas, newlines and doubled quotes; rows numbered from the header', () => {
    const { records, problems } = parseCsv('a,b\r\n"x, y","line one\nline ""two"""\r\n\r\nlast,\n');
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { row: 1, line: 1, fields: ['a', 'b'] },
      { row: 2, line: 2, fields: ['x, y', 'line one\nline "two"'] },
      { row: 3, line: 5, fields: ['last', ''] },
    ]);
  });

  it('an unterminated quote skips its row only and reading resumes on the next line', () => {
    const { records, problems } = parseCsv('h1,h2\nok,1\nbad,"never closed\nafter,2\n');
    expect(records.map((r) => [r.row, r.line, r.fields])).toEqual([
      [1, 1, ['h1', 'h2']],
      [2, 2, ['ok', '1']],
      [4, 4, ['after', '2']],
    ]);
    expect(problems).toEqual([
      {
        row: 3,
        line: 3,
        message:
          'row 3 (line 3): a quoted field opens but never closes, so the row was skipped; close the quote, and write a quote inside a field as ""',
      },
    ]);
  });

  it('is lenient with a quote inside an unquoted field and with lone CR line ends', () => {
    expect(parseCsv('a,5" screen\rb,c').records.map((r) => r.fields)).toEqual([
      ['a', '5" screen'],
      ['b', 'c'],
    ]);
  });

  it('gives nothing for empty input', () => {
    expect(parseCsv('')).toEqual({ records: [], problems: [] });
  });
});
