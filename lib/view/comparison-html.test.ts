import { describe, expect, it } from 'vitest';
import type { Column } from './comparison';
import { comparisonBodyHtml, comparisonRowsHtml, escapeHtml, rowToolsHtml } from './comparison-html';
import type { ComparisonLayout, LaidGroup } from './comparison-layout';

const colour = { light: '#123456', dark: '#abcdef' };

describe('escapeHtml', () => {
  it('writes the five markup characters as entities and leaves the rest', () => {
    expect(escapeHtml(`<img src=x onerror="alert(1)"> & 'quoted' &amp; “curly” é`)).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#x27;quoted&#x27; &amp;amp; “curly” é',
    );
    expect(escapeHtml('')).toBe('');
  });
});

describe('comparisonRowsHtml', () => {
  it('writes a row: number link, tag, an empty cell and a marked cell', () => {
    const groups: LaidGroup[] = [
      {
        folded: false,
        row: {
          n: 7,
          kind: 'partial',
          tag: { text: 'AFP did not carry this passage: marked against REUTERS', note: true },
          cells: [
            { key: 'afp', name: 'AFP', col: 2, empty: true },
            {
              key: 'tass',
              name: 'TASS',
              col: 3,
              empty: false,
              colour,
              headings: ['Talks'],
              marks: [
                { kind: 'same', text: 'Only two ' },
                { kind: 'missing', text: 'carried' },
                { kind: 'added', text: 'told' },
                { kind: 'same', text: ' it.' },
              ],
              against: 'REUTERS',
            },
          ],
        },
      },
    ];
    expect(comparisonRowsHtml(groups)).toBe(
      '<li id="r7" class="cmp-row cmp-grid kind-partial">' +
        '<a class="row-num" href="#r7" aria-label="Passage 7">7</a>' +
        '<div class="row-tag row-note muted">AFP did not carry this passage: marked against REUTERS</div>' +
        '<div class="cell cell-empty" style="--col:2"><span aria-hidden="true">—</span><span class="sr-only">AFP: not carried</span></div>' +
        '<div class="cell oc" style="--c-l:#123456;--c-d:#abcdef;--col:3"><span class="cell-label">TASS</span>' +
        '<h3 class="cell-heading">Talks</h3><div style="color:var(--ink)"><p>Only two ' +
        '<del class="mark-missing" title="REUTERS had these words"><span class="sr-only">[REUTERS had: </span>carried<span class="sr-only">]</span></del>' +
        '<ins class="mark-added" title="Not in REUTERS"><span class="sr-only">[not in REUTERS: </span>told<span class="sr-only">]</span></ins>' +
        ' it.</p></div></div></li>',
    );
  });

  it('writes a folded run as one line with the button that opens it', () => {
    expect(comparisonRowsHtml([{ folded: true, first: 3, count: 1, owners: 'TASS 1' }])).toBe(
      '<li class="cmp-row cmp-grid"><span></span><div class="collapsed-group">' +
        '<button type="button" class="button" data-open-fold="3">Show 1 passage only one outlet carried (TASS 1)</button>' +
        '</div></li>',
    );
  });

  it('keeps hostile corpus text inert: in text, headings, names, tags and colours', () => {
    const rows = (text: string): LaidGroup[] => [
      {
        folded: false,
        row: {
          n: 1,
          kind: 'unique',
          tag: { text: `Only in ${text}`, colour: { light: text, dark: text } },
          cells: [
            {
              key: 'x',
              name: text,
              col: 2,
              empty: false,
              colour: { light: text, dark: '#000' },
              headings: [text],
              marks: [
                { kind: 'same', text },
                { kind: 'added', text },
                { kind: 'missing', text },
              ],
              against: text,
            },
          ],
        },
      },
      { folded: true, first: 2, count: 2, owners: text },
    ];
    const tags = (html: string) => html.match(/<\/?[a-z][a-z0-9]*/g);
    const evil = comparisonRowsHtml(rows('<script>alert(1)</script>"><img src=x onerror=alert(2)>'));
    // The same elements as with harmless text: the hostile text made none, nor closed an attribute; and it is all
    // there, as text, in each of its 14 places (tag, 3 colours, name, heading, 3 marks with 2 titles and 2 notes, fold).
    expect(tags(evil)).toEqual(tags(comparisonRowsHtml(rows('plain'))));
    expect(evil.match(/&lt;script&gt;alert\(1\)&lt;\/script&gt;&quot;&gt;&lt;img/g)?.length).toBe(14);
  });
});

describe('comparisonBodyHtml', () => {
  const column = (key: string, name: string, extra: Partial<Column> = {}): Column => ({
    key,
    articleId: `2022-03-11-${key}-x`,
    outlet: { id: key, name },
    title: `${name} <b>title</b>`,
    date: '2022-03-11',
    sentenceCount: 3,
    colour,
    ...extra,
  });
  const layout = (over: Partial<ComparisonLayout> = {}): ComparisonLayout => ({
    columns: [
      column('afp', 'AFP'),
      column('reuters', 'Reuters & Co', { url: 'https://example.com/a?b=1&c=2' }),
    ],
    base: 'reuters',
    baseName: 'Reuters & Co',
    single: false,
    groups: [],
    rowCount: 0,
    ...over,
  });

  it('writes legend, heads under the base path and the rows, every corpus text escaped', () => {
    const html = comparisonBodyHtml(layout(), '/news');
    expect(html).toContain(
      '<p class="legend"><span>Marked against <strong>Reuters &amp; Co</strong>:</span>',
    );
    expect(html).toContain('<h2 class="col-name">Reuters &amp; Co<span class="muted"> · base</span></h2>');
    expect(html).toContain('<h2 class="col-name">AFP</h2>');
    expect(html).toContain('<div class="col-title">AFP &lt;b&gt;title&lt;/b&gt;</div>');
    expect(html).toContain('<time datetime="2022-03-11">11 March 2022</time>');
    expect(html).toContain('<a href="/news/articles/2022-03-11-afp-x/">Full text</a>');
    expect(html).toContain(
      '<a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer nofollow">Original</a>',
    );
    expect(html.match(/Original/g)).toHaveLength(1);
    expect(html).toContain('<ol class="cmp-rows" aria-label="Aligned passages"></ol>');
    expect(html).toContain('No passages to show with these choices.');
    expect(html).not.toContain('<b>');
  });

  it('a single outlet: the legend is hidden and no column is called the base', () => {
    const html = comparisonBodyHtml(
      layout({ columns: [column('afp', 'AFP')], base: 'afp', single: true, rowCount: 2 }),
      '',
    );
    expect(html).toContain('<p class="legend" hidden="">');
    expect(html).not.toContain(' · base');
    expect(html).not.toContain('No passages');
  });
});

describe('rowToolsHtml', () => {
  it('a copy button for the row and its carriers as text', () => {
    expect(rowToolsHtml(12, '2 of 3 <outlets>')).toBe(
      '<div class="row-tools"><button type="button" class="button" data-copy-row="12">Copy link to passage 12</button>' +
        '<span class="muted">2 of 3 &lt;outlets&gt;</span></div>',
    );
  });
});
