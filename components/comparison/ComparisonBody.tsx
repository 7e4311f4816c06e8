import { PageLink } from '../PageLink';
import type { Column } from '@/lib/view/comparison';
import { comparisonRowsHtml } from '@/lib/view/comparison-html';
import type { ComparisonLayout } from '@/lib/view/comparison-layout';
import { formatDay } from '@/lib/view/listing';
import { colourStyle } from '../OutletChip';

/*
 * The comparison as drawn for one view: legend, column heads and rows. No state and no handlers, so the server renders
 * it for the view a page opens with and the browser's LiveBody renders the same markup for any other view. The rows
 * are an HTML string (lib/view/comparison-html.ts), so they cost React nothing to hydrate. Buttons say what they do in
 * data attributes (`data-open-fold`, `data-copy-row`); the ComparisonIsland around them listens for clicks.
 */

function ColumnHead({ column, isBase }: { column: Column; isBase: boolean }) {
  return (
    <div className="col-head oc" style={colourStyle(column.colour)}>
      <h2 className="col-name">
        {column.outlet.name}
        {isBase && <span className="muted"> · base</span>}
      </h2>
      <div className="col-title">{column.title}</div>
      <div className="col-meta">
        <time dateTime={column.date ?? undefined}>{formatDay(column.date)}</time>
        {column.publisher && <span>on {column.publisher.name}</span>}
        <PageLink href={`/articles/${column.articleId}/`}>Full text</PageLink>
        {column.url && (
          <a href={column.url} rel="noopener noreferrer nofollow">
            Original
          </a>
        )}
      </div>
    </div>
  );
}

/** The tools under the selected row: its permalink and which outlets carried it. */
export function RowTools({ n, carriers }: { n: number; carriers: string }) {
  return (
    <div className="row-tools">
      <button type="button" className="button" data-copy-row={n}>
        Copy link to passage {n}
      </button>
      <span className="muted">{carriers}</span>
    </div>
  );
}

export function ComparisonBody({ layout }: { layout: ComparisonLayout }) {
  const { baseName, single } = layout;
  return (
    <>
      <p className="legend" hidden={single}>
        <span>
          Marked against <strong>{baseName}</strong>:
        </span>
        <span>
          <ins className="mark-added">underlined</ins> words {baseName} did not print
        </span>
        <span>
          <del className="mark-missing">struck</del> words only {baseName} printed
        </span>
        <span>Shaded: a passage only one outlet carried</span>
        <span>≈ Dashed: another outlet tells it differently (follow its ¶ link)</span>
      </p>

      <div className="cmp-grid cmp-head" role="presentation">
        <span className="row-num" aria-hidden="true">
          #
        </span>
        {layout.columns.map((c) => (
          <ColumnHead key={c.key} column={c} isBase={!single && c.key === layout.base} />
        ))}
      </div>

      {/* The rows as HTML: the browser builds them, React neither renders nor hydrates them (comparison-html.ts). */}
      <ol
        className="cmp-rows"
        aria-label="Aligned passages"
        dangerouslySetInnerHTML={{ __html: comparisonRowsHtml(layout.groups) }}
      />
      {layout.rowCount === 0 && <p className="muted">No passages to show with these choices.</p>}
    </>
  );
}
