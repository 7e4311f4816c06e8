import type { OutletColour } from './colour';
import {
  classifyRow,
  orderRows,
  type Column,
  type Comparison,
  type ComparisonRow,
  type RowKind,
} from './comparison';
import {
  relatedTag,
  relatedTagText,
  type RelatedRef,
  type RelatedTag,
  type RelatedTagLink,
} from './comparison-related';
import { groupRows } from './groups';
import type { Mark } from './marks';

/** The parts of a reader's choices that decide what the comparison shows (ComparisonState has them all). */
export interface ComparisonView {
  /** The base marks are made against; a shown column. */
  base: string;
  /** Shown columns, in column order. */
  visible: readonly string[];
  differencesOnly: boolean;
  fold: boolean;
  /** Folded runs opened, by first row number. */
  opened: readonly number[];
  /** The selected row: never hidden by "differences only" nor folded away. */
  selected: number | null;
}

/** Marks a cell against its row's base text (cellMarks; passed in so this file does not load the word diff). */
export type MarkCell = (baseText: string | undefined, text: string, isBase: boolean) => Mark[];

export type LaidCell =
  | {
      key: string;
      name: string;
      col: number;
      empty: true;
      /**
       * Where this outlet tells the row's passage in other words (a related passage of another row), when it does:
       * then the empty cell says so and links there rather than showing a bare "not carried".
       */
      toldAt?: RelatedTagLink[];
    }
  | {
      key: string;
      name: string;
      col: number;
      empty: false;
      colour: OutletColour;
      headings: string[];
      marks: Mark[];
      /** The outlet this cell's marks are made against. */
      against: string;
    };

export interface LaidRow {
  n: number;
  kind: RowKind;
  /**
   * "Only in AFP" above a passage one shown outlet carried; "Reuters tells this differently: ¶9" (`related`) above one
   * that no other outlet carried as such but another tells in other words; or a note that the row is marked against
   * another outlet.
   */
  tag?:
    | { text: string; colour: OutletColour }
    | { text: string; colour: OutletColour; related: RelatedTag }
    | { text: string; note: true };
  cells: LaidCell[];
}

export type LaidGroup =
  { folded: false; row: LaidRow } | { folded: true; first: number; count: number; owners: string };

/** A comparison as it is drawn for one view: what the server renders first and the browser redraws on a change. */
export interface ComparisonLayout {
  /** Shown columns, in column order. */
  columns: Column[];
  base: string;
  baseName: string;
  /** One outlet only: no base, no marks, no legend. */
  single: boolean;
  groups: LaidGroup[];
  /** Rows shown, folded ones included; 0 says "no passages with these choices". */
  rowCount: number;
}

/** Outlet names by column key; an unknown key is its own name. */
export function outletNamer(columns: readonly Column[]): (key: string) => string {
  const names = new Map(columns.map((c) => [c.key, c.outlet.name]));
  return (key) => names.get(key) ?? key;
}

