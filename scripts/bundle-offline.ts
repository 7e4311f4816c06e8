/**
 * `npm run bundle` = `tsx scripts/bundle-offline.ts [--from out] [--out .cache/offline/parallax]`: the exported site
 * as a folder that reads by double-clicking index.html (file://), and the same folder as `<out>.zip`. HTML and CSS go
 * through lib/export/offline-html (relative URLs, no scripts, a note on every page); other files are copied as they
 * are, except the service worker, which cannot run from file://. The archive is streamed (lib/export/zip: ZIP64, no
 * entry-count limit). PARALLAX_BASE_PATH names the base path the site
 * was built with, as for the build.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { offlineCss, offlineHtml } from '../lib/export/offline-html';
import { writeZip, type ZipEntry } from '../lib/export/zip';
import { basePath } from '../lib/site/base-path.mjs';
import { orUsage, readArgs } from './args';

const { values } = orUsage('Usage: npm run bundle [-- --from DIR] [--out DIR]', () =>
  readArgs(process.argv.slice(2), { from: { type: 'string' }, out: { type: 'string' } }),
);
const from = path.resolve(values.from ?? 'out');
const dest = path.resolve(values.out ?? path.join('.cache', 'offline', 'parallax'));
const base = basePath();

if (!statSync(path.join(from, 'index.html'), { throwIfNoEntry: false })?.isFile()) {
  console.error(`bundle: ${from}/index.html does not exist: run npm run build first.`);
  process.exit(1);
}
if (dest === from || dest.startsWith(from + path.sep)) {
  console.error('bundle: the copy must not be written inside the site it copies.');
  process.exit(1);
}

const files: string[] = [];
const dirs = new Set<string>();
const walk = (dir: string) => {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const rel = path.relative(from, full).split(path.sep).join('/');
    if (statSync(full).isDirectory()) {
      dirs.add(rel);
      walk(full);
    } else if (rel !== 'sw.js') files.push(rel);
  }
};
walk(from);

rmSync(dest, { recursive: true, force: true });
const entries: ZipEntry[] = [];
let pages = 0;
for (const rel of files) {
  const ctx = { basePath: base, file: rel, isDirectory: (p: string) => dirs.has(p) };
  let data: Uint8Array = readFileSync(path.join(from, rel));
  if (rel.endsWith('.html')) {
    data = Buffer.from(offlineHtml(Buffer.from(data).toString('utf8'), ctx), 'utf8');
    pages++;
  } else if (rel.endsWith('.css')) {
    data = Buffer.from(offlineCss(Buffer.from(data).toString('utf8'), ctx), 'utf8');
  }
  const target = path.join(dest, ...rel.split('/'));
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, data);
  // The archive reads the copy back from disk when it comes to it, so no file is held in memory.
  entries.push({ path: `${path.basename(dest)}/${rel}`, file: target });
}

// The archive holds the folder itself, so unpacking gives one `parallax/` folder rather than loose files.
const zipPath = `${dest}.zip`;
rmSync(zipPath, { force: true });
await writeZip(entries, zipPath);
const shown = (p: string) =>
  path.relative(process.cwd(), p).startsWith('..') ? p : path.relative(process.cwd(), p);
console.log(
  `bundle: ${pages} pages and ${files.length - pages} other files in ${shown(dest)}/ ` +
    `(open index.html) and ${shown(zipPath)} (${(statSync(zipPath).size / 1e6).toFixed(1)} MB)`,
);
