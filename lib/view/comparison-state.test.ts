import { describe, expect, it } from 'vitest';
import {
  comparisonReducer,
  hiddenOutlets,
  initialComparisonState,
  isOpeningView,
  shareSuffix,
  shownBase,
  type ComparisonAction,
  type ComparisonState,
} from './comparison-state';

const keys = ['afp', 'reuters', 'press-tv', 'ap'];
const opening = { base: 'reuters', visible: ['reuters', 'afp', 'press-tv'] };
const start = () => initialComparisonState({ keys, ...opening });
const run = (...actions: ComparisonAction[]) => actions.reduce(comparisonReducer, start());

describe('initialComparisonState', () => {
  it('opens on the given base and columns, columns in column order, nothing filtered or selected', () => {
    expect(start()).toEqual({
      keys,
      pair: null,
      base: 'reuters',
      visible: ['afp', 'reuters', 'press-tv'],
      differencesOnly: false,
      fold: false,
      opened: [],
      selected: null,
    });
  });
  it('shows every column when the opening names none it knows', () => {
    expect(initialComparisonState({ keys, base: 'afp', visible: ['bbc'] }).visible).toEqual(keys);
  });
});

describe('comparisonReducer', () => {
  it('chooses a base among the columns, ignoring an unknown one', () => {
    expect(run({ type: 'choose-base', base: 'press-tv' }).base).toBe('press-tv');
    expect(run({ type: 'choose-base', base: 'bbc' }).base).toBe('reuters');
  });

  it('returns the same state for an action that changes nothing', () => {
    const s = start();
    for (const action of [
      { type: 'choose-base', base: 'reuters' },
      { type: 'differences-only', on: false },
      { type: 'fold', on: false },
      { type: 'select', n: null },
      { type: 'restore', search: '' },
      { type: 'restore', search: '?base=bbc&hide=afp,reuters,press-tv,ap' },
      { type: 'toggle-outlet', key: 'bbc' },
    ] satisfies ComparisonAction[]) {
      expect(comparisonReducer(s, action), action.type).toBe(s);
    }
  });

  it('shows and hides outlets in column order, never hiding the last one', () => {
    expect(run({ type: 'toggle-outlet', key: 'ap' }).visible).toEqual(keys);
    expect(run({ type: 'toggle-outlet', key: 'afp' }).visible).toEqual(['reuters', 'press-tv']);
    const one = run(
      { type: 'toggle-outlet', key: 'afp' },
      { type: 'toggle-outlet', key: 'reuters' },
      { type: 'toggle-outlet', key: 'press-tv' },
    );
    expect(one.visible).toEqual(['press-tv']);
  });

  it('opens a pair view from ?pair= and keeps its two columns', () => {
    const pair = run({ type: 'restore', search: '?pair=afp-vs-press-tv' });
    expect(pair).toMatchObject({ pair: ['afp', 'press-tv'], visible: ['afp', 'press-tv'], base: 'afp' });
    expect(isOpeningView(pair, opening)).toBe(false);
    expect(comparisonReducer(pair, { type: 'toggle-outlet', key: 'reuters' })).toBe(pair);
    expect(comparisonReducer(pair, { type: 'select', n: 3, carriers: ['ap'] }).visible).toEqual(pair.visible);
    expect(hiddenOutlets(pair)).toEqual([]);
    expect(shareSuffix(pair, 7)).toBe('?base=afp&pair=afp-vs-press-tv#r7');
    // The shared base counts when it is one of the two; the opening base (Reuters) when the pair holds it.
    expect(run({ type: 'restore', search: '?base=press-tv&pair=afp-vs-press-tv' }).base).toBe('press-tv');
    expect(run({ type: 'restore', search: '?base=ap&pair=afp-vs-reuters' }).base).toBe('reuters');
    // A pair of unknown or equal outlets is no pair: the view stays as it was.
    expect(run({ type: 'restore', search: '?pair=afp-vs-tass' })).toEqual(start());
  });

  it('restores a shared view: base and hidden outlets; an empty hide list shows every outlet', () => {
    const s = run({ type: 'restore', search: '?base=press-tv&hide=afp,bbc' });
    expect(s.base).toBe('press-tv');
    expect(s.visible).toEqual(['reuters', 'press-tv', 'ap']);
    expect(run({ type: 'restore', search: '?hide=' }).visible).toEqual(keys);
    // A base that is not a column is dropped; the hidden list still applies.
    expect(run({ type: 'restore', search: '?base=bbc&hide=ap' })).toMatchObject({
      base: 'reuters',
      visible: ['afp', 'reuters', 'press-tv'],
    });
  });

  it('turns the row filters on and off and remembers the folds opened, in row order', () => {
    const s = run(
      { type: 'differences-only', on: true },
      { type: 'fold', on: true },
      { type: 'open-fold', n: 9 },
      { type: 'open-fold', n: 4 },
      { type: 'open-fold', n: 9 },
    );
    expect(s).toMatchObject({ differencesOnly: true, fold: true, opened: [4, 9] });
    expect(comparisonReducer(s, { type: 'fold', on: false }).fold).toBe(false);
  });

  it('selects a row; a link to a row only hidden outlets carried shows them', () => {
    expect(run({ type: 'select', n: 7 }).selected).toBe(7);
    expect(run({ type: 'select', n: 7 }, { type: 'select', n: null }).selected).toBeNull();
    const carried = run({ type: 'select', n: 7, carriers: ['reuters', 'ap'] });
    expect(carried.visible).toEqual(['afp', 'reuters', 'press-tv']);
    const revealed = run({ type: 'select', n: 8, carriers: ['ap'] });
    expect(revealed).toMatchObject({ selected: 8, visible: keys });
    // Selecting the same row again still reveals what a hiding changed since.
    const hidden = comparisonReducer(revealed, { type: 'toggle-outlet', key: 'ap' });
    expect(comparisonReducer(hidden, { type: 'select', n: 8, carriers: ['ap'] }).visible).toEqual(keys);
  });
});

