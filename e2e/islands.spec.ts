import { expect, test, type Page } from '@playwright/test';
import { marksOf, openSeedEvent, quoteRow } from './helpers';
import { seedIdsFromSite } from './offline-helpers';

/*
 * The event page's rows and the home list are server-rendered HTML; only small island scripts (lib/client: the
 * comparison's controls and row selection, the home filter) run in the browser, no framework, and the code that
 * redraws the rows for another view is fetched when a reader first asks for one.
 */

/** The scripts a page has requested so far. */
function scriptsOf(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') seen.push(new URL(r.url()).pathname);
  });
  return seen;
}

test('selecting a row keeps the server’s rows; another base fetches the redrawing code and back restores them', async ({
  page,
}) => {
  await openSeedEvent(page);
  const scripts = scriptsOf(page);
  // Settled: link prefetches may fetch other routes' scripts after load, and must not count as the selection's.
  await page.reload({ waitUntil: 'networkidle' });
  await expect(page.getByLabel('Base outlet')).toBeVisible();
  const opening = await marksOf(quoteRow(page));
  const loaded = scripts.length;
  expect(loaded).toBeGreaterThan(0);

  // The row element the server rendered stays the same element through a selection: nothing redraws it.
  await quoteRow(page).evaluate((el) => el.setAttribute('data-probe', 'server'));
  await quoteRow(page)
    .locator('.cell')
    .first()
    .click({ position: { x: 5, y: 5 } });
  await expect(quoteRow(page)).toHaveClass(/is-selected/);
  await expect(quoteRow(page).getByRole('button', { name: /Copy link to passage/ })).toBeVisible();
  await expect(quoteRow(page)).toHaveAttribute('data-probe', 'server');
  await page.waitForLoadState('networkidle');
  expect(scripts.length, 'selecting a row fetches nothing').toBe(loaded);

  // Another base: the code that redraws the rows is fetched now, and the selected row stays selected with its tools.
  await page.getByLabel('Base outlet').selectOption({ label: 'Reuters' });
  await expect(page.locator('.legend strong')).toHaveText('Reuters');
  expect(scripts.length, 'another base fetches the redrawing code').toBeGreaterThan(loaded);
  await expect(quoteRow(page)).not.toHaveAttribute('data-probe', 'server');
  await expect(quoteRow(page)).toHaveClass(/is-selected/);
  await expect(quoteRow(page).getByRole('button', { name: /Copy link to passage/ })).toHaveCount(1);
  expect(await marksOf(quoteRow(page))).not.toEqual(opening);

  // Back to the opening base: the server's rows again, with their marks.
  await page.getByLabel('Base outlet').selectOption({ label: 'AFP' });
  await expect(page.locator('.legend strong')).toHaveText('AFP');
  expect(await marksOf(quoteRow(page))).toEqual(opening);
  await expect(quoteRow(page)).toHaveClass(/is-selected/);
});

test('a shared view opens as it was shared, row included', async ({ page }) => {
  const path = await openSeedEvent(page);
  const id = await quoteRow(page).getAttribute('id');
  await page.goto(`${path}?base=reuters&hide=press-tv#${id}`);
  await expect(page.locator('.legend strong')).toHaveText('Reuters');
  await expect(page.locator('.cmp-head .col-name')).toHaveCount(2);
  await expect(page.locator('.cmp-head .col-name', { hasText: 'Press TV' })).toHaveCount(0);
  await expect(page.locator('.outlet-picker').getByLabel('Press TV')).not.toBeChecked();
  const row = page.locator(`#${id}`);
  await expect(row).toHaveClass(/is-selected/);
  await expect(row).toBeInViewport();
  expect(await marksOf(row)).toContain('+shifts');
});

