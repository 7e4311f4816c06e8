import { describe, expect, it } from 'vitest';
import { article, event } from '../view/test-fixtures';
import { inlineScriptHashes } from '../security/csp';
import { pairStubs, STUB_OUTLETS } from './pair-stubs';

const p = (text: string) => [{ kind: 'paragraph' as const, text }];
const articles = ['afp', 'reuters', 'press-tv', 'ap', 'tass'].map((o) => article(`a-${o}`, o, p('One.')));

describe('pairStubs', () => {
  it('keeps a stub per pair for events of up to three outlets, none for wider ones', () => {
    const narrow = event('narrow', ['a-afp', 'a-reuters', 'a-press-tv'], [], {
      title: 'Talks <b>&</b> "hope"',
    });
    const wide = event(
      'wide',
      articles.map((a) => a.id),
      [],
    );
    expect(STUB_OUTLETS).toBe(3);
    const stubs = pairStubs({ events: [narrow, wide], articles });
    expect(stubs.map((s) => s.path)).toEqual([
      'events/narrow/afp-vs-press-tv/index.html',
      'events/narrow/afp-vs-reuters/index.html',
      'events/narrow/press-tv-vs-reuters/index.html',
    ]);
  });

  it('sends the reader to the pair view, relative (any base path), row kept, text escaped, its script allowed', () => {
    const narrow = event('e', ['a-reuters', 'a-afp'], [], { title: '<img src=x onerror=alert(1)>' });
    const [stub] = pairStubs({ events: [narrow], articles });
    expect(stub!.html).toContain('<meta http-equiv="refresh" content="0; url=../?pair=afp-vs-reuters">');
    expect(stub!.html).toContain(
      '<script>location.replace("../?pair=afp-vs-reuters"+location.hash)</script>',
    );
    expect(stub!.html).toContain('<title>AFP vs REUTERS: &lt;img src=x onerror=alert(1)&gt;</title>');
    expect(stub!.html).not.toContain('<img');
    const [hash] = inlineScriptHashes(stub!.html);
    expect(stub!.html).toContain(`script-src 'self' ${hash}`);
  });
});
