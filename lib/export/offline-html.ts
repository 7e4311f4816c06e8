import path from 'node:path';

/**
 * The offline copy (scripts/bundle-offline.ts): the exported site rewritten so it reads from a folder opened by
 * double-click (file://). There, root-relative URLs (`/events/x/`) point at the disk's root and directory URLs do not
 * open their index.html, so every internal URL becomes a path relative to the file that holds it, directories ending
 * in `index.html`. Next's client scripts cannot run from file:// (they fetch by absolute URL), so they are removed:
 * the pages are complete without them, and a note on every page says what needs the hosted site.
 */

export const OFFLINE_NOTE =
  'Offline copy: reading only; filters and base-outlet switching need the hosted site.';

export interface OfflineContext {
  /** The base path the site was built for ('' or `/news`): stripped from root-relative URLs. */
  basePath: string;
  /** The file being rewritten, relative to the export root, `/`-separated: `events/x/index.html`. */
  file: string;
  /** Whether a root-relative path (decoded, no leading `/`) is a directory of the export. */
  isDirectory: (rel: string) => boolean;
}

/**
 * One URL as a path relative to `ctx.file`. External URLs (`https:`, `mailto:`, `data:`, `//host`) and in-page
 * anchors are kept; the query and fragment are kept (a file URL ignores the query).
 */
export function relativeUrl(url: string, ctx: OfflineContext): string {
  const trimmed = url.trim();
  if (
    trimmed === '' ||
    trimmed.startsWith('#') ||
    trimmed.startsWith('//') ||
    /^[a-z][a-z0-9+.-]*:/i.test(trimmed)
  ) {
    return url;
  }
  const cut = trimmed.search(/[?#]/);
  let target = cut >= 0 ? trimmed.slice(0, cut) : trimmed;
  const suffix = cut >= 0 ? trimmed.slice(cut) : '';
  const dir = path.posix.dirname(ctx.file) === '.' ? '' : path.posix.dirname(ctx.file);
  if (target.startsWith('/')) {
    if (ctx.basePath && (target === ctx.basePath || target.startsWith(`${ctx.basePath}/`))) {
      target = target.slice(ctx.basePath.length) || '/';
    }
    target = target.slice(1);
  } else if (target === '') {
    // `?q=x` alone: the same file.
    target = ctx.file;
  } else {
    const joined = path.posix.normalize(path.posix.join(dir, target));
    target = joined === '.' ? '' : joined + (target.endsWith('/') && !joined.endsWith('/') ? '/' : '');
  }
  if (target === '' || target.endsWith('/')) target += 'index.html';
  else if (ctx.isDirectory(safeDecode(target))) target += '/index.html';
  const rel = path.posix.relative(dir, target);
  return (rel === '' ? path.posix.basename(target) : rel) + suffix;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** `url(...)` references in CSS, relative to the stylesheet's own file. */
export function offlineCss(css: string, ctx: OfflineContext): string {
  return css.replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, (_m, quote: string, url: string) => {
    return `url(${quote}${relativeUrl(url, ctx)}${quote})`;
  });
}

/**
 * A policy for the copy: no script at all, styles, images and fonts from the copy's own files. `'self'` does not
 * match file: URLs in every browser, hence `file:` too.
 */
export const OFFLINE_CSP =
  "default-src 'none'; script-src 'none'; style-src 'self' file: 'unsafe-inline'; img-src 'self' file: data:; " +
  "font-src 'self' file: data:; base-uri 'none'; form-action 'none'";

/** One exported HTML page as its offline copy (see the file comment). */
export function offlineHtml(html: string, ctx: OfflineContext): string {
  let out = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<link\b[^>]*\brel=["']?(?:modulepreload|preload)["']?[^>]*\bas=["']?script["']?[^>]*>/gi, '')
    .replace(/<link\b[^>]*\bas=["']?script["']?[^>]*\brel=["']?(?:modulepreload|preload)["']?[^>]*>/gi, '')
    .replace(/<link\b[^>]*\brel=["']?modulepreload["']?[^>]*>/gi, '')
    // What a page shows without JavaScript is what the copy should show.
    .replace(/<\/?noscript\b[^>]*>/gi, '')
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/gi, '');
  // Every URL attribute of every tag (text content cannot hold a tag: React escapes `<` in text).
  out = out.replace(/<[a-z][^<>]*>/gi, (tag) =>
    tag.replace(
      /(\s)(href|src|action|poster|srcset)(\s*=\s*)(?:"([^"]*)"|'([^']*)')/gi,
      (_m, space: string, name: string, eq: string, dq?: string, sq?: string) => {
        const value = decodeEntities(dq ?? sq ?? '');
        const rewritten =
          name.toLowerCase() === 'srcset'
            ? value
                .split(',')
                .map((candidate) => candidate.trim().replace(/^\S+/, (url) => relativeUrl(url, ctx)))
                .join(', ')
            : relativeUrl(value, ctx);
        return `${space}${name}${eq}"${escapeAttribute(rewritten)}"`;
      },
    ),
  );
  out = out.replace(
    /(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi,
    (_m, open: string, css: string, close: string) => {
      return open + offlineCss(css, ctx) + close;
    },
  );
  const head = /<head\b[^>]*>/i.exec(out);
  if (head) {
    const at = head.index + head[0].length;
    out = `${out.slice(0, at)}<meta http-equiv="Content-Security-Policy" content="${OFFLINE_CSP}">${out.slice(at)}`;
  }
  const body = /<body\b[^>]*>/i.exec(out);
  if (body) {
    const at = body.index + body[0].length;
    const note =
      '<p class="offline-note" role="note" style="margin:0;padding:0.5rem 1rem;border-bottom:1px solid #b08900;' +
      `background:#fff4cc;color:#1d1d1f;font:0.9rem system-ui,sans-serif">${OFFLINE_NOTE}</p>`;
    out = out.slice(0, at) + note + out.slice(at);
  }
  return out;
}

/** The few entities an attribute URL can hold (`&amp;` in a query string). */
function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"');
}

function escapeAttribute(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}