test('a shared link to a row deep in a redrawn view lands on that row', async ({ page, browser }) => {
  // Rows off screen stand at an estimated height until laid out (content-visibility: auto): a scroll aimed before
  // the rows around the target are laid out would miss it. The island scrolls again until the row stays put.
  const path = await openSeedEvent(page);
  await page.goto(`${path}?base=reuters&hide=press-tv`);
  await expect(page.locator('.cmp-head .col-name')).toHaveCount(2);
  // Two thirds down: far from both ends, so the end of the page does not stop the scroll on the row anyway.
  const rows = page.locator('li.cmp-row');
  const id = await rows.nth(Math.floor(((await rows.count()) * 2) / 3)).getAttribute('id');
  // A phone's width, where a row's real height is furthest from the estimate.
  const fresh = await browser.newPage({ viewport: { width: 390, height: 700 } });
  await fresh.goto(`${path}?base=reuters&hide=press-tv#${id}`);
  const row = fresh.locator(`li#${id}`);
  await expect(row).toHaveClass(/is-selected/);
  await expect(row).toBeInViewport();
  // Still there ten frames on, past the island's last try: nothing moved it away afterwards.
  await fresh.evaluate(
    () =>
      new Promise((done) => {
        let frames = 10;
        const next = () => (--frames ? requestAnimationFrame(next) : done(null));
        requestAnimationFrame(next);
      }),
  );
  await expect(row).toBeInViewport();
  await fresh.close();
});

test('the home filter hides the days an outlet did not cover, and the date list follows', async ({
  page,
}) => {
  await page.goto('/');
  const days = page.locator('section.day').filter({ visible: true });
  const all = await days.count();
  expect(all).toBeGreaterThan(1);
  const jump = page.getByRole('combobox', { name: 'Jump to date' });
  await expect(jump.locator('option')).toHaveCount(all + 1);
  await page.getByRole('combobox', { name: 'Outlet', exact: true }).selectOption({ label: 'The Hindu' });
  await expect(days).toHaveCount(1);
  await expect(jump.locator('option')).toHaveCount(2);
  await expect(page.getByRole('status').filter({ hasText: /events?$/ })).toHaveText('1 event');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page lists every event, and its filter is not offered', async ({ page }) => {
    await page.goto('/');
    const items = page.locator('.event-item');
    expect(await items.count()).toBeGreaterThan(1);
    await expect(items.filter({ visible: true })).toHaveCount(await items.count());
    await expect(page.getByRole('combobox', { name: 'Outlet', exact: true })).toBeHidden();
  });
});

test('public/ files are served and linked: icon, manifest, robots.txt, and the worker precaches them', async ({
  page,
  request,
}) => {
  await seedIdsFromSite(request);
  await page.goto('/');
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  const manifest = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(icon).toBe('/icon.svg');
  expect(manifest).toBe('/manifest.webmanifest');
  const svg = await request.get(icon!);
  expect(svg.headers()['content-type']).toContain('image/svg+xml');
  expect(await svg.text()).toContain('<svg');
  const app = (await (await request.get(manifest!)).json()) as {
    short_name: string;
    icons: { src: string }[];
  };
  expect(app.short_name).toBe('Parallax');
  // The manifest's icon resolves against the manifest's own URL, so a base path keeps it working.
  expect((await request.get(new URL(app.icons[0]!.src, `http://x${manifest}`).pathname)).ok()).toBe(true);
  expect(await (await request.get('/robots.txt')).text()).toMatch(/^User-agent: \*$/m);
  const worker = await (await request.get('/sw.js')).text();
  for (const file of ['icon.svg', 'manifest.webmanifest', 'robots.txt'])
    expect(worker).toContain(`"/${file}"`);
});

test('an event page boots no framework: its scripts are its islands’, and the rows are in the HTML once', async ({
  page,
  request,
}) => {
  const scripts = scriptsOf(page);
  const path = await openSeedEvent(page);
  await expect(page.getByLabel('Base outlet')).toBeVisible();
  await page.waitForLoadState('networkidle');
  // Only island scripts (lib/client, bundled into /islands/): no Next router, no React in the browser.
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((s) => !s.startsWith('/islands/'))).toEqual([]);
  const html = await (await request.get(path)).text();
  expect(html).not.toContain('self.__next_f');
  expect(/\/_next\/static\/chunks\/[^"]*\.js/.test(html), 'a Next script in the event page').toBe(false);
  expect(html.split('<li id="r1" class="cmp-row')).toHaveLength(2);
  // The search page is a React client component: it keeps Next's runtime.
  const search = await (await request.get('/search/')).text();
  expect(/\/_next\/static\/chunks\/[^"]*\.js/.test(search), 'Next scripts in the search page').toBe(true);
});
