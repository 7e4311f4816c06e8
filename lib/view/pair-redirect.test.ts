import { describe, expect, it } from 'vitest';
import { pairRedirectScript } from './pair-redirect';

/** Runs the script against a fake location; returns where it sent the reader, or null. */
function redirect(base: string, pathname: string, hash = ''): string | null {
  let to: string | null = null;
  const location = { pathname, hash, replace: (u: string) => (to = u) };
  new Function('location', pairRedirectScript(base))(location);
  return to;
}

describe('pairRedirectScript', () => {
  it('sends an old pair URL to the pair view, row kept, under any base path', () => {
    expect(redirect('', '/events/e1/afp-vs-reuters/', '#r4')).toBe('/events/e1/?pair=afp-vs-reuters#r4');
    expect(redirect('/news', '/news/events/e1/afp-vs-reuters')).toBe('/news/events/e1/?pair=afp-vs-reuters');
  });
  it('leaves every other missing path on the 404 page', () => {
    expect(redirect('', '/events/e1/')).toBeNull();
    expect(redirect('', '/events/e1/afp/')).toBeNull();
    expect(redirect('', '/articles/a-vs-b/x/')).toBeNull();
    expect(redirect('/news', '/events/e1/afp-vs-reuters/')).toBeNull();
    expect(redirect('', '/events/e1/x/afp-vs-reuters/')).toBeNull();
  });
});
