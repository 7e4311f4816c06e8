import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { seedIdsFromDisk } from './offline-helpers';
import { serveSite, type SiteServer } from './site-server';

/*
 * A corpus too big to precache: postbuild run again on a copy of out/ with a tiny budget, so the worker holds only
 * the site's frame and keeps the pages a reader opens. Served on its own port from the copy.
 */
let origin = '';
let dir = '';
let server: SiteServer | undefined;

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'parallax-partial-'));
  cpSync('out', dir, { recursive: true });
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/postbuild.ts', '--out', dir], {
    env: { ...process.env, PARALLAX_PRECACHE_MB: '0.1' },
    stdio: 'pipe',
  });
  server = await serveSite(dir);
  origin = server.origin;
});

test.afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('past the precache budget, the pages a reader opened stay readable offline', async ({
  page,
  context,
}) => {
  const seed = seedIdsFromDisk('out');
  await page.goto(`${origin}/`);
  await expect(
    page.getByRole('status').filter({ hasText: 'Pages you open stay readable offline' }),
  ).toBeVisible({
    timeout: 30_000,
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.goto(`${origin}/events/${seed.eventId}/`);
  await expect(page.locator('#r1')).toBeVisible();

  await context.setOffline(true);
  try {
    await page.goto(`${origin}/events/${seed.eventId}/`);
    await expect(page.locator('#r1')).toBeVisible();
    // Never opened, so not kept: the cached 404 page says so rather than the browser's offline error.
    await page.goto(`${origin}/articles/${seed.afp}/`);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  } finally {
    await context.setOffline(false);
  }
});
