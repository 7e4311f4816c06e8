import { expect, test, type Page } from '@playwright/test';

// Search results narrowed by outlet and by event date, kept in the URL so a filtered search is a permalink.
// The embedded corpus has three events on three days (2022-03-03, 03-11, 03-15); "Ukraine" is in rows of each.

const SEARCH = 'Search every outlet’s sentences';

/** The number the results' summary starts with ("38 passages match …"). */
async function total(page: Page): Promise<number> {
  const summary = page.getByText(/^\d+ passages? match “Ukraine”/);
  await expect(summary).toBeVisible();
  return Number(/^(\d+)/.exec((await summary.textContent()) ?? '')?.[1]);
}

/** Every shown result: its date line and the outlets whose text it shows. */
async function results(page: Page): Promise<{ date: string; cells: string[] }[]> {
  const items = page.getByRole('main').getByRole('listitem');
  await expect(items.first()).toBeVisible();
  return items.evaluateAll((lis) =>
    lis.map((li) => ({
      date: li.querySelector('p')?.textContent?.split(' · ')[0] ?? '',
      cells: [...li.querySelectorAll('p > span.font-semibold')].map((s) =>
        (s.textContent ?? '').replace(/: $/, ''),
      ),
    })),
  );
}

test('filtering by outlet and date keeps only that outlet’s rows of that day, and the URL restores it', async ({
  page,
}) => {
  await page.goto('/search/?q=Ukraine');
  const all = await total(page);

  await page.getByText('Filter by outlet and date').click();
  await page.getByRole('checkbox', { name: 'Reuters' }).check();
  await page.getByLabel('From').fill('2022-03-11');
  await page.getByLabel('To').fill('2022-03-11');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=Ukraine&outlet=reuters&from=2022-03-11&to=2022-03-11$/);

  const summary = page.getByText(/passages? match “Ukraine” in Reuters \(\d+\) on 2022-03-11/);
  await expect(summary).toBeVisible();
  const filtered = await total(page);
  expect(filtered, 'Reuters on 2022-03-11 of all rows mentioning Ukraine').toBeGreaterThan(0);
  expect(filtered).toBeLessThan(all);
  const shown = await results(page);
  expect(shown).toHaveLength(Math.min(20, filtered));
  for (const r of shown) {
    expect(r.date).toBe('2022-03-11');
    // Row level: Reuters printed this passage, and its text is the first shown.
    expect(r.cells[0]).toBe('Reuters');
  }
  const text = await summary.textContent();

  // The permalink, opened afresh, is the same search with the same controls set.
  await page.goto('/search/?q=Ukraine&outlet=reuters&from=2022-03-11&to=2022-03-11');
  await expect(page.getByText(text ?? '')).toBeVisible();
  await expect(page.getByLabel(SEARCH)).toHaveValue('Ukraine');
  await expect(page.getByRole('checkbox', { name: 'Reuters' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'AFP' })).not.toBeChecked();
  await expect(page.getByLabel('From')).toHaveValue('2022-03-11');
  await expect(page.getByLabel('To')).toHaveValue('2022-03-11');
  // The folded filter says what it holds by the outlet's name, not its id.
  await expect(page.locator('summary', { hasText: 'Filter by outlet and date' })).toContainText(
    '(in Reuters on 2022-03-11)',
  );

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=Ukraine$/);
  expect(await total(page)).toBe(all);
});

test('a date range alone keeps the events of those days; several outlets are counted each', async ({
  page,
}) => {
  await page.goto('/search/?q=Ukraine&from=2022-03-12');
  const later = await total(page);
  expect(later).toBeGreaterThan(0);
  for (const r of await results(page)) expect(r.date >= '2022-03-12', r.date).toBe(true);

  await page.goto('/search/?q=Ukraine&outlet=afp&outlet=reuters');
  const summary = page.getByText(/match “Ukraine” in AFP \((\d+)\) or Reuters \((\d+)\)/);
  await expect(summary).toBeVisible();
  const [, afp, reuters] = /AFP \((\d+)\) or Reuters \((\d+)\)/
    .exec((await summary.textContent()) ?? '')!
    .map(Number);
  const both = await total(page);
  // A row both printed counts once in the total and once for each outlet.
  expect(both).toBeGreaterThanOrEqual(Math.max(afp!, reuters!));
  expect(both).toBeLessThanOrEqual(afp! + reuters!);
  for (const r of await results(page)) expect(['AFP', 'Reuters']).toContain(r.cells[0]);
});

test('the filter works from the keyboard', async ({ page }) => {
  await page.goto('/search/?q=Ukraine');
  const all = await total(page);
  const summary = page.getByText('Filter by outlet and date');
  await summary.focus();
  await page.keyboard.press('Enter');
  const afp = page.getByRole('checkbox', { name: 'AFP' });
  await expect(afp).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(afp).toBeFocused();
  await page.keyboard.press('Space');
  await expect(afp).toBeChecked();
  await page.getByLabel(SEARCH).press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=Ukraine&outlet=afp$/);
  expect(await total(page)).toBeLessThan(all);
});

test('a filtered search runs offline from the precached index', async ({ page, context }) => {
  await page.goto('/search/');
  await expect(page.getByRole('status').filter({ hasText: 'Available offline' })).toBeVisible({
    timeout: 30_000,
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  try {
    await page.goto('/search/?q=Ukraine&outlet=press-tv');
    await expect(page.getByText(/match “Ukraine” in Press TV \(\d+\)/)).toBeVisible();
    for (const r of await results(page)) expect(r.cells[0]).toBe('Press TV');
  } finally {
    await context.setOffline(false);
  }
});
