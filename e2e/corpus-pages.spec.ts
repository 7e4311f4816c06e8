import AxeBuilder from '@axe-core/playwright';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { DataIndex } from '../lib/export/data';
import { BUILD_FIXTURE_SITE, serveSite, type SiteServer } from './site-server';

/*
 * The corpus page in pages (lib/view/corpus.ts `corpusPages`): out-news/ is built with three articles a page
 * (PARALLAX_CORPUS_PAGE_ARTICLES=3, scripts/test.sh), so the seeds and the hostile fixture take several pages, as a
 * corpus of thousands does at the default size. Every article is listed on exactly one page, the pages link to each
 * other without JavaScript, and each is axe clean.
 */
const BASE = '/news';
const DIR = 'out-news';
let server: SiteServer | undefined;
let origin = '';

function listing(): DataIndex {
  const file = path.join(DIR, 'data', 'index.json');
  // `npm test` always builds this site: a missing one is a failure to see, never a skip.
  if (!existsSync(file))
    throw new Error(`${DIR}/ is missing. Build it as \`npm test\` does: ${BUILD_FIXTURE_SITE}`);
  return JSON.parse(readFileSync(file, 'utf8')) as DataIndex;
}

test.beforeAll(async () => {
  server = await serveSite(DIR, BASE);
  origin = server.origin;
});

test.afterAll(async () => {
  await server?.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the corpus pages list every article once and lead to one another', async ({ page }) => {
    const { articles } = listing();
    await page.goto(`${origin}${BASE}/corpus/`);
    const title = page.getByRole('heading', { level: 1 });
    await expect(title).toHaveText(/^The corpus, page 1 of \d+$/);
    const count = Number((await title.textContent())!.match(/of (\d+)$/)![1]);
    expect(count).toBeGreaterThan(1);

    const seen: string[] = [];
    for (let n = 1; n <= count; n++) {
      if (n > 1) {
        const pager = page.getByRole('navigation', { name: 'Corpus pages', exact: true });
        await expect(pager.locator('[aria-current="page"]')).toHaveText(String(n - 1));
        await Promise.all([
          page.waitForURL(`${origin}${BASE}/corpus/${n}/`, { waitUntil: 'commit' }),
          pager.getByRole('link', { name: String(n), exact: true }).click(),
        ]);
        await expect(title).toHaveText(`The corpus, page ${n} of ${count}`);
      }
      const hrefs = await page
        .getByRole('table')
        .locator(`a[href^="${BASE}/articles/"]`)
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      seen.push(...hrefs.map((h) => h.split('/')[3]!));
    }
    expect(seen.sort()).toEqual(articles.map((a) => a.id).sort());
    // Past the last page there is none.
    const past = await page.goto(`${origin}${BASE}/corpus/${count + 1}/`);
    expect(past?.status()).toBe(404);
  });
});

for (const n of [1, 2]) {
  test(`no axe violations: corpus page ${n}`, async ({ page }) => {
    await page.goto(`${origin}${BASE}/corpus/${n === 1 ? '' : `${n}/`}`);
    await expect(page.getByRole('navigation', { name: 'Corpus pages', exact: true })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });
}
