import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** What the pages' code is made of: a change to any of these may change the scripts Next writes. */
const CODE = [
  'app',
  'components',
  'lib',
  'public',
  'package-lock.json',
  'next.config.js',
  'postcss.config.mjs',
];

/**
 * Next's build id, from the code alone: a hash of the files the pages are built from (tests left out), so a rebuild
 * of the same code on another corpus writes the same id into every page. Next's default is random per build, which
 * changes every HTML file and payload on every rebuild, and then a returning reader's service worker has to download
 * the whole site again (docs/performance.md, "Offline"). Plain JavaScript so next.config.js can load it.
 * @param {string} [root]
 * @returns {string}
 */
export function codeBuildId(root = process.cwd()) {
  const h = createHash('sha256');
  /** @param {string} rel */
  const add = (rel) => {
    const full = path.join(root, rel);
    let entries;
    try {
      entries = readdirSync(full, { withFileTypes: true });
    } catch {
      entries = null;
    }
    if (entries) {
      for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        if (!/\.test\.[cm]?[jt]sx?$/.test(e.name)) add(`${rel}/${e.name}`);
      }
      return;
    }
    try {
      h.update(rel).update('\u0000').update(readFileSync(full)).update('\u0001');
    } catch {
      // a listed file that does not exist adds nothing
    }
  };
  for (const rel of CODE) add(rel);
  return h.digest('hex').slice(0, 20);
}
