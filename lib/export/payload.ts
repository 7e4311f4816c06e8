/**
 * The inline RSC payload of an exported page, without the copy of the comparison's rows (issue 13/16).
 *
 * An event page's HTML holds its rows twice: as HTML (what the reader sees, also without scripts) and inside the
 * inline React Server Components payload (`self.__next_f.push([1,"…"])`), where the rows' HTML string is one text
 * row (`<id>:T<hex byte length>,<text>`) that React reads only to hydrate `<ol class="cmp-rows"
 * dangerouslySetInnerHTML>`. Hydration never compares or rewrites such an element's content, so the copy is bytes the
 * browser parses for nothing: on a 31-outlet event page, a seventh of the HTML. This empties that text row.
 *
 * What it gives up: React's own copy of the opening rows. Wherever React would draw them from that copy (the router
 * showing the page again from the payload it was loaded with), ComparisonIsland finds the list empty and draws the
 * rows from the event's data file instead. Client-side navigations fetch the page's `.txt` payloads, which are left
 * whole.
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

/** The page with the rows' text row of its inline payload emptied; unchanged when it holds none. */
export function withoutInlineRows(html: string): string {
  const scripts = [...html.matchAll(PUSH)];
  if (scripts.length === 0) return html;
  const chunks = scripts.map((m) => (JSON.parse(m[1]!) as [number, string])[1]);
  const joined = chunks.join('');
  const ref = /"className":"cmp-rows"[^{}]*"dangerouslySetInnerHTML":\{"__html":"\$([0-9a-f]+)"\}/.exec(
    joined,
  );
  if (!ref) return html;
  const header = new RegExp(`(?:^|\\n)(${ref[1]}:T)([0-9a-f]+),`).exec(joined);
  if (!header) return html;
  const hexStart = header.index + header[0].length - header[2]!.length - 1;
  const contentStart = header.index + header[0].length;
  const contentEnd = pastUtf8Bytes(joined, contentStart, parseInt(header[2]!, 16));
  // The edit in joined coordinates: [hexStart, contentEnd) becomes "0,".
  const removed = contentEnd - hexStart - 2;
  let offset = 0;
  const edited = chunks.map((chunk) => {
    const start = offset;
    const end = offset + chunk.length;
    offset = end;
    if (end <= hexStart || start >= contentEnd) return chunk;
    const cut = (at: number) => Math.min(Math.max(at - start, 0), chunk.length);
    const before = chunk.slice(0, cut(hexStart));
    const after = chunk.slice(cut(contentEnd));
    // The replacement goes in the chunk where the edit starts.
    return before + (hexStart >= start && hexStart < end ? '0,' : '') + after;
  });
  if (removed <= 0) return html;
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
