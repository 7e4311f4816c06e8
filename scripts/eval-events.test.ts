import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corporaRoot, evaluateEvents, evaluateStories, eventErrors } from './eval-events';

/**
 * The clustering bar on the development corpora (issue "The comparison engine"): B-cubed F1 at least 0.98 on BASIL
 * dev with real dates, 0.97 with every event packed into one week, 0.95 on Ground News dev. Skipped, with a message,
 * where ../shared/corpora is absent: the corpora are not part of the project.
 */
const root = corporaRoot();
const present = existsSync(root);
if (!present) console.log(`eval-events.test: skipped, no development corpora at ${root}`);

describe.skipIf(!present)('event clustering on the development corpora', () => {
  const rows = present ? evaluateEvents(root) : [];
  const f1 = (corpus: string, dates: string) =>
    rows.find((r) => r.corpus === corpus && r.dates === dates)?.f1;

  it('finds BASIL dev events with real dates', () => {
    expect(f1('BASIL dev', 'real')).toBeGreaterThanOrEqual(0.98);
  });
  it('finds BASIL dev events with every event in the same week', () => {
    expect(f1('BASIL dev', 'packed')).toBeGreaterThanOrEqual(0.97);
  });
  it('finds the Ground News dev stories', () => {
    expect(f1('Ground News dev', 'real')).toBeGreaterThanOrEqual(0.95);
    expect(f1('Ground News dev', 'packed')).toBeGreaterThanOrEqual(0.95);
  });
  it('keeps the gva-dev shootings of one day apart, and one shooting together', () => {
    // Measured 0.98507 / 0.9865 / 0.9836 after issue 15's third pass (0.9836 / 0.9848 / 0.9823 before it; 0.9793 /
    // 0.9805 / 0.9781 with the same-outlet penalty and headline-only pages).
    expect(f1('gva-dev', 'real')).toBeGreaterThanOrEqual(0.985);
    expect(f1('gva-dev A', 'real')).toBeGreaterThanOrEqual(0.986);
    expect(f1('gva-dev B', 'real')).toBeGreaterThanOrEqual(0.983);
  });
});

const gvaPresent = existsSync(`${root}/gva-dev`);
if (!gvaPresent) console.log(`eval-events.test: story bars skipped, no gva-dev at ${root}`);

describe.skipIf(!gvaPresent)('story linking on gva-dev', () => {
  const rows = gvaPresent ? evaluateStories(root) : [];
  const events = rows.find((r) => r.grouping === 'events');
  const stories = rows.find((r) => r.grouping === 'stories');

  it('links events of one incident with few wrong links', () => {
    expect(stories?.precision).toBeGreaterThanOrEqual(0.97);
    expect(stories?.f1).toBeGreaterThanOrEqual(0.947);
  });
  it('does better than leaving every event alone', () => {
    expect(stories!.f1).toBeGreaterThan(events!.f1 + 0.02);
  });
});

describe('eventErrors', () => {
  // Gold events x (a, b, d), y (c), z (e, f); found groups {a, b, c}, {d}, {e, f}: x is split (d alone) and the first
  // group mixes x and y.
  const groups = [['a', 'b', 'c'], ['d'], ['e', 'f']];
  const gold = new Map(Object.entries({ a: 'x', b: 'x', c: 'y', d: 'x', e: 'z', f: 'z' }));

  it('lists the split gold events and the mixed groups with what each costs B-cubed', () => {
    const errors = eventErrors(groups, gold);
    expect(
      errors.map((e) => [e.kind, +e.cost.toFixed(4), e.articles.map((a) => `${a.group}${a.id}`)]),
    ).toEqual([
      // Recall lost: a and b miss d (1/3 each), d misses a and b (2/3).
      ['split', 1.3333, ['0a', '0b', '1d']],
      // Precision lost: a and b share their group with c (1/3 each), c with a and b (2/3).
      ['merge', 1.3333, ['0a', '0b', '0c']],
    ]);
  });

  it('counts only the scored articles', () => {
    const errors = eventErrors(groups, gold, (id) => id === 'c');
    expect(errors.map((e) => [e.kind, +e.cost.toFixed(4)])).toEqual([['merge', 0.6667]]);
    expect(eventErrors(groups, gold, (id) => id === 'e')).toEqual([]);
  });
});