describe('the view and its link', () => {
  it('stands in the first shown column for a hidden base, and restores the choice when it is shown again', () => {
    const hidden = run({ type: 'toggle-outlet', key: 'reuters' });
    expect(shownBase(hidden)).toBe('afp');
    expect(shownBase(comparisonReducer(hidden, { type: 'toggle-outlet', key: 'reuters' }))).toBe('reuters');
  });

  it('writes the share suffix: the base shown, hidden outlets sorted, then the row', () => {
    expect(shareSuffix(start())).toBe('?base=reuters&hide=ap');
    const s: ComparisonState = run(
      { type: 'choose-base', base: 'press-tv' },
      { type: 'toggle-outlet', key: 'afp' },
    );
    expect(shareSuffix(s, 12)).toBe('?base=press-tv&hide=afp,ap#r12');
    expect(shareSuffix(run({ type: 'toggle-outlet', key: 'ap' }), null)).toBe('?base=reuters');
  });

  it('knows the opening view, whatever row is selected', () => {
    expect(isOpeningView(start(), opening)).toBe(true);
    expect(isOpeningView(run({ type: 'select', n: 3 }), opening)).toBe(true);
    expect(isOpeningView(run({ type: 'choose-base', base: 'afp' }), opening)).toBe(false);
    expect(isOpeningView(run({ type: 'toggle-outlet', key: 'ap' }), opening)).toBe(false);
    expect(isOpeningView(run({ type: 'differences-only', on: true }), opening)).toBe(false);
    expect(isOpeningView(run({ type: 'fold', on: true }), opening)).toBe(false);
    // Back where it started.
    expect(
      isOpeningView(
        run({ type: 'choose-base', base: 'afp' }, { type: 'choose-base', base: 'reuters' }),
        opening,
      ),
    ).toBe(true);
  });
});
