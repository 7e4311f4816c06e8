import { colourCss, escapeHtml } from './comparison-html';
import { pairHref } from './url';
import {
  partText,
  type InsightGroup,
  type InsightItem,
  type InsightsView,
  type QuoteLine,
  type RowAnchor,
} from './insights';

/*
 * The insights panel's groups, and the event page's pair links and outlet lists, as HTML strings. As with the rows
 * (comparison-html.ts), the page inserts them as they are: a 31-outlet event finds hundreds of insights and lists 465
 * pairs, thousands of elements that React would otherwise serialise into the page's payload as an element tree and
 * hydrate one by one while the page loads, though none of them ever changes. The markup is what the React components
 * wrote; CSS and the browser tests read the same classes.
 *
 * Every corpus text (labels, quoted words, outlet names) goes through `escapeHtml`.
 */

/** Findings shown per kind before "Show N more"; quote renderings shown before they fold. */
export const SHOWN = 5;
export const QUOTES_SHOWN = 4;

/**
 * "passages 2, 16, 34": links to rows. A row the event page shows is its `#r<N>` anchor (`rowsPage` before it when the
 * list is on another page); a row only a pair view shows links there (`base` is the site's base path), marked ↗ so the
 * reader knows it opens another view.
 */
export function rowLinksHtml(links: readonly RowAnchor[], more: number, base: string, rowsPage = ''): string {
  if (links.length === 0) return '';
  const total = links.length + more;
  const anchors = links.map((l, i) => {
    const sep = i > 0 ? ', ' : '';
    if (!l.page)
      return `<span>${sep}<a href="${escapeHtml(rowsPage)}#r${l.n}" aria-label="Passage ${l.n}">${l.n}</a></span>`;
    const name = `Passage ${l.n}, in a two-outlet view`;
    return (
      `<span>${sep}<a href="${escapeHtml(`${base}${l.page}#r${l.n}`)}" aria-label="${name}" title="${name}">` +
      `${l.n}<span aria-hidden="true">↗</span></a></span>`
    );
  });
  return (
    `<span class="row-links">${total === 1 ? 'passage' : 'passages'} ${anchors.join('')}` +
    (more > 0 ? `<span class="muted">, and ${more} more</span>` : '') +
    `</span>`
  );
}

type Names = InsightsView['outletNames'];

/**
 * Where a panel is drawn. On the event page of a wide event (`allFindings` set) each kind shows its first findings and
 * links to the event's page of all findings for the rest, rather than carrying thousands of folded elements the reader
 * may never open (on the 31-outlet Ground News event they were half the page's elements). On that page (`rowsPage`
 * set) every finding is listed, none folded, and its passage links lead back to the event page.
 */
export interface PanelPlace {
  allFindings?: string;
  rowsPage?: string;
}

/** Findings a panel folds away: past the first SHOWN of a list, or every item of a kind folded whole. */
export function foldedFindings(view: InsightsView): number {
  return view.groups.reduce(
    (n, g) =>
      n +
      Math.max(0, g.totals.length - SHOWN) +
      (g.foldItems ? g.items.length : Math.max(0, g.items.length - SHOWN)),
    0,
  );
}

/** Past this many folded findings, an event's panel moves them to a page of their own (see PanelPlace). */
export const WIDE_FINDINGS = 100;

export function hasFindingsPage(view: InsightsView): boolean {
  return foldedFindings(view) > WIDE_FINDINGS;
}

/** The label's parts as text; words as an outlet printed them marked, outlets by name. */
function labelHtml(item: InsightItem, names: Names): string {
  const name = (id: string) => names[id] ?? id;
  return item.label
    .map((p) => {
      const text = escapeHtml(partText(p, name));
      return 'word' in p ? `<span class="iw">${text}</span>` : text;
    })
    .join('');
}

