import { describe, expect, it } from 'vitest';
import { contrastRatio, DARK_BACKGROUNDS, LIGHT_BACKGROUNDS, outletColour } from './colour';

describe('contrastRatio', () => {
  it('gives the WCAG extremes and a known mid grey', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // #777 on white is the classic "just fails AA" grey.
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe('outletColour', () => {
  it('is stable for the seed outlets, so a permalink looks the same after every rebuild', () => {
    expect(outletColour('afp')).toEqual({ light: '#ae296d', dark: '#e774af' });
    expect(outletColour('reuters')).toEqual({ light: '#1d7c2e', dark: '#6ce582' });
    expect(outletColour('press-tv')).toEqual({ light: '#2f29ae', dark: '#9793ec' });
  });

  it('reads as text (4.5:1) on every background of both themes, for many outlet ids', () => {
    const ids = [
      'ap',
      'the-hindu',
      'fox-news',
      'nyt',
      'huffpost',
      'al-jazeera',
      'bbc',
      'x',
      'a-very-long-outlet-name',
    ];
    for (let i = 0; i < 200; i++) ids.push(`outlet-${i}`);
    for (const id of ids) {
      const { light, dark } = outletColour(id);
      for (const bg of LIGHT_BACKGROUNDS)
        expect(contrastRatio(light, bg), `${id} light on ${bg}`).toBeGreaterThanOrEqual(4.5);
      for (const bg of DARK_BACKGROUNDS)
        expect(contrastRatio(dark, bg), `${id} dark on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('depends on the id alone', () => {
    expect(outletColour('reuters')).toEqual(outletColour('reuters'));
    expect(outletColour('reuters')).not.toEqual(outletColour('afp'));
  });
});
