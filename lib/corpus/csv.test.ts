import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from './csv';

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

describe('detectDelimiter', () => {
  it('reads semicolons and tabs as spreadsheet exports write them, quotes and all', () => {
    const semi = 'title;text;outlet\r\nA;"Talks, then ""more"" talks; none";CNN\r\nB;Second;BBC\r\n';
    expect(detectDelimiter(semi)).toBe(';');
    expect(parseCsv(semi).records.map((r) => r.fields)).toEqual([
      ['title', 'text', 'outlet'],
      ['A', 'Talks, then "more" talks; none', 'CNN'],
      ['B', 'Second', 'BBC'],
    ]);
    const tab = 'title\ttext\toutlet\nA\t"Two\tlines,\nhere; too"\tCNN\n';
    expect(detectDelimiter(tab)).toBe('\t');
    expect(parseCsv(tab).records.map((r) => [r.row, r.line, r.fields])).toEqual([
      [1, 1, ['title', 'text', 'outlet']],
      [2, 2, ['A', 'Two\tlines,\nhere; too', 'CNN']],
    ]);
  });

  it('stays comma when the text holds semicolons or tabs outside quotes, and for one column', () => {
    expect(detectDelimiter('title,text\nA,He came; he saw; he left.\nB,One\ttab; two;\n')).toBe(',');
    expect(detectDelimiter('text\nOne; two\tthree\n')).toBe(',');
    expect(detectDelimiter('')).toBe(',');
  });

  it('does not count a separator inside a quoted header field', () => {
    expect(detectDelimiter('"a","b;c;d"\n')).toBe(',');
    expect(detectDelimiter('"a";"b,c,d"\n')).toBe(';');
    expect(detectDelimiter('"a"\t"b;c,d"\n')).toBe('\t');
  });

  it('a one-column header is comma whatever its records hold: the text keeps its semicolons', () => {
    expect(detectDelimiter('"text"\n"x";"y"\n')).toBe(',');
    expect(parseCsv('text\nOne; two\n').records.map((r) => r.fields)).toEqual([['text'], ['One; two']]);
  });

  it('a header that splits two ways: the separator under which the records fit the header wins', () => {
    // Four columns by comma, two by semicolon; the records have two semicolon fields, commas at random.
    const text = 'a,b;c,d\nx;y, z\np;q\nr, s;t\n';
    expect(detectDelimiter(text)).toBe(';');
  });

  it('reads only the head of a long file, and a record cut at its end does not count', () => {
    // Whole, the third record has two fields either way; cut at 64 KiB it would have two by comma, one by semicolon,
    // and tie the comma with the semicolon that the second record fits.
    const text = `a,b;c\nx;y\np, q${' w'.repeat(40_000)};r\n`;
    expect(detectDelimiter(text)).toBe(';');
  });
});