function quotesHtml(quotes: readonly QuoteLine[]): string {
  const list =
    `<ul class="quote-lines">` +
    quotes
      .map(
        (q) =>
          `<li><span class="oc quote-outlet" style="${escapeHtml(colourCss(q.colour))}">${escapeHtml(q.name)}</span>` +
          (q.verb ? `<span class="muted"> (${escapeHtml(q.verb)})</span>` : '') +
          `: <span class="quote-text">“${escapeHtml(q.text)}”</span></li>`,
      )
      .join('') +
    `</ul>`;
  if (quotes.length <= QUOTES_SHOWN) return list;
  return `<details><summary>How each of ${quotes.length} outlets printed it</summary>${list}</details>`;
}

function itemHtml(item: InsightItem, names: Names, base: string, place: PanelPlace): string {
  return (
    `<li>${labelHtml(item, names)}` +
    (item.links.length > 0
      ? ` <span class="muted">·</span> ${rowLinksHtml(item.links, item.more, base, place.rowsPage)}`
      : '') +
    (item.quotes ? quotesHtml(item.quotes) : '') +
    `</li>`
  );
}

/** A list of findings: the first SHOWN, the rest behind "Show N more" (or on the page of all findings). */
function itemsHtml(
  items: readonly InsightItem[],
  names: Names,
  className: string,
  base: string,
  place: PanelPlace,
  groupId: string,
): string {
  if (items.length === 0) return '';
  const list = (xs: readonly InsightItem[]) =>
    `<ul class="${className}">${xs.map((x) => itemHtml(x, names, base, place)).join('')}</ul>`;
  // The page of all findings lists each kind whole: the reader came for the rest.
  if (place.rowsPage !== undefined) return list(items);
  const rest = items.slice(SHOWN);
  if (rest.length > 0 && place.allFindings)
    return list(items.slice(0, SHOWN)) + moreLink(place.allFindings, groupId, `${rest.length} more`);
  return (
    list(items.slice(0, SHOWN)) +
    (rest.length > 0
      ? `<details class="insight-more"><summary>Show ${rest.length} more</summary>${list(rest)}</details>`
      : '')
  );
}

function moreLink(href: string, groupId: string, what: string): string {
  return `<p class="insight-more"><a href="${escapeHtml(`${href}#${groupId}`)}">${escapeHtml(what)} on the page of all findings</a></p>`;
}

function groupHtml(group: InsightGroup, names: Names, base: string, place: PanelPlace): string {
  const items = () => itemsHtml(group.items, names, 'insight-list', base, place, group.id);
  const byPassage = `Passage by passage (${group.items.length})`;
  return (
    `<section class="insight-group" id="${group.id}" aria-labelledby="${group.id}-title">` +
    `<h3 id="${group.id}-title" class="insight-kind">${escapeHtml(group.title)}</h3>` +
    `<p class="kicker">${escapeHtml(group.note)}</p>` +
    itemsHtml(group.totals, names, 'insight-list insight-totals', base, place, group.id) +
    (!group.foldItems || place.rowsPage !== undefined
      ? items()
      : place.allFindings && group.items.length > 0
        ? moreLink(place.allFindings, group.id, byPassage)
        : `<details class="insight-more"><summary>${byPassage}</summary>${items()}</details>`) +
    `</section>`
  );
}

/** The panel's groups (copied text, quotes, figures, names, word choice), each a `<section>`. */
export function insightGroupsHtml(view: InsightsView, base: string, place: PanelPlace = {}): string {
  return view.groups.map((g) => groupHtml(g, view.outletNames, base, place)).join('');
}

/** The `<li>` of each pair view's link (`?pair=`), in the order given. */
export function pairLinksHtml(
  eventId: string,
  pairs: readonly { a: string; b: string; label: string }[],
  base: string,
): string {
  return pairs
    .map(
      (p) =>
        `<li><a href="${escapeHtml(pairHref(`${base}/events/${eventId}/`, p.a, p.b))}">${escapeHtml(p.label)}</a></li>`,
    )
    .join('');
}

/** An `<option>` per column (value: its key, text: its outlet), the one at `selected` chosen: the pair form's lists. */
export function outletOptionsHtml(
  columns: readonly { key: string; outlet: { name: string } }[],
  selected: number,
): string {
  return columns
    .map(
      (c, i) =>
        `<option value="${escapeHtml(c.key)}"${i === selected ? ' selected' : ''}>${escapeHtml(c.outlet.name)}</option>`,
    )
    .join('');
}
