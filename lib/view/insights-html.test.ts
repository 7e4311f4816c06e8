import { describe, expect, it } from 'vitest';
import {
  foldedFindings,
  hasFindingsPage,
  insightGroupsHtml,
  pairLinksHtml,
  outletOptionsHtml,
  QUOTES_SHOWN,
  rowLinksHtml,
  SHOWN,
  WIDE_FINDINGS,
} from './insights-html';
import type { InsightGroup, InsightItem, InsightsView } from './insights';

const colour = { light: '#123456', dark: '#abcdef' };
const hostile = `<img src=x onerror="alert(1)">`;

function item(word: string, extra: Partial<InsightItem> = {}): InsightItem {
  return {
    label: [{ outlet: 'afp', possessive: true }, { text: ' figure ' }, { word }],
    links: [{ n: 3 }],
    more: 0,
    ...extra,
  };
}

function group(items: InsightItem[], extra: Partial<InsightGroup> = {}): InsightGroup {
  return {
    kind: 'number',
    id: 'insights-number',
    title: 'Figures',
    note: 'Figures about the same thing that do not match.',
    totals: [],
    items,
    rows: [],
    foldItems: false,
    ...extra,
  };
}

const view = (groups: InsightGroup[]): InsightsView => ({
  outletNames: { afp: 'AFP' },
  outlets: [],
  groups,
});

const count = (html: string, s: string) => html.split(s).length - 1;

describe('rowLinksHtml', () => {
  it('links a row this page shows in place, and a pair-view row under the base path, marked', () => {
    const html = rowLinksHtml([{ n: 2 }, { n: 16, page: '/events/e/?pair=afp-vs-tass' }], 3, '/news');
    expect(html).toBe(
      '<span class="row-links">passages <span><a href="#r2" aria-label="Passage 2">2</a></span>' +
        '<span>, <a href="/news/events/e/?pair=afp-vs-tass#r16" aria-label="Passage 16, in a two-outlet view" ' +
        'title="Passage 16, in a two-outlet view">16<span aria-hidden="true">↗</span></a></span>' +
        '<span class="muted">, and 3 more</span></span>',
    );
    expect(rowLinksHtml([{ n: 1 }], 0, '')).toContain('passage <span>');
    expect(rowLinksHtml([], 0, '')).toBe('');
  });
});

describe('insightGroupsHtml', () => {
  it('writes corpus words and outlet names as text, never markup', () => {
    const html = insightGroupsHtml(
      {
        outletNames: { afp: hostile },
        outlets: [],
        groups: [
          group([
            item(hostile, {
              quotes: [{ name: hostile, colour, text: `"${hostile}"`, verb: `<b>said</b>` }],
            }),
          ]),
        ],
      },
      '',
    );
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(count(html, '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;')).toBe(4);
    expect(html).toContain('<span class="iw">“&lt;img');
  });

  it(`shows ${SHOWN} findings and folds the rest behind "Show N more"`, () => {
    const items = Array.from({ length: SHOWN + 3 }, (_, i) => item(`w${i}`));
    const html = insightGroupsHtml(view([group(items)]), '');
    expect(count(html, '<li>')).toBe(SHOWN + 3);
    const [shown, folded] = html.split('<details class="insight-more"><summary>Show 3 more</summary>');
    expect(count(shown!, '<li>')).toBe(SHOWN);
    expect(count(folded!, '<li>')).toBe(3);
    expect(insightGroupsHtml(view([group(items.slice(0, SHOWN))]), '')).not.toContain('<details');
  });

  it(`folds the renderings of a quote past ${QUOTES_SHOWN} outlets`, () => {
    const quotes = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ name: `O${i}`, colour, text: 'words', verb: null }));
    const few = insightGroupsHtml(view([group([item('x', { quotes: quotes(QUOTES_SHOWN) })])]), '');
    const many = insightGroupsHtml(view([group([item('x', { quotes: quotes(QUOTES_SHOWN + 1) })])]), '');
    expect(few).not.toContain('How each of');
    expect(many).toContain(`<details><summary>How each of ${QUOTES_SHOWN + 1} outlets printed it</summary>`);
    expect(count(many, 'class="oc quote-outlet"')).toBe(QUOTES_SHOWN + 1);
  });

  it('folds the passage-by-passage items of a group that has totals, under its own count', () => {
    const html = insightGroupsHtml(
      view([
        group([item('a'), item('b')], {
          kind: 'wording',
          id: 'insights-wording',
          totals: [item('t')],
          foldItems: true,
        }),
      ]),
      '',
    );
    expect(html).toMatch(
      /^<section class="insight-group" id="insights-wording" aria-labelledby="insights-wording-title">/,
    );
    expect(html).toContain('<ul class="insight-list insight-totals"><li>AFP’s figure');
    expect(html).toContain(
      '<details class="insight-more"><summary>Passage by passage (2)</summary><ul class="insight-list">',
    );
  });
});

