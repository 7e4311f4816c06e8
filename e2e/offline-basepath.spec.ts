import { existsSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { seedIdsFromSite } from './offline-helpers';
import { BUILD_FIXTURE_SITE, serveSite, type SiteServer } from './site-server';

/*
 * Sub-path hosting: the site built with PARALLAX_BASE_PATH=/news (scripts/build-basepath.sh writes out-news/) and
 * served under /news/. Every internal link and asset of the home, seed event and article pages must resolve.
 */
const BASE = '/news';
const DIR = 'out-news';
let origin = '';
let server: SiteServer | undefined;

test.beforeAll(async () => {
  // `npm test` always builds this site: a missing one is a failure to see, never a skip that hides these tests.
  if (!existsSync(`${DIR}/index.html`)) {
    throw new Error(`${DIR}/ is missing. Build it as \`npm test\` does: ${BUILD_FIXTURE_SITE}`);
  }
  server = await serveSite(DIR, BASE);
  origin = server.origin;
});

test.afterAll(async () => {
  await server?.close();
});

/** Every URL the page links to or loads from, resolved by the browser, same origin only. */
async function internalUrls(page: Page): Promise<string[]> {
  const urls = await page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLAnchorElement | HTMLLinkElement>('a[href], link[href]')) {
      out.push(el.href);
    }
    for (const el of document.querySelectorAll<HTMLScriptElement | HTMLImageElement>(
      'script[src], img[src]',
    )) {
      out.push(el.src);
    }
    for (const el of document.querySelectorAll<HTMLFormElement>('form[action]')) out.push(el.action);
    return out;
  });
  return [...new Set(urls.filter((u) => u.startsWith(origin)).map((u) => u.split('#')[0]!))].sort();
}

test('under /news every internal link and asset of home, the seed event and an article resolves', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const seed = await seedIdsFromSite(request, `${origin}${BASE}`);
  const bad: string[] = [];
  page.on('response', (r) => {
    if (r.url().startsWith(origin) && r.status() >= 400) bad.push(`${r.status()} ${r.url()}`);
  });
  const checked = new Set<string>();
  for (const pagePath of ['/', `/events/${seed.eventId}/`, `/articles/${seed.afp}/`]) {
    await page.goto(`${origin}${BASE}${pagePath}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const urls = await internalUrls(page);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(new URL(url).pathname.startsWith(`${BASE}/`), `${url} on ${pagePath} is outside ${BASE}/`).toBe(
        true,
      );
      if (checked.has(url)) continue;
      checked.add(url);
      const res = await request.get(url);
      expect(res.status(), `${url} linked from ${pagePath}`).toBe(200);
    }
  }
  expect(bad, 'every request the pages made').toEqual([]);
});

test('under /news search, data files and the service worker use the base path', async ({ page, request }) => {
  test.setTimeout(90_000);
  const seed = await seedIdsFromSite(request, `${origin}${BASE}`);
  expect((await request.get(`${origin}${BASE}/sw.js`)).status()).toBe(200);
  expect((await request.get(`${origin}${BASE}/data/events/${seed.eventId}.csv`)).status()).toBe(200);
  await page.goto(`${origin}${BASE}/search/?q=Lutsk`);
  const link = page.locator(`a[href^="${BASE}/events/${seed.eventId}/#r"]`);
  await expect(link.first()).toBeVisible();
  await link.first().click();
  await expect(page).toHaveURL(new RegExp(`^${origin}${BASE}/events/${seed.eventId}/#r\\d+$`));
  // The worker registers with the base path as its scope, and activates (it has precached the site under /news).
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(`${origin}${BASE}/`);
});
