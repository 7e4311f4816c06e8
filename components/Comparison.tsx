'use client';

import Link from 'next/link';
import { Fragment, memo, useCallback, useEffect, useMemo, useState, type CSSProperties } from 'react';
import {
  classifyRow,
  orderRows,
  type Column,
  type Comparison as Model,
  type ComparisonRow,
} from '@/lib/view/comparison';
import { cellMarks, type Mark } from '@/lib/view/marks';
import { groupRows } from '@/lib/view/groups';
import { choiceQuery, parseChoiceQuery, rowFromHash } from '@/lib/view/url';
import { formatDay } from '@/lib/view/listing';
import { colourStyle } from './OutletChip';

export interface ComparisonProps {
  model: Model;
  /** Columns shown before the reader chooses (the server-rendered HTML shows these). */
  defaultVisible: string[];
  defaultBase: string;
  /** Pair pages: two fixed columns, no outlet picker. */
  fixedColumns?: boolean;
}

function CellText({
  base,
  text,
  isBase,
  baseName,
  preset,
}: {
  base?: string;
  text: string;
  isBase: boolean;
  baseName: string;
  /** The same marks made at build time (ComparisonRow.marks), when they apply. */
  preset?: Mark[];
}) {
  const marks = useMemo(() => preset ?? cellMarks(base, text, isBase), [preset, base, text, isBase]);
  return (
    <p>
      {marks.map((m, i) =>
        m.kind === 'same' ? (
          <Fragment key={i}>{m.text}</Fragment>
        ) : m.kind === 'added' ? (
          <ins key={i} className="mark-added" title={`Not in ${baseName}`}>
            <span className="sr-only">[not in {baseName}: </span>
            {m.text}
            <span className="sr-only">]</span>
          </ins>
        ) : (
          <del key={i} className="mark-missing" title={`${baseName} had these words`}>
            <span className="sr-only">[{baseName} had: </span>
            {m.text}
            <span className="sr-only">]</span>
          </del>
        ),
      )}
    </p>
  );
}

function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) return navigator.clipboard.writeText(text);
  return Promise.reject(new Error('no clipboard'));
}

/**
 * The side-by-side comparison. The server renders it with the default base and columns, marks included, so the page
 * reads without scripts; in the browser the reader can switch base, show or hide outlets, keep only differing rows,
 * fold passages one outlet alone carried, select a row (#r<N>) and share the view (?base=…&hide=…).
 * The query string is read in an effect rather than with useSearchParams, so the export keeps the full HTML
 * (useSearchParams would render only the Suspense fallback at build time).
 */
