import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes, withContentSecurityPolicy } from './csp';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('content security policy', () => {
  it('hashes inline scripts only, not external or JSON ones', () => {
    const html =
      '<html><head><script src="/_next/a.js"></script><script>self.__next_f.push([1])</script></head>' +
      '<body><script type="application/ld+json">{"a":1}</script><script async>b()</script></body></html>';
    expect(inlineScriptHashes(html)).toEqual([sha('self.__next_f.push([1])'), sha('b()')].sort());
  });

  it('forbids any other inline script and plugins', () => {
    const policy = contentSecurityPolicy('<script>ok()</script>');
    expect(policy).toContain(`script-src 'self' ${sha('ok()')}`);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("object-src 'none'");
  });

  it('puts the policy first in head, replacing an older one', () => {
    const html =
      '<html><head><meta http-equiv="Content-Security-Policy" content="x"><title>t</title></head></html>';
    const out = withContentSecurityPolicy(html);
    expect(out.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(out).toMatch(
      /^<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; /,
    );
    expect(withContentSecurityPolicy(out)).toBe(out);
  });
});
