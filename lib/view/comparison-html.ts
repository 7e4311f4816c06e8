import type { OutletColour } from './colour';
import type { RelatedTag, RelatedTagLink } from './comparison-related';
import type { Column } from './comparison';
import type { ComparisonLayout, LaidCell, LaidGroup, LaidRow } from './comparison-layout';
import { formatDay } from './listing';
import type { Mark } from './marks';

/*
 * The comparison's rows as an HTML string. A page inserts it as it is (React's dangerouslySetInnerHTML), so the
 * browser builds the rows from the HTML and React neither renders nor hydrates them: a comparison holds hundreds of
 * rows and thousands of elements, and hydrating each of them was most of the event page's main-thread work. The
 * markup is what the rows always were; CSS and the tests read the same classes.
 *
 * Every corpus text is untrusted (scraped pages): each one goes through `escapeHtml`, in text and in attributes.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
};

/** Text safe inside an element or a quoted attribute: `& < > " '` as entities (as React writes them), the rest as it is. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** The `.oc` class's custom properties, as React writes them from colourStyle. */
export function colourCss(colour: OutletColour): string {
  return `--c-l:${colour.light};--c-d:${colour.dark}`;
}

function marksHtml(marks: readonly Mark[], against: string): string {
  const name = escapeHtml(against);
  return marks
    .map((m) => {
      const text = escapeHtml(m.text);
      if (m.kind === 'same') return text;
      return m.kind === 'added'
        ? `<ins class="mark-added" title="Not in ${name}"><span class="sr-only">[not in ${name}: </span>${text}<span class="sr-only">]</span></ins>`
        : `<del class="mark-missing" title="${name} had these words"><span class="sr-only">[${name} had: </span>${text}<span class="sr-only">]</span></del>`;
    })
    .join('');
}

/** "¶9", a link to a related passage; a screen reader hears "Reuters, passage 9". */
function relatedLinkHtml(l: RelatedTagLink): string {
  return (
    `<a href="${escapeHtml(l.href)}" title="${escapeHtml(l.title)}">` +
    `<span aria-hidden="true">${escapeHtml(l.label)}</span><span class="sr-only">${escapeHtml(l.title)}</span></a>`
  );
}

function cellHtml(cell: LaidCell): string {
  // Explicit grid columns: a row tag above the cells must not push a cell into the number column.
  const col = `--col:${cell.col}`;
  if (cell.empty) {
    if (cell.toldAt) {
      // Not carried here, told in other words there: the sign and the words say it, each ¶ links to the passage.
      const links = cell.toldAt.map(relatedLinkHtml).join(', ');
      return (
        `<div class="cell cell-empty cell-told" style="${col}"><span aria-hidden="true">≈ </span>` +
        `<span class="sr-only">${escapeHtml(cell.name)}: </span>told in other words: ${links}</div>`
      );
    }
    return (
      `<div class="cell cell-empty" style="${col}"><span aria-hidden="true">—</span>` +
      `<span class="sr-only">${escapeHtml(cell.name)}: not carried</span></div>`
    );
  }
  return (
    `<div class="cell oc" style="${escapeHtml(colourCss(cell.colour))};${col}">` +
    `<span class="cell-label">${escapeHtml(cell.name)}</span>` +
    cell.headings.map((h) => `<h3 class="cell-heading">${escapeHtml(h)}</h3>`).join('') +
    `<div style="color:var(--ink)"><p>${marksHtml(cell.marks, cell.against)}</p></div></div>`
  );
}

/**
 * "≈ Reuters tells this differently: ¶9 · shared: Izyum, 330": the sign and the words say it, not the colour; each ¶
 * is a link to the related passage (lib/view/comparison-related.ts `relatedTag` says where each one goes).
 */
function relatedTagHtml(tag: RelatedTag, text: string, colour: OutletColour): string {
  const links = tag.outlets
    .map((o) => {
      const items = o.links.map(relatedLinkHtml).join(', ');
      return tag.outlets.length > 1 ? `${escapeHtml(o.name)} ${items}` : items;
    })
    .join('; ');
  const shared =
    tag.shared.length > 0
      ? ` <span class="related-shared">· shared: ${tag.shared.map((w) => `<q>${escapeHtml(w)}</q>`).join(', ')}</span>`
      : '';
  return (
    `<div class="row-tag row-related oc" style="${escapeHtml(colourCss(colour))}">` +
    `<span aria-hidden="true">≈ </span>${escapeHtml(text)}: ${links}${shared}</div>`
  );
}

