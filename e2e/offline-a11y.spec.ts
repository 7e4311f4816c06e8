import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// The pages of this area (search with results, the 404 page) meet the same axe bar as the reader pages.
for (const scheme of ['light', 'dark'] as const) {
  for (const [name, path] of [
    ['search results', '/search/?q=Lutsk'],
    ['filtered search results', '/search/?q=Ukraine&outlet=reuters&from=2022-03-11&to=2022-03-11'],
    ['404', '/no-such-page/'],
  ] as const) {
    test(`no axe violations: ${name} page, ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (name !== '404') await expect(page.locator('mark').first()).toBeVisible();
      const result = await new AxeBuilder({ page }).analyze();
      const summary = result.violations.map(
        (v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target} ${v.nodes[0]?.failureSummary ?? ''}`,
      );
      expect(summary, `${name} ${path}`).toEqual([]);
    });
  }
}
