/**
 * The 404 page's script for old pair URLs (issue 16): `/events/<id>/<a>-vs-<b>/` was a page of its own and is now the
 * event page's pair view, `/events/<id>/?pair=<a>-vs-<b>`. Pair stubs (lib/export/pair-stubs.ts) cover narrow events;
 * any other old pair URL lands on 404.html, which sends it on, keeping `#r<N>`. An event id never holds `/`, so the
 * match is exact; anything else stays on the 404 page.
 */
export function pairRedirectScript(base: string): string {
  const prefix = JSON.stringify(`${base}/events/`).replace(/</g, '\\u003c');
  return (
    `(function(){var p=${prefix},l=location,s=l.pathname;` +
    `if(s.indexOf(p)!==0)return;var m=/^([^/]+)\\/([^/]+-vs-[^/]+)\\/?$/.exec(s.slice(p.length));` +
    `if(m)l.replace(p+m[1]+"/?pair="+m[2]+l.hash)})()`
  );
}
