import { describe, expect, it } from 'vitest';
import { withoutNextRuntime } from './runtime';

const page = (body: string, head = '') =>
  `<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/>` +
  `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>` +
  `<script src="/_next/static/chunks/c.js" async=""></script>${head}</head><body>${body}` +
  `<script>(self.__next_f=self.__next_f||[]).push([0])</script>` +
  `<script>self.__next_f.push([1,"0:{\\"x\\":\\"<p>text</p>\\"}"])</script></body></html>`;

describe('withoutNextRuntime', () => {
  it("drops Next's scripts, inline payload and script preloads, and keeps the stylesheet and the text", () => {
    const out = withoutNextRuntime(page('<main><p>text</p></main>'));
    expect(out).not.toContain('<script');
    expect(out).not.toContain('as="script"');
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"/>');
    expect(out).toContain('<main><p>text</p></main>');
  });

  it('keeps island scripts, the site’s own inline scripts and JSON blocks', () => {
    const island = '<script type="module" src="/islands/comparison.js" data-parallax=""></script>';
    const own = '<script data-parallax="">location.replace("/x/")</script>';
    const json = '<script type="application/ld+json">{"a":1}</script>';
    const out = withoutNextRuntime(page(`<main>${island}${own}${json}</main>`));
    expect(out).toContain(island);
    expect(out).toContain(own);
    expect(out).toContain(json);
    expect(out.match(/<script/g)).toHaveLength(3);
  });

  it('leaves a page that asks for the runtime as it is', () => {
    const html = page('<main data-next-runtime="">search</main>');
    expect(withoutNextRuntime(html)).toBe(html);
  });
});