export function Comparison({ model, defaultVisible, defaultBase, fixedColumns = false }: ComparisonProps) {
  const keys = useMemo(() => model.columns.map((c) => c.key), [model.columns]);
  const modelRows = model.rows;
  const [ready, setReady] = useState(false);
  const [chosenBase, setBase] = useState(defaultBase);
  const [visible, setVisible] = useState<string[]>(defaultVisible);
  const [diffOnly, setDiffOnly] = useState(false);
  const [collapse, setCollapse] = useState(false);
  const [opened, setOpened] = useState<Set<number>>(new Set());
  const [selected, setSelected] = useState<number | undefined>(undefined);
  const [status, setStatus] = useState('');

  // Apply the reader's choices from the URL once, after hydration.
  useEffect(() => {
    const choice = parseChoiceQuery(window.location.search, keys);
    /* eslint-disable react-hooks/set-state-in-effect -- reading the URL can only happen in the browser, after the
       server-rendered HTML has hydrated with the defaults. */
    if (choice.base) setBase(choice.base);
    if (!fixedColumns && new URLSearchParams(window.location.search).has('hide')) {
      const hidden = new Set(choice.hide);
      const shown = keys.filter((k) => !hidden.has(k));
      if (shown.length > 0) setVisible(shown);
    }
    setReady(true);
    /* eslint-enable react-hooks/set-state-in-effect */
    const fromHash = () => {
      const n = rowFromHash(window.location.hash);
      setSelected(n);
      // A link (an insight, a shared URL) to a passage only hidden outlets carried shows those outlets.
      const cells = n !== undefined ? modelRows.find((r) => r.n === n)?.cells : undefined;
      if (cells)
        setVisible((v) => (v.some((k) => cells[k]) ? v : keys.filter((k) => v.includes(k) || cells[k])));
      if (n !== undefined) {
        requestAnimationFrame(() => document.getElementById(`r${n}`)?.scrollIntoView({ block: 'center' }));
      }
    };
    fromHash();
    window.addEventListener('hashchange', fromHash);
    return () => window.removeEventListener('hashchange', fromHash);
  }, [keys, modelRows, fixedColumns]);

  const columns = useMemo(
    () => model.columns.filter((c) => visible.includes(c.key)),
    [model.columns, visible],
  );
  // The base is always a shown column: hiding the chosen base (or a shared link naming a hidden one) falls back to
  // the first shown column, and showing it again restores the reader's choice.
  const base = visible.includes(chosenBase) ? chosenBase : (columns[0]?.key ?? chosenBase);
  const visibleKeys = columns.map((c) => c.key);
  const baseColumn = model.columns.find((c) => c.key === base);
  const baseName = baseColumn?.outlet.name ?? base;
  const nameOf = useCallback(
    (key: string) => model.columns.find((c) => c.key === key)?.outlet.name ?? key,
    [model],
  );

  const rows = orderRows(model.rows, base, visibleKeys)
    .map((row) => ({ row, kind: classifyRow(row, visibleKeys) }))
    .filter(
      ({ row, kind }) =>
        kind !== 'empty' &&
        // "Differences only" never hides the passage a link selected (an insight about copied text points at one).
        !(diffOnly && visibleKeys.length > 1 && kind === 'same' && row.n !== selected),
    );
  const groups = groupRows(rows, collapse);

  // Callbacks handed to the rows are stable while the view is unchanged, so the memoised rows do not render again
  // when only the controls do (after hydration, on a status message, on selecting another row).
  const shareUrl = useCallback(
    (n?: number) => {
      const hidden = fixedColumns ? [] : keys.filter((k) => !visible.includes(k));
      return `${window.location.origin}${window.location.pathname}${choiceQuery({ base, hide: hidden })}${
        n !== undefined ? `#r${n}` : ''
      }`;
    },
    [fixedColumns, keys, visible, base],
  );

  const copy = useCallback((text: string, what: string) => {
    copyText(text).then(
      () => setStatus(`${what} copied.`),
      () => setStatus(`Copy failed; the link is: ${text}`),
    );
  }, []);

  const copyRowLink = useCallback((n: number) => copy(shareUrl(n), `Link to passage ${n}`), [copy, shareUrl]);

  const selectRow = useCallback((n: number) => {
    setSelected(n);
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#r${n}`);
  }, []);

  const toggleColumn = (key: string) => {
    const next = visible.includes(key) ? visible.filter((k) => k !== key) : [...visible, key];
    if (next.length === 0) return;
    setVisible(keys.filter((k) => next.includes(k)));
  };

  const style = { '--cols': columns.length } as CSSProperties;
  // A story only one outlet told: no base, no marks, no controls; the page still lists its passages.
  const single = model.columns.length < 2;

  return (
    <div className={single ? 'cmp cmp-single' : 'cmp'} style={style}>
      {single && (
        <p className="kicker">
          Only {model.columns[0]?.outlet.name ?? 'one outlet'} covered this story in the corpus: there is
          nothing to compare yet, so its sentences are listed as printed.
        </p>
      )}
      {ready && !single && (
        <div className="controls" aria-label="Comparison controls" role="group">
          <label>
            Mark differences against{' '}
            <select value={base} onChange={(e) => setBase(e.target.value)} aria-label="Base outlet">
              {columns.map((c) => (
                <option key={c.key} value={c.key}>
                  {c.outlet.name}
                </option>
              ))}
            </select>
          </label>
          {!fixedColumns && model.columns.length > 2 && (
            <fieldset className="outlet-picker">
              <legend>Outlets</legend>
              {model.columns.map((c) => (
                <label key={c.key} className="oc" style={colourStyle(c.colour)}>
                  <input
                    type="checkbox"
                    checked={visible.includes(c.key)}
                    onChange={() => toggleColumn(c.key)}
                    disabled={visible.length === 1 && visible.includes(c.key)}
                  />
                  {c.outlet.name}
                </label>
              ))}
            </fieldset>
          )}
          <label>
            <input type="checkbox" checked={diffOnly} onChange={(e) => setDiffOnly(e.target.checked)} />
            Differences only
          </label>
          <label>
            <input type="checkbox" checked={collapse} onChange={(e) => setCollapse(e.target.checked)} />
            Fold passages only one outlet carried
          </label>
          <button
            type="button"
            className="button"
            onClick={() => copy(shareUrl(selected), 'Link to this view')}
          >
            Share this view
          </button>
          <span role="status" aria-live="polite" className="muted">
            {status}
          </span>
        </div>
      )}
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
      </p>

      <div className="cmp-grid cmp-head" role="presentation">
        <span className="row-num" aria-hidden="true">
          #
        </span>
        {columns.map((c) => (
          <ColumnHead key={c.key} column={c} isBase={!single && c.key === base} />
        ))}
      </div>

      <ol className="cmp-rows" aria-label="Aligned passages">
        {/* A fold never hides the selected row: a #r link into a folded run opens that run. */}
        {groups.map((group) =>
          group.folded &&
          !opened.has(group.rows[0]!.row.n) &&
          !group.rows.some((r) => r.row.n === selected) ? (
            <li key={`g${group.rows[0]!.row.n}`} className="cmp-row cmp-grid">
              <span />
              <div className="collapsed-group">
                <button
                  type="button"
                  className="button"
                  onClick={() => setOpened((o) => new Set(o).add(group.rows[0]!.row.n))}
                >
                  Show {group.rows.length} {group.rows.length === 1 ? 'passage' : 'passages'} only one outlet
                  carried ({summariseOwners(group.rows, visibleKeys, nameOf)})
                </button>
              </div>
            </li>
          ) : (
            group.rows.map(({ row, kind }) => (
              <RowView
                key={row.n}
                row={row}
                kind={kind}
                columns={columns}
                allKeys={keys}
                base={base}
                baseName={baseName}
                selected={selected === row.n}
                onSelect={selectRow}
                onCopy={copyRowLink}
                nameOf={nameOf}
              />
            ))
          ),
        )}
      </ol>
      {rows.length === 0 && <p className="muted">No passages to show with these choices.</p>}
    </div>
  );
}

