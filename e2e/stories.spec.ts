import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * Clicks a link and waits until the browser has committed to the page it names, not until its `load` event: what a
 * reader sees is asserted next (those assertions wait), while `load` also waits for every stylesheet and icon. Twice
 * in some twenty CI runs this test timed out after a click here (cause not found; not reproduced in 45 local runs).
 */
async function follow(page: Page, link: Locator, url: RegExp): Promise<void> {
  await Promise.all([page.waitForURL(url, { waitUntil: 'commit' }), link.click()]);
}

/**
 * Stories (issue 15), read without JavaScript: the seeds' 3, 11 and 15 March reports on the Russia–Ukraine talks form
 * one story. A reader sees its size on the home page, its other events on an event page, and its timeline.
 */
test.describe('following a story, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('from the home list to an event, its neighbours, and the story timeline', async ({ page }) => {
    await page.goto('/');
    const item = page.locator('.event-item', { hasText: 'Press TV' }).filter({ hasText: 'Reuters' });
    await expect(item.getByRole('link', { name: 'Story of 3 events' })).toBeVisible();
    await follow(page, item.getByRole('heading').getByRole('link'), /\/events\/2022-03-11-[^/]+\/$/);

    const story = page.getByRole('navigation', { name: /Part of a story of 3 events/ });
    const earlier = story.getByRole('region', { name: 'Earlier in this story' });
    const later = story.getByRole('region', { name: 'Later in this story' });
    await expect(earlier.getByRole('listitem')).toHaveCount(1);
    await expect(earlier).toContainText('3 March 2022');
    await expect(earlier).toContainText('The Hindu');
    await expect(earlier.getByRole('link')).toHaveText("Russian troops' advance stalled outside Kyiv");
    await expect(later.getByRole('listitem')).toHaveCount(1);
    await expect(later).toContainText('15 March 2022');
    await expect(later).toContainText('AP');

    await follow(page, story.getByRole('heading').getByRole('link'), /\/stories\/2022-03-03-[^/]+\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      "Putin cites 'some progress' in talks with Ukraine",
    );
    const timeline = page.getByRole('region', { name: 'Timeline' }).getByRole('listitem');
    await expect(timeline).toHaveCount(3);
    await expect(timeline.nth(0)).toContainText('The Hindu');
    await expect(timeline.nth(1)).toContainText('AFP');
    await expect(timeline.nth(1)).toContainText('Press TV');
    await expect(timeline.nth(1)).toContainText('There are certain positive shifts');
    await expect(timeline.nth(2)).toContainText('soften its stand');
    await follow(page, timeline.nth(2).getByRole('link'), /\/events\/2022-03-15-[^/]+\/$/);
    await expect(
      page.getByRole('region', { name: 'Earlier in this story' }).getByRole('listitem'),
    ).toHaveCount(2);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`no axe violations: story page, ${scheme}`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto('/');
    await page
      .locator('.event-item')
      .getByRole('link', { name: /^Story of \d+ events$/ })
      .first()
      .click();
    await page.waitForURL(/\/stories\/[^/]+\/$/);
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('main')).toBeVisible();
    const result = await new AxeBuilder({ page }).analyze();
    const summary = result.violations.map(
      (v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target} ${v.nodes[0]?.failureSummary ?? ''}`,
    );
    expect(summary).toEqual([]);
  });
}
