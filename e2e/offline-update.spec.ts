import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createSiteServer } from '../scripts/serve.mjs';
import { seedIdsFromDisk } from './offline-helpers';

/*
 * A returning reader after a rebuild that changed one event. Two versions of the site: out/ as built, and a copy in
 * which every file of the seed event (its pages, pair pages, payloads and data files) and the indexes that list it
 * (home and its payloads, data/index.json, a search chunk) are changed; each gets its sw.js from
 * scripts/service-worker.ts, the step postbuild runs. The reader visits version 1, the folder the server reads is
 * swapped for version 2, the worker updates, and the server's log says which files the update fetched.
 */

/** Every file under `dir` but sw.js, as `/`-separated paths, with a digest. */
function digests(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const rel = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (rel !== 'sw.js')
      out.set(
        rel,
        createHash('sha1')
          .update(readFileSync(path.join(dir, rel)))
          .digest('hex'),
      );
  }
  return out;
}

function writeWorker(dir: string, budgetMB: string) {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/service-worker.ts', '--out', dir], {
    env: { ...process.env, PARALLAX_PRECACHE_MB: budgetMB, PARALLAX_BASE_PATH: '' },
    stdio: 'pipe',
  });
}

/** Change one event: every file of it, and the listings that name it. Returns the changed paths. */
function changeEvent(v1: string, v2: string, eventId: string): string[] {
  const touch = (rel: string) => {
    const file = path.join(v2, rel);
    if (rel.endsWith('.html')) {
      writeFileSync(file, readFileSync(file, 'utf8').replace('</body>', '<!-- rebuilt --></body>'));
    } else appendFileSync(file, '\n');
  };
  const eventDir = path.join(v2, 'events', eventId);
  for (const entry of readdirSync(eventDir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) touch(path.relative(v2, path.join(entry.parentPath, entry.name)));
  }
  for (const rel of [
    `data/events/${eventId}.json`,
    `data/events/${eventId}.csv`,
    'data/index.json',
    'data/search/docs/0.json',
    'index.html',
    'index.txt',
    '__next.__PAGE__.txt',
  ]) {
    touch(rel);
  }
  const before = digests(v1);
  return [...digests(v2)].filter(([rel, digest]) => before.get(rel) !== digest).map(([rel]) => rel);
}

interface Versions {
  dir: string;
  /** The folder the server reads: version 1, then version 2. */
  site: string;
  v2: string;
  changed: string[];
  eventId: string;
}

function prepare(budgetMB: string): Versions {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parallax-update-'));
  const site = path.join(dir, 'site');
  const v2 = path.join(dir, 'v2');
  cpSync('out', site, { recursive: true });
  cpSync('out', v2, { recursive: true });
  const { eventId } = seedIdsFromDisk('out');
  const changed = changeEvent(site, v2, eventId);
  writeWorker(site, budgetMB);
  writeWorker(v2, budgetMB);
  return { dir, site, v2, changed, eventId };
}

/** The site served from `dir`, logging every path the browser asks the server for. */
async function serveLogged(dir: string) {
  const log: string[] = [];
  const server = createSiteServer(dir);
  server.on('request', (req) => log.push(decodeURIComponent((req.url ?? '/').split('?')[0]!)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { origin, log, close };
}

/** Swap the served folder for version 2, update the worker from a page with no links, and wait for it to take over. */
async function updateTo(v: Versions, page: Page, origin: string, log: string[]): Promise<string[]> {
  await page.goto(`${origin}/robots.txt`);
  await page.waitForLoadState('networkidle');
  log.length = 0;
  renameSync(v.site, `${v.site}-v1`);
  renameSync(v.v2, v.site);
  const outcome = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration) return 'no registration';
    await registration.update();
    const worker = registration.installing ?? registration.waiting;
    if (!worker) return 'no new worker';
    if (worker.state === 'activated') return 'activated';
    return new Promise<string>((resolve) =>
      worker.addEventListener('statechange', () => {
        if (worker.state === 'activated' || worker.state === 'redundant') resolve(worker.state);
      }),
    );
  });
  expect(outcome).toBe('activated');
  return [...new Set(log.filter((p) => p !== '/favicon.ico'))].sort();
}

test('a rebuild that changed one event: the update fetches only its files and the listings (whole site precached)', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const v = prepare('100');
  const server = await serveLogged(v.site);
  try {
    await page.goto(`${server.origin}/`);
    await expect(page.getByRole('status').filter({ hasText: 'Available offline' })).toBeVisible({
      timeout: 60_000,
    });
    const precached = digests(v.site).size;
    const fetched = await updateTo(v, page, server.origin, server.log);

    const changed = v.changed.map((p) => `/${p}`);
    expect(changed.length).toBeGreaterThan(5);
    expect(changed.length).toBeLessThan(precached / 2);
    expect(fetched, 'what the update fetched: the new worker and the changed files, nothing else').toEqual(
      ['/sw.js', ...changed].sort(),
    );

    // The update took: offline, the event page is the rebuilt one.
    await context.setOffline(true);
    const html = await page.evaluate((id) => fetch(`/events/${id}/`).then((r) => r.text()), v.eventId);
    expect(html).toContain('<!-- rebuilt -->');
  } finally {
    await context.setOffline(false);
    await server.close();
    rmSync(v.dir, { recursive: true, force: true });
  }
});

test('past the precache budget, the update fetches only the changed listings; the event read before is kept', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const v = prepare('0.1');
  const server = await serveLogged(v.site);
  try {
    await page.goto(`${server.origin}/`);
    await expect(
      page.getByRole('status').filter({ hasText: 'Pages you open stay readable offline' }),
    ).toBeVisible({ timeout: 60_000 });
    await page.goto(`${server.origin}/events/${v.eventId}/`);
    await expect(page.locator('#r1')).toBeVisible();
    const fetched = await updateTo(v, page, server.origin, server.log);

    // The frame's changed files (home and its payloads, the listing), never the event's pages or data, which are
    // fetched again only when read again.
    expect(fetched).toEqual([
      '/__next.__PAGE__.txt',
      '/data/index.json',
      '/index.html',
      '/index.txt',
      '/sw.js',
    ]);
    for (const p of fetched) if (p !== '/sw.js') expect(v.changed).toContain(p.slice(1));

    await context.setOffline(true);
    await page.goto(`${server.origin}/events/${v.eventId}/`);
    await expect(page.locator('#r1')).toBeVisible();
  } finally {
    await context.setOffline(false);
    await server.close();
    rmSync(v.dir, { recursive: true, force: true });
  }
});
