import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openSeedEvent } from './helpers';

/** Where each reader page of the seed site is, found by following links as a reader would. */
async function seedPath(page: Page, name: string): Promise<string> {
  if (name === 'home') return '/';
  if (name === 'outlet') return '/outlets/reuters/';
  const event = await openSeedEvent(page);
  if (name === 'event') return event;
  if (name === 'pair') return `${event}?pair=afp-vs-reuters`;
  const href = await page
    .locator('.col-head')
    .first()
    .getByRole('link', { name: 'Full text' })
    .getAttribute('href');
  return href ?? '';
}

for (const scheme of ['light', 'dark'] as const) {
  for (const name of ['home', 'event', 'pair', 'article', 'outlet']) {
    test(`no axe violations: ${name} page, ${scheme}`, async ({ page }) => {
      // axe walks every node; the comparison has thousands of spans and the machine is shared.
      test.setTimeout(120_000);
      const path = await seedPath(page, name);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await expect(page.locator('main')).toBeVisible();
      // The pair view is drawn by the page's script: wait for its two columns.
      if (name === 'pair') await expect(page.locator('.cmp-head .col-name')).toHaveCount(2);
      // Rows off screen skip layout (content-visibility: auto), and axe then reads a skipped row's stale box and
      // takes another element's colour for its background (axe-core issue 2768, open). Lay every row out first, so
      // every row's contrast is checked against its real background rather than skipped or guessed.
      await page.addStyleTag({ content: '.cmp-row { content-visibility: visible !important; }' });
      const result = await new AxeBuilder({ page }).analyze();
      const summary = result.violations.map(
        (v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target} ${v.nodes[0]?.failureSummary ?? ''}`,
      );
      expect(summary, `${name} ${path}`).toEqual([]);
    });
  }
}
