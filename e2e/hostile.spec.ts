import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { DataIndex } from '../lib/export/data';
import { BUILD_FIXTURE_SITE, serveSite, type SiteServer } from './site-server';

/*
 * Hostile text (data/fixtures/hostile): titles and text holding <script>, <img onerror>, javascript: URLs, entities,
 * a right-to-left override and a zero-width space must show as inert text. The site under test is out-news/, built
 * from the seeds plus that fixture by scripts/test.sh (scripts/build-basepath.sh with PARALLAX_INDEX set).
 */
const BASE = '/news';
const DIR = 'out-news';
let origin = '';
let server: SiteServer | undefined;

function hostileArticles(): { wire: string; daily: string; eventId: string } {
  const file = path.join(DIR, 'data', 'index.json');
  // `npm test` always builds this site: a missing one is a failure to see, never a skip that hides these tests.
  if (!existsSync(file)) {
    throw new Error(`${DIR}/ is missing. Build it as \`npm test\` does: ${BUILD_FIXTURE_SITE}`);
  }
  const listing = JSON.parse(readFileSync(file, 'utf8')) as DataIndex;
  const wire = listing.articles.find((a) => a.outlet.name === 'Example Wire');
  const daily = listing.articles.find((a) => a.outlet.name === 'Example Daily');
  const event = listing.events.find((e) => wire && e.articleIds.includes(wire.id));
  if (!wire || !daily || !event) {
    throw new Error(
      `${DIR}/ was built without data/fixtures/hostile (no Example Wire and Example Daily event). Build it as ` +
        `\`npm test\` does: ${BUILD_FIXTURE_SITE}`,
    );
  }
  return { wire: wire.id, daily: daily.id, eventId: event.id };
}

/**
 * Wait until the page's scripts have had their chance to run anything the text could smuggle in: the load event
 * (images of the HTML, `onerror=` included, have loaded or failed; the island scripts, modules, run before it), then
 * `ran`, a sign the page's island has run (its controls shown), where it has one. A dialog from either has been seen.
 */
async function settled(page: Page, ran?: Locator): Promise<void> {
  await page.waitForLoadState('load');
  if (ran) await expect(ran).toBeVisible();
}

let ids: { wire: string; daily: string; eventId: string };

test.beforeAll(async () => {
  ids = hostileArticles();
  server = await serveSite(DIR, BASE);
  origin = server.origin;
});

test.afterAll(async () => {
  await server?.close();
});

test('markup in an article shows as literal text and never runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`${origin}${BASE}/articles/${ids.wire}/`);
  const hostile = page.getByText('<img src=x onerror=alert(1)>', { exact: false }).first();
  await expect(hostile).toBeVisible();
  await settled(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('<script>alert(2)</script>');
  // The entities stay as typed: the reader sees "&amp;", not "&".
  await expect(
    page.getByText('&amp; its &lt;b&gt;details&lt;/b&gt;', { exact: false }).first(),
  ).toBeVisible();
  // No element was created from the text.
  expect(await page.locator('main img[src="x"], main script').count()).toBe(0);
  // The javascript: URL is never a link.
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('the comparison of the hostile event is inert too, and every page carries a CSP', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const response = await page.goto(`${origin}${BASE}/events/${ids.eventId}/`);
  expect(response?.ok()).toBe(true);
  const hostile = page.getByText('<img src=x onerror=alert(1)>', { exact: false }).first();
  await expect(hostile).toBeVisible();
  // The rows and the insights are HTML the server wrote (escaped); the island script that runs around them has run
  // once its controls show.
  await settled(page, page.getByLabel('Base outlet'));
  // The one script in main is the comparison's island, by its address.
  expect(
    await page.locator('main script').evaluateAll((els) => els.map((e) => e.getAttribute('src'))),
  ).toEqual([`${BASE}/islands/comparison.js`]);
  expect(await page.locator('main img[src="x"]').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(dialogs).toEqual([]);
});