function rowHtml(row: LaidRow): string {
  const tag = !row.tag
    ? ''
    : 'note' in row.tag
      ? `<div class="row-tag row-note muted">${escapeHtml(row.tag.text)}</div>`
      : 'related' in row.tag
        ? relatedTagHtml(row.tag.related, row.tag.text, row.tag.colour)
        : `<div class="row-tag oc" style="${escapeHtml(colourCss(row.tag.colour))}">${escapeHtml(row.tag.text)}</div>`;
  return (
    `<li id="r${row.n}" class="cmp-row cmp-grid kind-${row.kind}">` +
    `<a class="row-num" href="#r${row.n}" aria-label="Passage ${row.n}">${row.n}</a>` +
    tag +
    row.cells.map(cellHtml).join('') +
    `</li>`
  );
}

/**
 * The `<li>` of each group, in order: a row, or a folded run as one line with the button that opens it
 * (`data-open-fold`: the island listening for clicks opens it).
 */
export function comparisonRowsHtml(groups: readonly LaidGroup[]): string {
  return groups
    .map((g) =>
      g.folded
        ? `<li class="cmp-row cmp-grid"><span></span><div class="collapsed-group">` +
          `<button type="button" class="button" data-open-fold="${g.first}">Show ${g.count} ` +
          `${g.count === 1 ? 'passage' : 'passages'} only one outlet carried (${escapeHtml(g.owners)})</button></div></li>`
        : rowHtml(g.row),
    )
    .join('');
}

function columnHeadHtml(column: Column, isBase: boolean, basePath: string): string {
  const date = column.date !== null ? ` datetime="${escapeHtml(column.date)}"` : '';
  return (
    `<div class="col-head oc" style="${escapeHtml(colourCss(column.colour))}">` +
    `<h2 class="col-name">${escapeHtml(column.outlet.name)}${isBase ? '<span class="muted"> · base</span>' : ''}</h2>` +
    `<div class="col-title">${escapeHtml(column.title)}</div>` +
    `<div class="col-meta"><time${date}>${escapeHtml(formatDay(column.date))}</time>` +
    (column.publisher ? `<span>on ${escapeHtml(column.publisher.name)}</span>` : '') +
    `<a href="${escapeHtml(`${basePath}/articles/${column.articleId}/`)}">Full text</a>` +
    (column.url
      ? `<a href="${escapeHtml(column.url)}" rel="noopener noreferrer nofollow">Original</a>`
      : '') +
    `</div></div>`
  );
}

/**
 * The comparison as drawn for one view: legend, column heads, rows, and the note for a view with no rows. One string
 * for the server (the page's first view) and for the browser's island (any other view), so both draw the same markup.
 * `basePath` prefixes the "Full text" links.
 */
export function comparisonBodyHtml(layout: ComparisonLayout, basePath: string): string {
  const base = escapeHtml(layout.baseName);
  const legend =
    `<p class="legend"${layout.single ? ' hidden=""' : ''}>` +
    `<span>Marked against <strong>${base}</strong>:</span>` +
    `<span><ins class="mark-added">underlined</ins> words ${base} did not print</span>` +
    `<span><del class="mark-missing">struck</del> words only ${base} printed</span>` +
    `<span>Shaded: a passage only one outlet carried</span>` +
    `<span>≈ Dashed: another outlet tells it differently (follow its ¶ link)</span></p>`;
  const head =
    `<div class="cmp-grid cmp-head" role="presentation"><span class="row-num" aria-hidden="true">#</span>` +
    layout.columns.map((c) => columnHeadHtml(c, !layout.single && c.key === layout.base, basePath)).join('') +
    `</div>`;
  const rows = `<ol class="cmp-rows" aria-label="Aligned passages">${comparisonRowsHtml(layout.groups)}</ol>`;
  const none = layout.rowCount === 0 ? '<p class="muted">No passages to show with these choices.</p>' : '';
  return legend + head + rows + none;
}

/** The tools under the selected row: its permalink and which outlets carried it. */
export function rowToolsHtml(n: number, carriers: string): string {
  return (
    `<div class="row-tools"><button type="button" class="button" data-copy-row="${n}">Copy link to passage ${n}</button>` +
    `<span class="muted">${escapeHtml(carriers)}</span></div>`
  );
}