/** "AFP 2, Reuters 1": how many passages of a folded run each outlet carried. */
export function foldOwners(
  rows: readonly ComparisonRow[],
  keys: readonly string[],
  nameOf: (k: string) => string,
): string {
  const counts = new Map<string, number>();
  for (const row of rows) {
    for (const k of keys) if (row.cells[k]) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  // In order of first appearance down the run: the outlet the reader meets first is named first.
  return [...counts.entries()].map(([k, n]) => `${nameOf(k)} ${n}`).join(', ');
}

/** "6 of 28 outlets carried this passage: A, B, …", naming whichever list is shorter: carriers or the rest. */
export function carrierText(
  carriers: readonly string[],
  all: readonly string[],
  nameOf: (k: string) => string,
): string {
  const head = `${carriers.length} of ${all.length} outlets carried this passage`;
  if (carriers.length === all.length) return head;
  const missing = all.filter((k) => !carriers.includes(k));
  return carriers.length <= missing.length
    ? `${head}: ${carriers.map(nameOf).join(', ')}`
    : `${head} (not ${missing.map(nameOf).join(', ')})`;
}

/** The keys of the columns carrying a row, in column order. */
export function rowCarriers(row: ComparisonRow, keys: readonly string[]): string[] {
  return keys.filter((k) => row.cells[k] !== undefined);
}

/**
 * A `unique` row whose one carrier no other outlet of the event carries in this row, but which another outlet tells
 * differently (a related passage), is `related`: never folded as "only one outlet carried", never tagged "only in".
 */
export function toldElsewhere(kind: RowKind, row: ComparisonRow, allKeys: readonly string[]): RowKind {
  if (kind !== 'unique') return kind;
  const carriers = rowCarriers(row, allKeys);
  if (carriers.length !== 1) return kind;
  return (row.related?.[carriers[0]!]?.length ?? 0) > 0 ? 'related' : kind;
}

function layRow(
  row: ComparisonRow,
  kind: RowKind,
  columns: readonly Column[],
  allKeys: readonly string[],
  base: string,
  nameOf: (k: string) => string,
  markCell: MarkCell,
): LaidRow {
  // A row the base did not carry is marked against the first shown outlet that did, and says so: otherwise two
  // outlets telling a passage the base left out would show no differences at all.
  const rowBase = row.cells[base] ? base : columns.find((c) => row.cells[c.key])?.key;
  const against = nameOf(rowBase ?? base);
  const baseText = rowBase !== undefined ? row.cells[rowBase]?.text : undefined;
  const carriers = rowCarriers(row, allKeys);
  const only = kind === 'unique' || kind === 'related' ? columns.find((c) => row.cells[c.key]) : undefined;
  const shownCarriers = columns.filter((c) => row.cells[c.key]).length;
  let tag: LaidRow['tag'];
  const refs = only && kind === 'related' ? row.related?.[only.key] : undefined;
  if (only && refs) {
    // Nobody else carried it as such, but someone told it in other words: "only in" would be untrue.
    const related = relatedTag(only.key, refs, new Set(columns.map((c) => c.key)));
    tag = { text: relatedTagText(related), colour: only.colour, related };
  } else if (only) {
    const text =
      carriers.length === 1
        ? `Only in ${only.outlet.name}`
        : `Of the outlets shown, only in ${only.outlet.name}`;
    tag = { text, colour: only.colour };
  }
  // An outlet with no cell here may still tell the passage in other words elsewhere (a related link from one of the
  // row's cells): "did not carry" would then be untrue, so its empty cell links to where it does.
  const shownKeys = new Set(columns.map((c) => c.key));
  const toldAt = (key: string): RelatedTagLink[] => {
    const refs: RelatedRef[] = [];
    let owner: string | undefined;
    for (const c of columns) {
      for (const r of row.related?.[c.key] ?? []) {
        if (r.key !== key || refs.some((x) => x.n === r.n)) continue;
        owner ??= c.key;
        refs.push(r);
      }
    }
    if (!owner) return [];
    refs.sort((p, q) => p.n - q.n);
    return relatedTag(owner, refs, shownKeys).outlets.flatMap((o) => o.links);
  };
  if (!tag && rowBase !== base && shownCarriers > 1) {
    const text =
      toldAt(base).length > 0
        ? `${nameOf(base)} tells this passage in other words: marked against ${against}`
        : `${nameOf(base)} did not carry this passage: marked against ${against}`;
    tag = { text, note: true };
  }
  const cells = columns.map((c, i): LaidCell => {
    const cell = row.cells[c.key];
    // Explicit grid columns: a row tag above the cells must not push a cell into the number column.
    const col = i + 2;
    if (!cell) {
      const links = toldAt(c.key);
      return {
        key: c.key,
        name: c.outlet.name,
        col,
        empty: true,
        ...(links.length ? { toldAt: links } : {}),
      };
    }
    return {
      key: c.key,
      name: c.outlet.name,
      col,
      empty: false,
      colour: c.colour,
      headings: cell.headings,
      marks: markCell(baseText, cell.text, c.key === rowBase),
      against,
    };
  });
  return { n: row.n, kind, ...(tag ? { tag } : {}), cells };
}

/**
 * The comparison drawn for a view: rows in the base's reading order (orderRows), each classified across the shown
 * columns, rows no shown column carries left out, "differences only" and folding applied (neither ever hides the
 * selected row), each cell marked against its row's base.
 */
export function layoutComparison(
  model: Comparison,
  view: ComparisonView,
  markCell: MarkCell,
): ComparisonLayout {
  const shown = new Set(view.visible);
  const columns = model.columns.filter((c) => shown.has(c.key));
  const keys = columns.map((c) => c.key);
  const allKeys = model.columns.map((c) => c.key);
  const nameOf = outletNamer(model.columns);
  const base = shown.has(view.base) ? view.base : (keys[0] ?? view.base);
  const single = model.columns.length < 2;
  const opened = new Set(view.opened);
  const rows = orderRows(model.rows, base, keys)
    .map((row) => ({ row, kind: toldElsewhere(classifyRow(row, keys), row, allKeys) }))
    .filter(
      ({ row, kind }) =>
        kind !== 'empty' &&
        // "Differences only" never hides the passage a link selected (an insight about copied text points at one).
        !(view.differencesOnly && keys.length > 1 && kind === 'same' && row.n !== view.selected),
    );
  const groups: LaidGroup[] = [];
  for (const group of groupRows(rows, view.fold)) {
    const first = group.rows[0]!.row.n;
    // A fold never hides the selected row: a #r link into a folded run opens that run.
    if (group.folded && !opened.has(first) && !group.rows.some((r) => r.row.n === view.selected)) {
      groups.push({
        folded: true,
        first,
        count: group.rows.length,
        owners: foldOwners(
          group.rows.map((r) => r.row),
          keys,
          nameOf,
        ),
      });
    } else {
      for (const { row, kind } of group.rows) {
        groups.push({ folded: false, row: layRow(row, kind, columns, allKeys, base, nameOf, markCell) });
      }
    }
  }
  return { columns, base, baseName: nameOf(base), single, groups, rowCount: rows.length };
}
