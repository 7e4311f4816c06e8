import { describe, expect, it } from 'vitest';
import {
  bareHost,
  compileRegistry,
  defaultRegistry,
  detectOutlet,
  detectPublisher,
  outletNameKey,
  isGenericOutletName,
  resolveOutletName,
} from './outlets';

describe('resolveOutletName', () => {
  it('matches names regardless of case, punctuation and a leading "The"', () => {
    const ids = ['AP', 'Associated Press', 'Associated Press News', 'associated-press', 'AI Jazeera', 'Al Jazeera',
      'The New York Times', 'NYT', 'new york times', 'Fox News', 'FOX NEWS', 'HuffPost', 'abc News', 'ABC News',
      'Business Standards', 'Winnipeg Free press', 'aninews.in', 'Press TV'].map(
      (name) => resolveOutletName(name)?.outlet.id,
    ); // prettier-ignore
    expect(ids).toEqual([
      'ap', 'ap', 'ap', 'ap', 'al-jazeera', 'al-jazeera', 'new-york-times', 'new-york-times', 'new-york-times',
      'fox-news', 'fox-news', 'huffpost', 'abc-news', 'abc-news', 'business-standard', 'winnipeg-free-press', 'ani',
      'press-tv',
    ]); // prettier-ignore
    expect(resolveOutletName('Associated Press News')).toEqual({ outlet: { id: 'ap', name: 'AP' } });
  });

  it('files an unknown name under its own slug with a warning; a blank name gives null', () => {
    expect(resolveOutletName('  Le Monde Diplomatique ')).toEqual({
      outlet: { id: 'le-monde-diplomatique', name: 'Le Monde Diplomatique' },
      warning:
        'unknown outlet "Le Monde Diplomatique": filed as "le-monde-diplomatique"; add it (or an alias) to data/outlets.json if it is another name of a known outlet',
    });
    expect(resolveOutletName('Новая газета')?.outlet.id).toBe('outlet-новаягазета');
    expect(resolveOutletName('')).toBeNull();
    expect(resolveOutletName(' ,. ')).toBeNull();
  });

  it('gives null for a name that names no outlet, so the text cues decide', () => {
    for (const name of ['News', 'news', 'NEWS', 'Staff', 'Staff Writer', 'N/A', 'null', 'Wire'])
      expect(resolveOutletName(name), name).toBeNull();
    expect(isGenericOutletName('News')).toBe(true);
    expect(isGenericOutletName('Fox News')).toBe(false);
    expect(resolveOutletName('Fox News')?.outlet.id).toBe('fox-news');
  });

  it('outletNameKey folds accents and punctuation', () => {
    expect(outletNameKey('The Café-Times!')).toBe('cafetimes');
  });
});

describe('detectOutlet and detectPublisher', () => {
  it('scores weighted cues; the best total wins', () => {
    expect(detectOutlet('MOSCOW (Reuters) – Putin spoke.')?.outlet.id).toBe('reuters');
    expect(detectOutlet('KYIV, Ukraine • Talks went on.')?.outlet.id).toBe('ap');
    expect(detectOutlet('March 03, 2022 23:25 IST\n\nText.')?.outlet.id).toBe('the-hindu');
    // Two AFP cues (3 + 3) outweigh one Reuters byline cue (2).
    const mixed = detectOutlet('AFP reporters saw it. He told AFP. He told Reuters.');
    expect([mixed?.outlet.id, mixed?.score]).toEqual(['afp', 6]);
    expect(
      detectOutlet('Photo credit lines such as (AFP photo) and (Photo by Reuters) are no cue.'),
    ).toBeNull();
  });

  it('a publisher cue names where the text appeared, not who wrote it', () => {
    const text = 'He told AFP it was fine.\n\nSubscribe to Mint Newsletters * Enter a valid email';
    expect(detectOutlet(text)?.outlet.id).toBe('afp');
    expect(detectPublisher(text)?.outlet).toEqual({ id: 'mint', name: 'Mint' });
  });
});

describe('compileRegistry', () => {
  it('skips malformed entries with a problem each, keeping the rest', () => {
    const { registry, problems } = compileRegistry({
      outlets: [
        { id: 'Bad Id', name: 'x' },
        { id: 'good', name: 'Good', aliases: ['AP'], cues: [{ pattern: '(unclosed', weight: 2 }] },
        { id: 'good', name: 'Again' },
        { id: 'ap', name: 'AP' },
      ],
      debris: [{ pattern: '[', reason: 'broken' }],
    });
    expect([...registry.outlets.keys()]).toEqual(['good', 'ap']);
    expect(problems.map((p) => p.replace(/\(Invalid.*\)/, '(…)'))).toEqual([
      'outlet "Bad Id": the id must be a lower-case slug; entry ignored',
      'outlet good cue: invalid pattern "(unclosed" (…); it is ignored',
      'outlet good: listed twice; the later entry is ignored',
      'outlet ap: name "ap" already belongs to good; ignored',
      'debris "broken": invalid pattern "[" (…); it is ignored',
    ]);
  });

  it('the shipped registry compiles without problems and covers the seed outlets', () => {
    expect(compileRegistry(JSON.parse(JSON.stringify({ outlets: [] }))).problems).toEqual([]);
    const registry = defaultRegistry();
    for (const id of [
      'afp',
      'reuters',
      'press-tv',
      'ap',
      'the-hindu',
      'mint',
      'fox-news',
      'new-york-times',
      'huffpost',
    ])
      expect(registry.outlets.has(id)).toBe(true);
  });
});

describe('bareHost', () => {
  it('one site, one outlet: a port, www. and a scheme do not make another', () => {
    for (const name of [
      'wave3.com:80',
      'www.wave3.com',
      'https://wave3.com/',
      'http://www.wave3.com:443',
      'wave3.com',
    ])
      expect(bareHost(name)).toBe('wave3.com');
    expect(resolveOutletName('wave3.com:80')?.outlet).toEqual(resolveOutletName('wave3.com')?.outlet);
  });

  it('leaves names that are not hosts as they are', () => {
    for (const name of [
      'Press TV',
      'The New York Times',
      'aninews.in',
      'ABC7.com',
      'Reuters: Top News',
      'a.b c',
    ])
      expect(bareHost(name)).toBe(name);
  });
});
