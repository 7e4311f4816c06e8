import { describe, expect, it } from 'vitest';
import { OFFLINE_NOTE, offlineCss, offlineHtml, relativeUrl, type OfflineContext } from './offline-html';

const dirs = new Set([
  'events',
  'events/e1',
  'events/e1/afp-vs-reuters',
  'articles',
  'articles/a1',
  'search',
]);
const at = (file: string, basePath = ''): OfflineContext => ({
  basePath,
  file,
  isDirectory: (p) => dirs.has(p),
});

describe('relativeUrl', () => {
  it('makes root-relative URLs relative to the file, directories ending in index.html', () => {
    expect(relativeUrl('/', at('index.html'))).toBe('index.html');
    expect(relativeUrl('/events/e1/', at('index.html'))).toBe('events/e1/index.html');
    expect(relativeUrl('/events/e1/#r3', at('index.html'))).toBe('events/e1/index.html#r3');
    expect(relativeUrl('/', at('events/e1/index.html'))).toBe('../../index.html');
    expect(relativeUrl('/articles/a1/', at('events/e1/afp-vs-reuters/index.html'))).toBe(
      '../../../articles/a1/index.html',
    );
    expect(relativeUrl('/_next/static/chunks/a.css', at('events/e1/index.html'))).toBe(
      '../../_next/static/chunks/a.css',
    );
    expect(relativeUrl('/events/e1', at('index.html'))).toBe('events/e1/index.html');
    expect(relativeUrl('/events/e1/?base=afp', at('events/e1/index.html'))).toBe('index.html?base=afp');
  });
  it('strips the base path', () => {
    expect(relativeUrl('/news/events/e1/', at('index.html', '/news'))).toBe('events/e1/index.html');
    expect(relativeUrl('/news', at('articles/a1/index.html', '/news'))).toBe('../../index.html');
    expect(relativeUrl('/newsroom/x.css', at('index.html', '/news'))).toBe('newsroom/x.css');
  });
  it('resolves relative URLs and keeps external ones and anchors', () => {
    expect(relativeUrl('afp-vs-reuters/', at('events/e1/index.html'))).toBe('afp-vs-reuters/index.html');
    expect(relativeUrl('../', at('events/e1/afp-vs-reuters/index.html'))).toBe('../index.html');
    expect(relativeUrl('https://example.org/a', at('index.html'))).toBe('https://example.org/a');
    expect(relativeUrl('//cdn.example.org/a', at('index.html'))).toBe('//cdn.example.org/a');
    expect(relativeUrl('mailto:x@example.org', at('index.html'))).toBe('mailto:x@example.org');
    expect(relativeUrl('data:image/png;base64,AA', at('index.html'))).toBe('data:image/png;base64,AA');
    expect(relativeUrl('#r2', at('index.html'))).toBe('#r2');
  });
});

describe('offlineCss', () => {
  it('rewrites url() relative to the stylesheet', () => {
    expect(
      offlineCss(
        'a{background:url(/news/_next/static/media/x.woff2)} b{src:url("../media/y.png")} c{x:url(data:a)}',
        at('_next/static/chunks/a.css', '/news'),
      ),
    ).toBe('a{background:url(../media/x.woff2)} b{src:url("../media/y.png")} c{x:url(data:a)}');
  });
});

describe('offlineHtml', () => {
  it('rewrites every URL attribute of a tag, srcset candidates included', () => {
    expect(
      offlineHtml(
        '<body><img src="/a.png" srcset="/a.png 1x, /b.png 2x" alt="x"><a title=\'t\' href=\'/events/e1/\'>e</a></body>',
        at('articles/a1/index.html'),
      ),
    ).toContain(
      '<img src="../../a.png" srcset="../../a.png 1x, ../../b.png 2x" alt="x"><a title=\'t\' href="../../events/e1/index.html">e</a>',
    );
  });
  const page =
    '<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="script-src \'self\'">' +
    '<link rel="stylesheet" href="/_next/static/chunks/a.css"><link rel="preload" as="script" href="/_next/x.js">' +
    '<script src="/_next/x.js" async=""></script><style>i{background:url(/img/a.png)}</style></head>' +
    '<body class="b"><a href="/events/e1/?base=afp&amp;hide=ap">E</a><img src="/img/a.png" alt="">' +
    '<noscript><p>Needs JS</p></noscript><p>href=&quot;/x&quot;</p>' +
    '<script>self.__next_f.push([1,"<a href=\\"/y\\">"])</script></body></html>';
  it('removes scripts, rewrites URLs, keeps noscript content and adds the note and a no-script policy', () => {
    expect(offlineHtml(page, at('articles/a1/index.html'))).toBe(
      '<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src \'none\'; ' +
        "script-src 'none'; style-src 'self' file: 'unsafe-inline'; img-src 'self' file: data:; font-src 'self' " +
        "file: data:; base-uri 'none'; form-action 'none'\">" +
        '<link rel="stylesheet" href="../../_next/static/chunks/a.css">' +
        '<style>i{background:url(../../img/a.png)}</style></head>' +
        `<body class="b"><p class="offline-note" role="note" style="margin:0;padding:0.5rem 1rem;border-bottom:1px solid #b08900;background:#fff4cc;color:#1d1d1f;font:0.9rem system-ui,sans-serif">${OFFLINE_NOTE}</p>` +
        '<a href="../../events/e1/index.html?base=afp&amp;hide=ap">E</a><img src="../../img/a.png" alt="">' +
        '<p>Needs JS</p><p>href=&quot;/x&quot;</p></body></html>',
    );
  });
});
