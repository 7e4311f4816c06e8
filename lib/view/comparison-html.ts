import type { OutletColour } from './colour';
import type { RelatedTag } from './comparison-related';
import type { LaidCell, LaidGroup, LaidRow } from './comparison-layout';
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

function cellHtml(cell: LaidCell): string {
  // Explicit grid columns: a row tag above the cells must not push a cell into the number column.
  const col = `--col:${cell.col}`;
  if (cell.empty) {
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
      const items = o.links
        .map(
          (l) =>
            `<a href="${escapeHtml(l.href)}" title="${escapeHtml(l.title)}">` +
            `<span aria-hidden="true">${escapeHtml(l.label)}</span><span class="sr-only">${escapeHtml(l.title)}</span></a>`,
        )
        .join(', ');
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
