import { expect, type Page } from '@playwright/test';

/** The seed event (AFP, Reuters and Press TV of 11 March 2022), found from the home page as a reader would. */
export async function openSeedEvent(page: Page): Promise<string> {
  await page.goto('/');
  const item = page.locator('.event-item', { hasText: 'Press TV' }).filter({ hasText: 'Reuters' });
  await item.getByRole('link').first().click();
  await page.waitForURL(/\/events\/[^/]+\/$/);
  await expect(page.locator('.cmp-rows')).toBeVisible();
  return new URL(page.url()).pathname;
}

/** The aligned row holding Putin's "certain positive" quote. */
export function quoteRow(page: Page) {
  return page.locator('.cmp-rows > li', { hasText: 'There are certain positive' }).first();
}

/** The marks of a row as text: `+word` for added words, `-word` for missing ones, in page order. */
export async function marksOf(row: ReturnType<Page['locator']>): Promise<string[]> {
  return row.locator('ins.mark-added, del.mark-missing').evaluateAll((els) =>
    els.map((el) => {
      const clone = el.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('.sr-only').forEach((s) => s.remove());
      return (el.tagName === 'INS' ? '+' : '-') + (clone.textContent ?? '').trim();
    }),
  );
}
