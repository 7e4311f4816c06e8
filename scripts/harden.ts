/**
 * After `next build`: drop Next's client runtime from every page that does not ask for it (lib/export/runtime.ts), then
 * give every exported HTML page its Content-Security-Policy (lib/security/csp.ts), whose hashes are of the scripts as
 * left.
 * `npx tsx scripts/harden.ts [DIR]`, DIR defaulting to out/.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withContentSecurityPolicy } from '../lib/security/csp';
import { withoutNextRuntime } from '../lib/export/runtime';
import { orUsage, readArgs } from './args';

const { positionals } = orUsage('Usage: npx tsx scripts/harden.ts [DIR]', () =>
  readArgs(process.argv.slice(2), {}, 1),
);
const root = positionals[0] ?? 'out';
let pages = 0;
const walk = (dir: string) => {
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.html')) {
      const html = readFileSync(p, 'utf8');
      const hardened = withContentSecurityPolicy(withoutNextRuntime(html));
      if (hardened !== html) writeFileSync(p, hardened);
      pages++;
    }
  }
};
walk(root);
console.log(`Content-Security-Policy set on ${pages} pages in ${root}/`);
