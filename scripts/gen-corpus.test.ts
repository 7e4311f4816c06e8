import { describe, expect, it } from 'vitest';
import { DEFAULT_OUTLETS, eventSize, generateCorpus, prng } from './gen-corpus';

describe('the bench corpus looks like real news', () => {
  it('has events as wide as real ones: mean of 5 outlets or more, some of 15 or more, none past 46', () => {
    const rand = prng(7);
    const sizes = Array.from({ length: 5000 }, () => eventSize(rand));
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(mean).toBeGreaterThanOrEqual(5);
    expect(sizes.filter((s) => s >= 15).length / sizes.length).toBeGreaterThan(0.05);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(46);
    expect(Math.min(...sizes)).toBe(1);
  });

  it('gives a 1k corpus wide events from distinct outlets, the same on every run', () => {
    const corpus = generateCorpus(1000, DEFAULT_OUTLETS, 1);
    expect(corpus).toHaveLength(1000);
    const events = new Map<string, string[]>();
    for (const a of corpus) {
      const id = a.url.split('/')[3]!;
      events.set(id, [...(events.get(id) ?? []), a.outlet]);
    }
    const widths = [...events.values()].map((o) => o.length);
    expect(widths.filter((w) => w >= 15).length).toBeGreaterThanOrEqual(5);
    for (const outlets of events.values()) expect(new Set(outlets).size).toBe(outlets.length);
    // Articles as long as real ones (BASIL and Ground News average about 4.5 KB).
    const bytes = corpus.reduce((t, a) => t + Buffer.byteLength(a.text), 0) / corpus.length;
    expect(bytes).toBeGreaterThan(3500);
    expect(generateCorpus(1000, DEFAULT_OUTLETS, 1)).toEqual(corpus);
  });
});
