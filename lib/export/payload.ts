/**
 * The inline RSC payload of an exported page, without its copies of the HTML strings the page sets with
 * `dangerouslySetInnerHTML` (issues 13 and 16).
 *
 * An event page's HTML holds its rows, insights panel and lists twice: as HTML (what the reader sees, also without
 * scripts) and inside the inline React Server Components payload (`self.__next_f.push([1,"…"])`), where each such
 * string is one text row (`<id>:T<hex byte length>,<text>`) that React reads only to hydrate the element. Hydration
 * never compares or rewrites such an element's content, so the copy is bytes the browser parses for nothing: on the
 * 31-outlet Ground News event, a third of the HTML. This empties those text rows.
 *
 * What it gives up: React's own copy of those strings. React draws a page from its payload again only when its router
 * shows it from memory (a next/link navigation back to it), and the site has no such navigation (every link is a plain
 * anchor, components/PageLink.tsx; the search page keeps its query with the history API); should it happen, the
 * comparison's rows are drawn from the event's data file (ComparisonIsland), and the other strings stay empty until
 * the page is reloaded. A React recovery from a hydration error would do the same. Client-side navigations would fetch
 * the `.txt` payload files, which the export no longer has (scripts/prune.ts).
 */

const PUSH = /<script>self\.__next_f\.push\((\[1,"(?:[^"\\]|\\.)*"\])\)<\/script>/g;

/** The index in `text` just past the `bytes` UTF-8 bytes that start at `from` (a T row's length is in bytes). */
function pastUtf8Bytes(text: string, from: number, bytes: number): number {
  let i = from;
  let n = 0;
  while (n < bytes && i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
    i++;
  }
  return i;
}

/** Escapes a payload string as Next writes it into a script: no `<`, `>`, `&` or line separators as such. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The page with every `dangerouslySetInnerHTML` text row of its inline payload emptied; unchanged when none. */
export function withoutInlineHtml(html: string): string {
  const scripts = [...html.matchAll(PUSH)];
  if (scripts.length === 0) return html;
  const chunks = scripts.map((m) => (JSON.parse(m[1]!) as [number, string])[1]);
  const joined = chunks.join('');
  const ids = new Set(
    [...joined.matchAll(/"dangerouslySetInnerHTML":\{"__html":"\$([0-9a-f]+)"\}/g)].map((m) => m[1]!),
  );
  // Each text row's edit in joined coordinates: [from, to) becomes "0," (its length, then nothing). The payload is
  // read row by row: `<id>:T<hex>,` and that many bytes of text (no newline after), or any other row up to its
  // newline (JSON rows hold none).
  const edits: [number, number][] = [];
  for (let p = 0; p < joined.length;) {
    const text = /^([0-9a-f]+):T([0-9a-f]+),/.exec(joined.slice(p, p + 32));
    if (text) {
      const start = p + text[0].length;
      const end = pastUtf8Bytes(joined, start, parseInt(text[2]!, 16));
      if (ids.has(text[1]!)) edits.push([start - text[2]!.length - 1, end]);
      p = end;
    } else {
      const newline = joined.indexOf('\n', p);
      p = newline < 0 ? joined.length : newline + 1;
    }
  }
  if (edits.length === 0) return html;
  let offset = 0;
  const edited = chunks.map((chunk) => {
    const start = offset;
    const end = offset + chunk.length;
    offset = end;
    let out = '';
    let at = start;
    for (const [from, to] of edits) {
      if (to <= start || from >= end) continue;
      out += chunk.slice(at - start, Math.max(from, start) - start);
      // The replacement goes in the chunk where the edit starts.
      if (from >= start) out += '0,';
      at = Math.min(to, end);
    }
    return out + chunk.slice(at - start);
  });
  let out = '';
  let last = 0;
  scripts.forEach((m, i) => {
    out += html.slice(last, m.index);
    out +=
      edited[i] === chunks[i] ? m[0] : `<script>self.__next_f.push(${scriptJson([1, edited[i]])})</script>`;
    last = m.index! + m[0].length;
  });
  return out + html.slice(last);
}
