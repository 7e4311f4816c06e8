import { describe, expect, it } from 'vitest';
import { aliasTarget, eventPaths, eventView } from './event';
import { staticParams } from './params';
import { article, event } from './test-fixtures';

const p = (text: string) => [{ kind: 'paragraph' as const, text }];
const a = article('a', 'afp', p('One. Two.'));
const r = article('r', 'reuters', p('One. Three.'));
const t = article('t', 'press-tv', p('One.'));
const ev = event('e', ['a', 'r', 't'], [{ a: [0], r: [0], t: [0] }, { a: [1] }, { r: [1] }], {
  aliases: ['old', 'e'],
});

describe('event routes', () => {
  it('serves every id and every alias that is not itself an id', () => {
    expect(eventPaths({ events: [ev] })).toEqual(['e', 'old']);
    expect(aliasTarget({ events: [ev] }, 'old')?.id).toBe('e');
    expect(aliasTarget({ events: [ev] }, 'e')).toBeUndefined();
    expect(aliasTarget({ events: [ev] }, 'nope')).toBeUndefined();
  });
  it('keeps one placeholder param for an empty corpus', () => {
    expect(staticParams('id', [])).toEqual([{ id: '_none' }]);
    expect(staticParams('id', ['x', 'x', 'y'])).toEqual([{ id: 'x' }, { id: 'y' }]);
  });
});

describe('eventView', () => {
  it('summarises the event and lists its pairs', () => {
    const view = eventView(ev, [a, r, t]);
    expect(view.defaultVisible).toEqual(['afp', 'reuters', 'press-tv']);
    expect(view.defaultBase).toBe('afp');
    expect(view.agreement).toBe('1 of 3 passages told by all 3 outlets (33%)');
    expect(view.pairs.map((x) => [x.slug, x.label])).toEqual([
      ['afp-vs-press-tv', 'AFP vs PRESS-TV'],
      ['afp-vs-reuters', 'AFP vs REUTERS'],
      ['press-tv-vs-reuters', 'PRESS-TV vs REUTERS'],
    ]);
  });
});
