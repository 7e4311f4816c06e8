import { expect, test } from '@playwright/test';
import { marksOf, openSeedEvent, quoteRow } from './helpers';

test('home lists events by day and leads to an article as its outlet printed it', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: '11 March 2022' })).toBeVisible();
  await openSeedEvent(page);
  await page.locator('.col-head', { hasText: 'Reuters' }).getByRole('link', { name: 'Full text' }).click();
  await expect(page).toHaveURL(/\/articles\/[^/]+\/$/);
  await expect(page.locator('.kicker .chip', { hasText: 'Reuters' })).toBeVisible();
  await expect(page.locator('article')).toContainText('Lukashenko');
  await page.getByText(/Removed while importing/).click();
  await expect(page.locator('details.removed')).toHaveAttribute('open', '');
});

test('the seed comparison shows AFP, Reuters and Press TV side by side with the quote marked', async ({
  page,
}) => {
  await openSeedEvent(page);
  const heads = page.locator('.cmp-head .col-name');
  await expect(heads).toHaveCount(3);
  const names = (await heads.allInnerTexts()).map((t) => t.replace(/·.*$/, '').trim()).sort();
  expect(names).toEqual(['AFP', 'Press TV', 'Reuters']);
  const row = quoteRow(page);
  await expect(row.locator('.cell')).toHaveCount(3);
  const marks = await marksOf(row);
  expect(marks.length).toBeGreaterThan(0);
  // Reuters wrote "changes" where AFP (the base) wrote "shifts".
  expect(marks).toContain('+changes');
  expect(marks).toContain('-shifts');
});

test('switching the base outlet changes the marks', async ({ page }) => {
  await openSeedEvent(page);
  const row = quoteRow(page);
  const before = await marksOf(row);
  await page.getByLabel('Base outlet').selectOption({ label: 'Reuters' });
  await expect(page.locator('.legend strong')).toHaveText('Reuters');
  const after = await marksOf(row);
  expect(after).not.toEqual(before);
  // Against Reuters, AFP's "shifts" is the added word and Reuters' "changes" the missing one.
  expect(after).toContain('+shifts');
  expect(after).toContain('-changes');
  expect(new URL(page.url()).search).toBe('');
});

test('differences only hides rows every shown outlet tells alike and keeps the rest', async ({ page }) => {
  await openSeedEvent(page);
  const rows = page.locator('.cmp-rows > li.cmp-row[id]');
  const total = await rows.count();
  const same = await page.locator('.cmp-rows > li.kind-same').count();
  await page.getByLabel('Differences only').check();
  await expect(page.locator('.cmp-rows > li.kind-same')).toHaveCount(0);
  await expect(rows).toHaveCount(total - same);
  await expect(quoteRow(page)).toBeVisible();
});

