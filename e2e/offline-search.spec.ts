import { expect, test } from '@playwright/test';
import { seedIdsFromSite } from './offline-helpers';

test('searching "Lutsk" finds the seed event and lands on the row', async ({ page, request }) => {
  const seed = await seedIdsFromSite(request);
  await page.goto('/search/');
  await page.getByLabel('Search every outlet’s sentences').fill('Lutsk');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=Lutsk$/);

  const result = page
    .getByRole('listitem')
    .filter({ has: page.locator(`a[href*="/events/${seed.eventId}/#r"]`) });
  await expect(result.first()).toBeVisible();
  await expect(result.first().locator('mark', { hasText: 'Lutsk' }).first()).toBeVisible();
  const href = await result.first().getByRole('link').first().getAttribute('href');
  const row = /#(r[1-9][0-9]*)$/.exec(href ?? '')?.[1];
  expect(row, `result link ${href}`).toBeDefined();

  await result.first().getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`/events/${seed.eventId}/#${row}$`));
  const target = page.locator(`#${row}`);
  await expect(target).toBeVisible();
  await expect(target).toContainText('Lutsk');
  await expect(target).toBeInViewport();
});

test('a search link with ?q= opens with its results, and a word nobody used says so', async ({ page }) => {
  await page.goto('/search/?q=Lutsk');
  await expect(page.getByText(/passages? match “Lutsk”/)).toBeVisible();
  await expect(page.getByLabel('Search every outlet’s sentences')).toHaveValue('Lutsk');
  await page.goto('/search/?q=zzyzxq');
  await expect(page.getByText('No passage matches “zzyzxq”.')).toBeVisible();
});

test('the 404 page links home and to search', async ({ page }) => {
  const res = await page.goto('/events/no-such-event/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('searchbox').fill('Lutsk');
  await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=Lutsk$/);
  await expect(page.getByText(/passages? match “Lutsk”/)).toBeVisible();
  await page.goBack();
  await page.getByRole('link', { name: 'All events, newest first' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('a common word pages its results: the best 20, then "Show more results"', async ({ page }) => {
  await page.goto('/search/?q=Ukraine');
  const summary = page.getByText(/^\d+ passages match “Ukraine”/);
  await expect(summary).toBeVisible();
  const total = Number(/^(\d+)/.exec((await summary.textContent()) ?? '')?.[1]);
  // The embedded corpus the browser tests run on always has more than one page of them: fewer means search lost some.
  expect(total, 'passages of the embedded corpus that mention Ukraine').toBeGreaterThan(20);
  const results = page.getByRole('main').getByRole('listitem');
  await expect(results).toHaveCount(20);
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(results).toHaveCount(Math.min(40, total));
});
