import { createHash } from 'node:crypto';

/**
 * Content-Security-Policy for an exported page (issue: hostile text). A static export has no server to send headers,
 * so the policy goes in a `<meta http-equiv>` at the top of `<head>`, before any script. Next's export carries inline
 * scripts of its own (the RSC payload, `self.__next_f.push(…)`); rather than allow every inline script, the policy
 * lists the SHA-256 of each one this page holds, so only the site's own inline scripts run. What it gives up: inline
 * style attributes stay allowed (React writes some), which cannot run code.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  const re = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const attrs = m[1] ?? '';
    if (/\bsrc\s*=/i.test(attrs)) continue;
    if (/\btype\s*=\s*["']?application\/(?:ld\+)?json/i.test(attrs)) continue;
    const body = m[2] ?? '';
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes].sort();
}

export function contentSecurityPolicy(html: string): string {
  return [
    `default-src 'self'`,
    `script-src 'self' ${inlineScriptHashes(html).join(' ')}`.trim(),
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `worker-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
  ].join('; ');
}

/**
 * The page with its policy as the first element of `<head>` (an existing policy meta is replaced). Browsers ignore
 * `frame-ancestors` in a meta policy (and say so in the console), so it is left to hosts that can send headers.
 */
export function withContentSecurityPolicy(html: string): string {
  const without = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/gi, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(without).replace(/"/g, '&quot;')}">`;
  const head = /<head\b[^>]*>/i.exec(without);
  if (!head) return without;
  const at = head.index + head[0].length;
  return without.slice(0, at) + meta + without.slice(at);
}
