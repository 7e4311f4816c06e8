import { expect, test } from '@playwright/test';
import { seedIdsFromSite } from './offline-helpers';

// One journey: a reader opens the site once, goes offline, and keeps reading.
test('after one visit the event, pair and article pages open offline', async ({ page, context, request }) => {
  const seed = await seedIdsFromSite(request);
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'Available offline' })).toBeVisible({
    timeout: 30_000,
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await context.setOffline(true);
  try {
    await page.goto(`/events/${seed.eventId}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('#r1')).toBeVisible();

    await page.goto(`/events/${seed.eventId}/?pair=afp-vs-reuters`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.cmp-head .col-name')).toHaveCount(2);
    await expect(page.locator('ins, del').first()).toBeVisible();

    await page.goto(`/articles/${seed.afp}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('Lutsk').first()).toBeVisible();

    // The search index is precached too.
    await page.goto('/search/?q=Lutsk');
    await expect(page.locator(`a[href*="/events/${seed.eventId}/#r"]`).first()).toBeVisible();

    // A page that does not exist answers with the 404 page, not the browser's offline error.
    await page.goto('/no-such-page/');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  } finally {
    await context.setOffline(false);
  }
});
