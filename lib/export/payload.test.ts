import { describe, expect, it } from 'vitest';
import { withoutInlineHtml } from './payload';

const push = (text: string) =>
  `<script>self.__next_f.push(${JSON.stringify([1, text]).replace(/</g, '\\u003c')})</script>`;
const payloadOf = (html: string) =>
  [...html.matchAll(/<script>self\.__next_f\.push\((\[1,"(?:[^"\\]|\\.)*"\])\)<\/script>/g)]
    .map((m) => (JSON.parse(m[1]!) as [number, string])[1])
    .join('');
const hex = (s: string) => Buffer.byteLength(s, 'utf8').toString(16);

describe('withoutInlineHtml', () => {
  const rows = '<li id="r1">Kyiv — “€5m” 😀 <b>&amp;</b></li>';
  const tree =
    '2:["$","ol",null,{"className":"cmp-rows","aria-label":"Aligned passages","dangerouslySetInnerHTML":{"__html":"$1f"}}]\n';
  const other = '20:T5,hello';

  it('empties the rows text row, wherever the payload is split, and keeps every other byte', () => {
    const text = `${tree}1f:T${hex(rows)},${rows}${other}`;
    // Split inside the header, inside the multibyte content and right after it.
    const cuts = [tree.length + 3, tree.length + 20, tree.length + 6 + rows.length];
    const bounds = [0, ...cuts, text.length];
    const parts = cuts.concat(text.length).map((end, i) => text.slice(bounds[i], end));
    expect(parts.join('')).toBe(text);
    const html = `<html><body><ol class="cmp-rows">${rows}</ol>${parts.map(push).join('')}<p>after</p></body></html>`;
    const out = withoutInlineHtml(html);
    expect(payloadOf(out)).toBe(`${tree}1f:T0,${other}`);
    // The rows the reader sees stay; the payload no longer carries them; nothing else moves.
    expect(out).toContain(`<ol class="cmp-rows">${rows}</ol>`);
    expect(out.split('<script>').length).toBe(html.split('<script>').length);
    expect(out).toContain('<p>after</p>');
    expect(out).not.toContain('\\u003cli id');
  });

  it('empties every such string, text rows side by side included, and no text row React reads as text', () => {
    const panel = '<section>Copied: “a” ≈ ¶9</section>\n<p>2</p>';
    const tree2 =
      '3:["$","div",null,{"className":"insight-groups","dangerouslySetInnerHTML":{"__html":"$21"}}]\n' +
      '4:["$","p",null,{"children":"$20"}]\n';
    const text = `${tree}${tree2}1f:T${hex(rows)},${rows}21:T${hex(panel)},${panel}${other}`;
    const out = withoutInlineHtml(`<html>${push(text.slice(0, 50))}${push(text.slice(50))}</html>`);
    expect(payloadOf(out)).toBe(`${tree}${tree2}1f:T0,21:T0,${other}`);
  });

  it('leaves a page without a rows text row as it is', () => {
    const html = `<html>${push(`${other}`)}</html>`;
    expect(withoutInlineHtml(html)).toBe(html);
    expect(withoutInlineHtml('<html></html>')).toBe('<html></html>');
  });
});
