import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { OFFLINE_NOTE } from '../lib/export/offline-html';
import { seedIdsFromDisk } from './offline-helpers';

/**
 * A failed request is a missing file unless the file is there: a load the browser dropped because the reader moved on
 * (the icon of a page left at once, on a busy machine) fails too, with the file in the copy.
 */
function inCopy(url: string): boolean {
  return url.startsWith('file:') && existsSync(new URL(url.split('#')[0]!.split('?')[0]!));
}

/*
 * The offline copy as a reader gets it: `npm run bundle` into a folder, index.html opened from disk (file://), no
 * server anywhere. The bundler runs once for the file; the test reads the copy it wrote. The last test reads any
 * site: PARALLAX_BUNDLE_FROM=.cache/bench-site/out runs it on a bench export (docs/performance.md, "Offline").
 */
const from = process.env.PARALLAX_BUNDLE_FROM;
let dir = '';
let folder = '';

test.beforeAll(() => {
  test.setTimeout(600_000);
  dir = mkdtempSync(path.join(os.tmpdir(), 'parallax-offline-'));
  folder = path.join(dir, 'parallax');
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/bundle-offline.ts', '--from', from ?? 'out', '--out', folder],
    {
      stdio: 'pipe',
    },
  );
});

test.afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the offline copy reads from file:// with styles, links and diff marks', async ({ page }) => {
  test.skip(!!from, 'the seed site only');
  test.setTimeout(60_000);
  const seed = seedIdsFromDisk('out');
  const failed: string[] = [];
  page.on('requestfailed', (r) => {
    if (!inCopy(r.url())) failed.push(r.url());
  });

  await page.goto(pathToFileURL(path.join(folder, 'index.html')).href);
  await expect(page.getByRole('note').filter({ hasText: OFFLINE_NOTE })).toBeVisible();
  expect(await page.locator('script').count()).toBe(0);
  // The stylesheet loaded: the page background and font are the site's, not the browser's defaults.
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
  const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(family).not.toMatch(/^"?Times New Roman"?$/);

  await page.locator(`a[href$="events/${seed.eventId}/index.html"]`).first().click();
  await expect(page).toHaveURL(pathToFileURL(path.join(folder, 'events', seed.eventId, 'index.html')).href);
  await expect(page.getByRole('note').filter({ hasText: OFFLINE_NOTE })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('ins').first()).toBeVisible();
  await expect(page.locator('del').first()).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
    background,
  );

  await page.locator(`a[href$="articles/${seed.afp}/index.html"]`).first().click();
  await expect(page).toHaveURL(pathToFileURL(path.join(folder, 'articles', seed.afp, 'index.html')).href);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('mark').first()).toBeVisible();

  await page.locator('a[href$="index.html"]', { hasText: 'Parallax' }).first().click();
  await expect(page).toHaveURL(pathToFileURL(path.join(folder, 'index.html')).href);
  expect(failed, 'every file the pages asked for exists in the copy').toEqual([]);
});

test('the copy is also a zip holding the same folder', () => {
  test.skip(!!from, 'the seed site only');
  const zip = `${folder}.zip`;
  expect(existsSync(zip)).toBe(true);
  const bytes = readFileSync(zip);
  expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
  expect(bytes.includes(Buffer.from('parallax/index.html'))).toBe(true);
  expect(bytes.includes(Buffer.from('parallax/sw.js'))).toBe(false);
});

test('from file://, every event, story and article linked from home opens with its styles, and every page it links exists', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const failed: string[] = [];
  page.on('requestfailed', (r) => {
    if (!inCopy(r.url())) failed.push(r.url());
  });
  const home = pathToFileURL(path.join(folder, 'index.html')).href;
  await page.goto(home);
  const links = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
      .map((a) => a.href)
      .filter((h) => h.startsWith('file:')),
  );
  const pages = [...new Set(links.map((h) => h.split('#')[0]!))];
  expect(pages.length).toBeGreaterThan(3);
  // Every page home links to exists in the copy.
  const missing = pages.filter((h) => !existsSync(new URL(h)));
  expect(missing).toEqual([]);
  // Open a few of each kind, as a reader would, and check what they load and link to.
  const kinds = ['/events/', '/stories/', '/articles/', '/outlets/'];
  for (const kind of kinds) {
    for (const href of pages.filter((h) => h.includes(kind)).slice(0, 3)) {
      await page.goto(href);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('note').filter({ hasText: OFFLINE_NOTE })).toBeVisible();
      const background = await page.evaluate(
        () => getComputedStyle(document.documentElement).backgroundColor,
      );
      expect(background, `the stylesheet of ${href}`).not.toBe('rgba(0, 0, 0, 0)');
      const onward = await page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLAnchorElement>('a[href^="file:"], a[href]:not([href^="http"])'),
        ].map((a) => a.href.split('#')[0]!),
      );
      const broken = [...new Set(onward)].filter((h) => h.startsWith('file:') && !existsSync(new URL(h)));
      expect(broken, `links from ${href}`).toEqual([]);
    }
  }
  expect(failed, 'every file the pages asked for exists in the copy').toEqual([]);
});