test('a copied #r link opened in a fresh page highlights that row', async ({ page, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const path = await openSeedEvent(page);
  const row = quoteRow(page);
  const id = await row.getAttribute('id');
  expect(id).toMatch(/^r\d+$/);
  await row
    .locator('.cell')
    .first()
    .click({ position: { x: 5, y: 5 } });
  await expect(row).toHaveClass(/is-selected/);
  await row.getByRole('button', { name: /Copy link to passage/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`${path}`);
  expect(copied.endsWith(`#${id}`)).toBe(true);

  const fresh = await browser.newPage();
  await fresh.goto(copied);
  const target = fresh.locator(`#${id}`);
  await expect(target).toHaveClass(/is-selected/);
  await expect(target).toBeInViewport();
  await fresh.close();
});

test('the share link keeps the base and hidden outlets', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openSeedEvent(page);
  await page.getByLabel('Base outlet').selectOption({ label: 'Press TV' });
  await page.locator('.outlet-picker').getByLabel('AFP').uncheck();
  await page.getByRole('button', { name: 'Share this view' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).searchParams.get('base')).toBe('press-tv');
  expect(new URL(copied).searchParams.get('hide')?.split(',')).toContain('afp');

  const fresh = await browser.newPage();
  await fresh.goto(copied);
  await expect(fresh.locator('.legend strong')).toHaveText('Press TV');
  await expect(fresh.locator('.cmp-head .col-name', { hasText: 'AFP' })).toHaveCount(0);
  await fresh.close();
});

test('a pair permalink (?pair=) shows only those two; the old pair URL goes there, row kept', async ({
  page,
}) => {
  const path = await openSeedEvent(page);
  const names = async () =>
    (await page.locator('.cmp-head .col-name').allInnerTexts())
      .map((t) => t.replace(/·.*$/, '').trim())
      .sort();
  await page.goto(`${path}?pair=afp-vs-reuters`);
  await expect(page.locator('.cmp-head .col-name')).toHaveCount(2);
  expect(await names()).toEqual(['AFP', 'Reuters']);
  // The pair is what the link is for: it is scrolled to, past the event's summary.
  await expect(page.locator('[data-pair-view]')).toBeInViewport();
  await expect(page.locator('.cmp-rows')).not.toContainText('Press TV');
  await expect(page).toHaveTitle(/^AFP vs Reuters: /);
  await expect(page.getByRole('group', { name: 'Outlets' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /See every outlet/ })).toBeVisible();
  // The pair page this URL once was (a stub now) sends the reader to the pair view, the passage kept.
  await page.goto(`${path}press-tv-vs-reuters/#r3`);
  await page.waitForURL(/\?pair=press-tv-vs-reuters#r3$/);
  await expect(page.locator('.cmp-head .col-name')).toHaveCount(2);
  expect(await names()).toEqual(['Press TV', 'Reuters']);
  await expect(page.locator('li#r3')).toHaveClass(/is-selected/);
  // An old pair URL with no stub reaches the 404 page, which sends it on the same way.
  await page.goto(`${path}afp-vs-tass/`);
  await page.waitForURL(/\?pair=afp-vs-tass$/);
  await expect(page.locator('h1')).not.toHaveText('Page not found');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the seed comparison and its marks are in the HTML', async ({ page }) => {
    await page.goto('/');
    await page.locator('.event-item', { hasText: 'Press TV' }).getByRole('link').first().click();
    await expect(page.locator('.cmp-head .col-name')).toHaveCount(3);
    const names = (await page.locator('.cmp-head .col-name').allInnerTexts()).map((t) =>
      t.replace(/·.*$/, '').trim(),
    );
    expect(names.sort()).toEqual(['AFP', 'Press TV', 'Reuters']);
    const marks = await marksOf(quoteRow(page));
    expect(marks).toContain('+changes');
    // Controls need scripts, so they are not shown at all: not even as an empty space.
    await expect(page.getByLabel('Base outlet')).toBeHidden();
    expect(await page.locator('.controls').evaluate((el) => getComputedStyle(el).display)).toBe('none');
  });

  test('an old pair URL opens the event page, which shows both outlets of the pair', async ({ page }) => {
    await page.goto('/');
    const item = page.locator('.event-item', { hasText: 'Press TV' }).filter({ hasText: 'Reuters' });
    const path = (await item.getByRole('link').first().getAttribute('href')) ?? '';
    await page.goto(`${path}afp-vs-reuters/`);
    await page.waitForURL(/\?pair=afp-vs-reuters$/);
    const names = (await page.locator('.cmp-head .col-name').allInnerTexts()).map((t) =>
      t.replace(/·.*$/, '').trim(),
    );
    expect(names).toEqual(expect.arrayContaining(['AFP', 'Reuters']));
  });
});

test('phone width stacks a row’s outlets, each labelled', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openSeedEvent(page);
  const cells = quoteRow(page).locator('.cell');
  const boxes = await cells.evaluateAll((els) =>
    els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect),
  );
  expect(boxes.length).toBe(3);
  expect(boxes[1]!.top).toBeGreaterThan(boxes[0]!.bottom - 1);
  expect(boxes[2]!.top).toBeGreaterThan(boxes[1]!.bottom - 1);
  await expect(quoteRow(page).locator('.cell-label').first()).toBeVisible();
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(390);
});

test('folding passages one outlet alone carried, and opening a fold again', async ({ page }) => {
  await openSeedEvent(page);
  const unique = page.locator('.cmp-rows > li.kind-unique');
  const before = await unique.count();
  expect(before).toBeGreaterThan(0);
  await page.getByLabel('Fold passages only one outlet carried').check();
  await expect(unique).toHaveCount(0);
  const folds = page.getByRole('button', { name: /^Show \d+ passages? only one outlet carried/ });
  const first = folds.first();
  const label = (await first.textContent()) ?? '';
  const n = Number(/Show (\d+)/.exec(label)?.[1]);
  await first.click();
  await expect(unique).toHaveCount(n);
  // Rows told by several outlets are never folded.
  await expect(quoteRow(page)).toBeVisible();
});

test('the outlet filter on the home page keeps only that outlet’s events', async ({ page }) => {
  await page.goto('/');
  // Events of other outlets are hidden, not removed: count the ones a reader sees.
  const items = page.locator('.event-item').filter({ visible: true });
  const all = await items.count();
  await page.getByRole('combobox', { name: 'Outlet', exact: true }).selectOption({ label: 'The Hindu' });
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('The Hindu');
  await page.getByRole('combobox', { name: 'Outlet', exact: true }).selectOption({ label: 'All outlets' });
  await expect(items).toHaveCount(all);
});
