import { describe, expect, it } from 'vitest';
import { fixtureArticle } from './fixtures';
import {
  fewOf,
  join,
  label,
  labelText,
  listOf,
  outlet,
  outletNamer,
  partText,
  possessive,
  text,
  word,
} from './label';

const names: Record<string, string> = { afp: 'AFP', reuters: 'Reuters', 'press-tv': 'Press TV' };
const name = (id: string) => names[id] ?? id;

describe('label', () => {
  it('turns strings into plain text, joins adjacent text and drops empty text', () => {
    expect(label('a', '', text('b'), word('c'), [], [text('d'), outlet('afp')], 'e')).toEqual([
      { text: 'ab' },
      { word: 'c' },
      { text: 'd' },
      { outlet: 'afp' },
      { text: 'e' },
    ]);
  });
  it('edge cases: nothing, an empty word kept (it is printed text), a possessive outlet', () => {
    expect(label()).toEqual([]);
    expect(label('')).toEqual([]);
    expect(label(word(''))).toEqual([{ word: '' }]);
    expect(outlet('afp', { possessive: true })).toEqual({ outlet: 'afp', possessive: true });
    expect(outlet('afp', { possessive: false })).toEqual({ outlet: 'afp' });
  });
});

describe('word: characters lost upstream (U+FFFD)', () => {
  it('shows U+FFFD as the matching form reads it: apostrophe, dash or quote mark, never as �', () => {
    expect(word('BEIJING (AP) \uFFFD')).toEqual({ word: 'BEIJING (AP) \u2014' });
    expect(word('wasn\uFFFDt')).toEqual({ word: 'wasn\u2019t' });
    expect(word('the policy of \uFFFDzero-Covid\uFFFD')).toEqual({
      word: 'the policy of \u201Czero-Covid\u201D',
    });
    expect(word('no loss')).toEqual({ word: 'no loss' });
  });
});

describe('join, listOf, fewOf', () => {
  const [a, b, c, d, e] = ['afp', 'reuters', 'press-tv', 'ap', 'cnn'].map((id) => outlet(id));
  it('lists outlets as a sentence does', () => {
    expect(labelText(listOf([]), name)).toBe('');
    expect(labelText(listOf([a!]), name)).toBe('AFP');
    expect(labelText(listOf([a!, b!]), name)).toBe('AFP and Reuters');
    expect(labelText(listOf([a!, b!, c!]), name)).toBe('AFP, Reuters and Press TV');
    expect(labelText(fewOf([a!, b!, c!]), name)).toBe('AFP, Reuters and Press TV');
    expect(labelText(fewOf([a!, b!, c!, d!, e!]), name)).toBe('AFP, Reuters +3');
    expect(join([a!, 'x', [word('y')]], ' / ')).toEqual([
      { outlet: 'afp' },
      { text: ' / x / ' },
      { word: 'y' },
    ]);
  });
});

describe('labelText', () => {
  it('reads printed words in curly quotes and outlets by name, possessive by the name’s ending', () => {
    const parts = label(
      word('Kyiv'),
      ' (',
      outlet('afp'),
      ') / ',
      word('Kiev'),
      ' (',
      outlet('reuters'),
      ')',
    );
    expect(labelText(parts, name)).toBe('“Kyiv” (AFP) / “Kiev” (Reuters)');
    expect(partText(outlet('afp', { possessive: true }), name)).toBe('AFP’s');
    expect(partText(outlet('reuters', { possessive: true }), name)).toBe('Reuters’');
    expect([possessive('Press TV'), possessive('NEWS')]).toEqual(['Press TV’s', 'NEWS’']);
  });
  it('keeps corpus text as it is: markup, quotes and Unicode are text, not parsed', () => {
    expect(labelText([word('<b>“hi”</b>'), text(' — ü')], name)).toBe('“<b>“hi”</b>” — ü');
  });
  it('reads an outlet it has no name for as its id', () => {
    expect(labelText([outlet('tass')], name)).toBe('tass');
  });
});

describe('outletNamer', () => {
  it('names each outlet as its first article does; an unknown id reads as itself', () => {
    const namer = outletNamer([
      fixtureArticle('a', 'afp', 'AFP', []),
      fixtureArticle('b', 'afp', 'Agence France-Presse', []),
      fixtureArticle('c', 'reuters', 'Reuters', []),
    ]);
    expect(['afp', 'reuters', 'tass'].map(namer)).toEqual(['AFP', 'Reuters', 'tass']);
  });
});