describe('a wide event: folded findings on a page of their own', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => item(`w${i}`, { links: [{ n: i + 1 }] }));

  it('counts what the panel folds: past the first of each list, and a whole passage-by-passage list', () => {
    expect(foldedFindings(view([group(many(SHOWN))]))).toBe(0);
    expect(foldedFindings(view([group(many(SHOWN + 4))]))).toBe(4);
    expect(foldedFindings(view([group(many(7), { totals: many(SHOWN + 2), foldItems: true })]))).toBe(2 + 7);
    expect(hasFindingsPage(view([group(many(SHOWN + WIDE_FINDINGS))]))).toBe(false);
    expect(hasFindingsPage(view([group(many(SHOWN + WIDE_FINDINGS + 1))]))).toBe(true);
  });

  it('on the event page, the rest of each list is a link to the page of all findings, not folded markup', () => {
    const groups = [
      group(many(SHOWN + 3)),
      group(many(4), { id: 'insights-copy', totals: many(2), foldItems: true }),
    ];
    const html = insightGroupsHtml(view(groups), '', { allFindings: '/news/events/e/findings/' });
    expect(html).not.toContain('<details');
    expect(count(html, '<li>')).toBe(SHOWN + 2);
    expect(html).toContain(
      '<p class="insight-more"><a href="/news/events/e/findings/#insights-number">3 more on the page of all findings</a></p>',
    );
    expect(html).toContain(
      '<a href="/news/events/e/findings/#insights-copy">Passage by passage (4) on the page of all findings</a>',
    );
  });

  it('on the page of all findings, every finding is there, none folded, and its passages link back to the event page', () => {
    const groups = [
      group(many(SHOWN + 3)),
      group(many(4), { id: 'insights-copy', totals: many(2), foldItems: true }),
    ];
    const html = insightGroupsHtml(view(groups), '', { rowsPage: '/events/e/' });
    expect(count(html, '<li>')).toBe(SHOWN + 3 + 2 + 4);
    expect(html).not.toContain('<details');
    expect(html).toContain('<a href="/events/e/#r8" aria-label="Passage 8">8</a>');
    expect(html).not.toContain('href="#r');
  });
});

describe('pairLinksHtml', () => {
  it('links each pair view under the base path, its label as text', () => {
    expect(pairLinksHtml('e1', [{ a: 'b', b: 'a', label: `A & ${hostile}` }], '/news')).toBe(
      '<li><a href="/news/events/e1/?pair=a-vs-b">A &amp; &lt;img src=x onerror=&quot;alert(1)&quot;&gt;</a></li>',
    );
  });
});

describe('outletOptionsHtml', () => {
  it('gives each column an option whose value is its key, the outlet as text, one selected', () => {
    const columns = [
      { key: 'a"b', outlet: { name: `A ${hostile}` } },
      { key: 'c', outlet: { name: 'C' } },
    ];
    expect(outletOptionsHtml(columns, 1)).toBe(
      '<option value="a&quot;b">A &lt;img src=x onerror=&quot;alert(1)&quot;&gt;</option>' +
        '<option value="c" selected>C</option>',
    );
  });
});
