import { choiceQuery, pairFromQuery, pairSlug, parseChoiceQuery } from './url';

/**
 * What a reader has chosen on a comparison: the base outlet, the outlets shown, the row filters and the selected row.
 * The page opens on the view the server rendered (its opening base and columns); every change is an action through
 * `comparisonReducer`, so the whole of the comparison's behaviour can be tested without a browser.
 */
export interface ComparisonState {
  /** Every column key in column order: fixed for the page. */
  readonly keys: readonly string[];
  /**
   * A pair view (`?pair=a-vs-b`, issue 16): the two columns are the view, so none can be hidden or added, and a share
   * link names the pair rather than hidden outlets. Null on the event's own view.
   */
  pair: readonly [string, string] | null;
  /** The base the reader chose. While it is hidden the first shown column stands in for it (see `shownBase`). */
  base: string;
  /** Shown columns, always in column order, never empty. */
  visible: string[];
  /** Hide rows every shown outlet tells in the same words. */
  differencesOnly: boolean;
  /** Fold each run of passages only one shown outlet carried into one line. */
  fold: boolean;
  /** The folded runs the reader opened, by their first row number, ascending. */
  opened: number[];
  /** The selected row (`#r<N>`), or null. */
  selected: number | null;
}

export type ComparisonAction =
  /** The query string a page was opened with (`?base=…&hide=…`, or `?pair=…`). */
  | { type: 'restore'; search: string }
  | { type: 'choose-base'; base: string }
  | { type: 'toggle-outlet'; key: string }
  | { type: 'differences-only'; on: boolean }
  | { type: 'fold'; on: boolean }
  | { type: 'open-fold'; n: number }
  /**
   * Select a row, or none. `carriers` (the keys of the columns carrying it) come with a link to the row: when every
   * one of them is hidden, they are shown, so a link to a passage only hidden outlets told still shows it.
   */
  | { type: 'select'; n: number | null; carriers?: readonly string[] };

export function initialComparisonState(opening: {
  keys: readonly string[];
  base: string;
  visible: readonly string[];
}): ComparisonState {
  const shown = new Set(opening.visible);
  const visible = opening.keys.filter((k) => shown.has(k));
  return {
    keys: opening.keys,
    pair: null,
    base: opening.base,
    visible: visible.length > 0 ? visible : [...opening.keys],
    differencesOnly: false,
    fold: false,
    opened: [],
    selected: null,
  };
}

/** `keys` in column order, keeping those in `chosen`. */
function inColumnOrder(keys: readonly string[], chosen: ReadonlySet<string>): string[] {
  return keys.filter((k) => chosen.has(k));
}

/**
 * The next state. An action that changes nothing returns the same object, so a component keeps its render; unknown
 * column keys are ignored, and the last shown column cannot be hidden.
 */
export function comparisonReducer(state: ComparisonState, action: ComparisonAction): ComparisonState {
  switch (action.type) {
    case 'restore': {
      const choice = parseChoiceQuery(action.search, state.keys);
      const pair = pairFromQuery(action.search, state.keys);
      if (pair) {
        // The base: the shared one, else the opening one, else the pair's first column, as long as it is in the pair.
        const base = [choice.base, state.base].find((k) => k !== undefined && pair.includes(k));
        return {
          ...state,
          pair,
          visible: inColumnOrder(state.keys, new Set(pair)),
          base: base ?? inColumnOrder(state.keys, new Set(pair))[0]!,
        };
      }
      let next = state;
      if (choice.base && choice.base !== state.base) next = { ...next, base: choice.base };
      // A `hide` parameter, even empty, says which outlets the sharer saw; a list hiding every outlet is ignored.
      if (!state.pair && new URLSearchParams(action.search).has('hide')) {
        const hidden = new Set(choice.hide);
        const shown = state.keys.filter((k) => !hidden.has(k));
        if (shown.length > 0 && !sameList(shown, state.visible)) next = { ...next, visible: shown };
      }
      return next;
    }
    case 'choose-base':
      return state.keys.includes(action.base) && action.base !== state.base
        ? { ...state, base: action.base }
        : state;
    case 'toggle-outlet': {
      if (state.pair || !state.keys.includes(action.key)) return state;
      const chosen = new Set(state.visible);
      if (chosen.has(action.key)) chosen.delete(action.key);
      else chosen.add(action.key);
      if (chosen.size === 0) return state;
      return { ...state, visible: inColumnOrder(state.keys, chosen) };
    }
    case 'differences-only':
      return action.on === state.differencesOnly ? state : { ...state, differencesOnly: action.on };
    case 'fold':
      return action.on === state.fold ? state : { ...state, fold: action.on };
    case 'open-fold':
      return state.opened.includes(action.n)
        ? state
        : { ...state, opened: [...state.opened, action.n].sort((a, b) => a - b) };
    case 'select': {
      const carriers = (action.carriers ?? []).filter((k) => state.keys.includes(k));
      const reveal = !state.pair && carriers.length > 0 && !carriers.some((k) => state.visible.includes(k));
      if (action.n === state.selected && !reveal) return state;
      return {
        ...state,
        selected: action.n,
        ...(reveal ? { visible: inColumnOrder(state.keys, new Set([...state.visible, ...carriers])) } : {}),
      };
    }
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The base the marks are made against: the chosen one while it is shown, else the first shown column. */
export function shownBase(state: ComparisonState): string {
  return state.visible.includes(state.base) ? state.base : (state.visible[0] ?? state.base);
}

/** Columns the reader hid, in column order; none in a pair view. */
export function hiddenOutlets(state: ComparisonState): string[] {
  return state.pair ? [] : state.keys.filter((k) => !state.visible.includes(k));
}

/** The part of a share link after the path: `?base=…&hide=…` (or `?base=…&pair=…`), then `#r<N>` for a row. */
export function shareSuffix(state: ComparisonState, row?: number | null): string {
  const choice = choiceQuery({ base: shownBase(state), hide: hiddenOutlets(state) });
  const pair = state.pair ? `&pair=${encodeURIComponent(pairSlug(...state.pair))}` : '';
  return `${choice}${pair}${row != null ? `#r${row}` : ''}`;
}

/**
 * Whether the state shows what the server rendered: the opening base and columns, every row, nothing folded. The
 * selected row does not count: selecting one only highlights it.
 */
export function isOpeningView(
  state: ComparisonState,
  opening: { base: string; visible: readonly string[] },
): boolean {
  return (
    !state.pair &&
    !state.differencesOnly &&
    !state.fold &&
    shownBase(state) === opening.base &&
    sameList(state.visible, inColumnOrder(state.keys, new Set(opening.visible)))
  );
}
