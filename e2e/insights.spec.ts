import { expect, test, type Locator, type Page } from '@playwright/test';
import { marksOf, openSeedEvent } from './helpers';

/*
 * The insights on the seed event (AFP, Reuters and Press TV of 11 March 2022): the summary strip and the panel name
 * how the outlets differ, and each finding links to the rows it comes from.
 */

/** One kind's section of the insights panel ("Copied text", "Quotes", "Figures", "Names", "Word choice"). */
function kind(page: Page, name: string): Locator {
  return page
    .getByRole('region', { name: 'How the outlets differ' })
    .getByRole('region', { name, exact: true });
}

/** The first finding of a kind whose line holds every text given. */
function finding(page: Page, name: string, ...texts: string[]): Locator {
  let items = kind(page, name).getByRole('listitem');
  for (const t of texts) items = items.filter({ hasText: t });
  return items.first();
}

/** The row a finding's first passage link points at, and that link. */
async function linkedRow(page: Page, item: Locator): Promise<{ link: Locator; row: Locator; n: string }> {
  const link = item.getByRole('link', { name: /^Passage \d+$/ }).first();
  const href = (await link.getAttribute('href')) ?? '';
  const n = /^#r(\d+)$/.exec(href)?.[1];
  expect(n, `in-page row link, got ${href}`).toBeDefined();
  return { link, row: page.locator(`li#r${n}`), n: n! };
}

test('the Lutsk sentence: Press TV reuses AFP’s wording, and the link leads to both sentences', async ({
  page,
}) => {
  await openSeedEvent(page);
  const item = finding(page, 'Copied text', 'Press TV reuses AFP’s wording');
  await expect(item).toBeVisible();
  await expect(item.locator('.iw', { hasText: '“at least”' })).toBeVisible();
  await expect(item.locator('.iw', { hasText: '“and six injured in Russian”' })).toBeVisible();
  const { row } = await linkedRow(page, item);
  await expect(row).toContainText('Lutsk military airport');
  // Each outlet's cell names its outlet in a label (shown on phones; the column head names it on wide screens).
  const cell = (outlet: string) =>
    row.locator('.cell').filter({ has: page.locator('.cell-label', { hasText: new RegExp(`^${outlet}$`) }) });
  await expect(cell('AFP')).toContainText('Lutsk');
  await expect(cell('Press TV')).toContainText('Lutsk military airport');
  // The row marks what Press TV added to AFP's sentence: the words the insight names.
  expect(await marksOf(cell('Press TV'))).toEqual(
    expect.arrayContaining(['+at least', '+and six injured in Russian']),
  );
});

test('the Putin quote as each of the three outlets printed it', async ({ page }) => {
  await openSeedEvent(page);
  const item = finding(page, 'Quotes', 'Putin, quoted by AFP, Press TV and Reuters', '“shifts” → “changes”');
  await expect(item).toBeVisible();
  const rendering = (outlet: string) => item.getByRole('listitem').filter({ hasText: outlet });
  await expect(rendering('AFP')).toContainText(
    '(said): “There are certain positive shifts, negotiators on our side',
  );
  await expect(rendering('Press TV')).toContainText(
    '(told): “There are certain positive shifts, negotiators from our side reported to me',
  );
  await expect(rendering('Reuters')).toContainText(
    '(told): “There are certain positive changes, negotiators on our side',
  );
  const { row } = await linkedRow(page, item);
  await expect(row).toContainText('There are certain positive');
});

test('2.5 million people (AFP) against more than two million (Press TV)', async ({ page }) => {
  await openSeedEvent(page);
  const item = finding(page, 'Figures', '2.5 million people');
  await expect(item).toHaveText(/^AFP: “2\.5 million people” · Press TV: “more than two million people”/);
  const { row } = await linkedRow(page, item);
  await expect(row).toContainText('2.5 million');
  await expect(row).toContainText('more than two million');
});

test('labels name outlets by their names and mark each printed word, quotes and all', async ({ page }) => {
  await openSeedEvent(page);
  const item = finding(page, 'Figures', '2.5 million people');
  await expect(item.locator('.iw')).toHaveText(['“2.5 million people”', '“more than two million people”']);
  // Labels carry outlet ids; the page reads them as names, so no id is left for a reader to see.
  const panel = page.getByRole('region', { name: 'How the outlets differ' });
  for (const id of ['press-tv', 'reuters', 'afp']) await expect(panel).not.toContainText(id);
});

test('Kyiv in AFP, Kiev in Reuters', async ({ page }) => {
  await openSeedEvent(page);
  const item = finding(page, 'Names', '“Kiev”');
  await expect(item).toContainText('“Kyiv” (AFP and Press TV) / “Kiev” (Reuters)');
  const { row } = await linkedRow(page, item);
  await expect(row).toContainText(/\b(?:Kyiv|Kiev)\b/);
});

test('remarks / comments between AFP and Reuters', async ({ page }) => {
  await openSeedEvent(page);
  const item = finding(page, 'Word choice', 'AFP and Reuters swap');
  await expect(item).toContainText('“remarks” / “comments”');
  await expect(item.getByRole('link', { name: /^Passage \d+$/ })).not.toHaveCount(0);
});

test('the summary strip: sentences shared per outlet, findings per kind with links to their sections', async ({
  page,
}) => {
  await openSeedEvent(page);
  const strip = page.getByRole('region', { name: 'At a glance' });
  const table = strip.getByRole('table');
  for (const outlet of ['AFP', 'Press TV', 'Reuters']) {
    const cells = table.getByRole('row', { name: new RegExp(`^${outlet}\\b`) }).getByRole('cell');
    // "Its own" is now two columns: told differently elsewhere, and only here.
    const [sentences, all, some, told, only] = (await cells.allTextContents()).map(Number);
    expect(sentences, outlet).toBeGreaterThan(0);
    expect(
      all! + some! + told! + only!,
      `${outlet}: all + some + told elsewhere + only here = sentences`,
    ).toBe(sentences);
    expect(all, `${outlet} shares the opening with both others`).toBeGreaterThan(0);
  }
  const kinds = strip.getByRole('list', { name: 'Findings by kind' });
  for (const name of ['Copied text', 'Quotes', 'Figures', 'Names', 'Word choice']) {
    const link = kinds.getByRole('link', { name: new RegExp(`^${name} \\d+$`) });
    await expect(link).toBeVisible();
    await link.click();
    await expect(kind(page, name)).toBeInViewport();
  }
});

test('following a finding’s row link highlights that row, by keyboard too', async ({ page }) => {
  const path = await openSeedEvent(page);
  const item = finding(page, 'Figures', '2.5 million people');
  const { link, row, n } = await linkedRow(page, item);
  await expect(row).not.toHaveClass(/is-selected/);
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${path}#r${n}$`));
  await expect(row).toHaveClass(/is-selected/);
  await expect(row).toBeInViewport();
  await expect(row.getByRole('button', { name: `Copy link to passage ${n}` })).toBeVisible();
});

test('without scripts the insights are there and a row link targets its row', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  const href = await page
    .locator('.event-item', { hasText: 'Press TV' })
    .filter({ hasText: 'Reuters' })
    .getByRole('link')
    .first()
    .getAttribute('href');
  await page.goto(href ?? '/');
  const item = finding(page, 'Copied text', 'Press TV reuses AFP’s wording');
  const { link, row } = await linkedRow(page, item);
  await link.click();
  // :target is the highlight without scripts (the same style as a selected row).
  expect(await row.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(row).toBeInViewport();
  await context.close();
});