function summariseOwners(
  rows: { row: ComparisonRow }[],
  keys: readonly string[],
  nameOf: (k: string) => string,
): string {
  const counts = new Map<string, number>();
  for (const { row } of rows) {
    for (const k of keys) if (row.cells[k]) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts.entries()].map(([k, n]) => `${nameOf(k)} ${n}`).join(', ');
}

/** "6 of 28 outlets carried this passage: A, B, …", naming whichever list is shorter: carriers or the rest. */
function carrierText(carriers: string[], all: string[], nameOf: (k: string) => string): string {
  const head = `${carriers.length} of ${all.length} outlets carried this passage`;
  if (carriers.length === all.length) return head;
  const missing = all.filter((k) => !carriers.includes(k));
  return carriers.length <= missing.length
    ? `${head}: ${carriers.map(nameOf).join(', ')}`
    : `${head} (not ${missing.map(nameOf).join(', ')})`;
}

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
        <Link href={`/articles/${column.articleId}/`}>Full text</Link>
        {column.url && (
          <a href={column.url} rel="noopener noreferrer nofollow">
            Original
          </a>
        )}
      </div>
    </div>
  );
}

const RowView = memo(function RowView({
  row,
  kind,
  columns,
  allKeys,
  base,
  baseName,
  selected,
  onSelect,
  onCopy,
  nameOf,
}: {
  row: ComparisonRow;
  kind: string;
  columns: Column[];
  allKeys: string[];
  base: string;
  baseName: string;
  selected: boolean;
  onSelect: (n: number) => void;
  onCopy: (n: number) => void;
  nameOf: (k: string) => string;
}) {
  // A row the base did not carry is marked against the first shown outlet that did, and says so: otherwise two
  // outlets telling a passage the base left out would show no differences at all.
  const rowBase = row.cells[base] ? base : columns.find((c) => row.cells[c.key])?.key;
  const rowBaseName = rowBase === base ? baseName : nameOf(rowBase ?? base);
  const baseText = rowBase !== undefined ? row.cells[rowBase]?.text : undefined;
  const carriers = allKeys.filter((k) => row.cells[k]);
  const only = kind === 'unique' ? columns.find((c) => row.cells[c.key]) : undefined;
  const shownCarriers = columns.filter((c) => row.cells[c.key]).length;
  return (
    <li
      id={`r${row.n}`}
      className={`cmp-row cmp-grid kind-${kind}${selected ? ' is-selected' : ''}`}
      onClick={(e) => {
        if ((e.target as HTMLElement).closest('a, button, select, input')) return;
        if (window.getSelection()?.toString()) return;
        onSelect(row.n);
      }}
    >
      <a className="row-num" href={`#r${row.n}`} aria-label={`Passage ${row.n}`}>
        {row.n}
      </a>
      {only && (
        <div className="row-tag oc" style={colourStyle(only.colour)}>
          {carriers.length === 1
            ? `Only in ${only.outlet.name}`
            : `Of the outlets shown, only in ${only.outlet.name}`}
        </div>
      )}
      {!only && rowBase !== base && shownCarriers > 1 && (
        <div className="row-tag row-note muted">
          {baseName} did not carry this passage: marked against {rowBaseName}
        </div>
      )}
      {columns.map((c, i) => {
        const cell = row.cells[c.key];
        // Explicit grid columns: a row tag above the cells must not push a cell into the number column.
        const place = { '--col': i + 2 } as CSSProperties;
        if (!cell) {
          return (
            <div key={c.key} className="cell cell-empty" style={place}>
              <span aria-hidden="true">—</span>
              <span className="sr-only">{c.outlet.name}: not carried</span>
            </div>
          );
        }
        return (
          <div key={c.key} className="cell oc" style={{ ...colourStyle(c.colour), ...place }}>
            <span className="cell-label">{c.outlet.name}</span>
            {cell.headings.map((h, i) => (
              <h3 key={i} className="cell-heading">
                {h}
              </h3>
            ))}
            <div style={{ color: 'var(--ink)' }}>
              <CellText
                base={baseText}
                text={cell.text}
                isBase={c.key === rowBase}
                baseName={rowBaseName}
                preset={row.marks && row.marks.base === rowBase ? row.marks.cells[c.key] : undefined}
              />
            </div>
          </div>
        );
      })}
      {selected && (
        <div className="row-tools">
          <button type="button" className="button" onClick={() => onCopy(row.n)}>
            Copy link to passage {row.n}
          </button>
          <span className="muted">{carrierText(carriers, allKeys, nameOf)}</span>
        </div>
      )}
    </li>
  );
});
