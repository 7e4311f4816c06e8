import { expect, test, type Page } from '@playwright/test';
import { openSeedEvent } from './helpers';

/*
 * The related tier as a reader meets it on the seed event (AFP, Reuters, Press TV, 11 March 2022): a passage no other
 * outlet carried as such, but another told differently, says so and links there; "Only in AFP" stays for what
 * nothing relates to. The rows are server-rendered HTML, so every check holds without scripts too.
 */

/** The comparison row holding `text`. */
function rowWith(page: Page, text: string) {
  return page.locator('.cmp-rows > li', { hasText: text }).first();
}

const OSKIL = 'a care home for disabled people was hit in the village of Oskil';
const ANTALYA = 'Antalya yielded no results';
const KYIV_MAYOR = "Kyiv's mayor Vitali Klitschko";
const IZYUM = 'psychiatric hospital near the eastern Ukrainian town of Izyum';

async function checkSeedPage(page: Page) {
  const oskil = rowWith(page, OSKIL);
  await expect(oskil.locator('.row-tag')).toContainText('Press TV and Reuters tell this differently');
  await expect(oskil.locator('.row-tag')).toContainText('shared:');
  await expect(oskil.locator('.row-tag')).not.toContainText('Only in');
  await expect(rowWith(page, 'There were no reports of casualties').locator('.row-tag')).toContainText(
    'tell this differently',
  );
  await expect(rowWith(page, ANTALYA).locator('.row-tag')).toContainText('AFP tells this differently');
  await expect(rowWith(page, ANTALYA).locator('.row-tag')).toContainText('Turkey');
  // Nothing anywhere relates to the Kyiv mayor's words: still only in AFP.
  await expect(rowWith(page, KYIV_MAYOR).locator('.row-tag')).toHaveText('Only in AFP');
  // The other way round: the row of Reuters and Press TV on the hospital near Izyum does not say AFP "did not carry"
  // it; AFP's empty cell links to where AFP tells it (Oskil).
  const izyum = rowWith(page, IZYUM);
  await expect(izyum.locator('.row-tag')).not.toContainText('did not carry');
  const told = izyum.locator('.cell-told');
  await expect(told).toContainText('told in other words');
  const toOskil = told.getByRole('link', { name: 'AFP, passage' }).first();
  await expect(page.locator(`li${await toOskil.getAttribute('href')}`)).toContainText('Oskil');
}

test('the seed event says who told a passage differently, and keeps "Only in" for what nobody did', async ({
  page,
}) => {
  await openSeedEvent(page);
  await checkSeedPage(page);
  // Following the link selects the related passage: the hospital near Izyum, in Press TV's words.
  const link = rowWith(page, OSKIL).getByRole('link', { name: 'Press TV, passage' }).first();
  const href = (await link.getAttribute('href')) ?? '';
  expect(href).toMatch(/^#r\d+$/);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  const target = page.locator(`li${href}`);
  await expect(target).toContainText('psychiatric hospital near the eastern Ukrainian town of Izyum');
  await expect(target).toHaveClass(/is-selected/);
});

test('a pair view says what the other outlet of the pair told differently, and names no third', async ({
  page,
}) => {
  const eventPath = await (async () => {
    await page.goto('/');
    const item = page.locator('.event-item', { hasText: 'Press TV' }).filter({ hasText: 'Reuters' });
    return (await item.getByRole('link').first().getAttribute('href')) ?? '';
  })();
  await page.goto(`${eventPath}?pair=afp-vs-press-tv`);
  await expect(page.locator('.cmp-head .col-name')).toHaveCount(2);
  const tag = rowWith(page, OSKIL).locator('.row-tag');
  await expect(tag).toContainText('Press TV tells this differently');
  await expect(tag).not.toContainText('Reuters');
  const toPressTv = tag.getByRole('link', { name: 'Press TV, passage' }).first();
  const href = (await toPressTv.getAttribute('href')) ?? '';
  expect(href).toMatch(/^#r\d+$/);
  await expect(page.locator(`li${href}`)).toContainText('psychiatric hospital');
});

test.describe('without scripts', () => {
  test.use({ javaScriptEnabled: false });

  test('the tags and their links are in the page, and a link highlights its passage', async ({ page }) => {
    await page.goto('/');
    const item = page.locator('.event-item', { hasText: 'Press TV' }).filter({ hasText: 'Reuters' });
    await item.getByRole('link').first().click();
    await page.waitForURL(/\/events\/[^/]+\/$/);
    await checkSeedPage(page);
    const link = rowWith(page, ANTALYA).getByRole('link', { name: 'AFP, passage' }).first();
    const href = (await link.getAttribute('href')) ?? '';
    await link.click();
    // :target is the highlight without scripts.
    const highlighted = await page.locator(`li${href}`).evaluate((el) => el.matches(':target'));
    expect(highlighted).toBe(true);
    await expect(page.locator(`li${href}`)).toContainText('Kuleba');
  });

  test('the article page marks what others told differently apart from what only it carried', async ({
    page,
  }) => {
    await page.goto('/');
    const item = page.locator('.event-item', { hasText: 'Press TV' }).filter({ hasText: 'Reuters' });
    await item.getByRole('link').first().click();
    await page.waitForURL(/\/events\/[^/]+\/$/);
    await page.locator('.col-head', { hasText: 'AFP' }).getByRole('link', { name: 'Full text' }).click();
    await expect(page.locator('mark.told-elsewhere', { hasText: 'Oskil' })).toBeVisible();
    await expect(page.locator('mark.only-here', { hasText: 'Klitschko' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Reuters tells this differently/ }).first()).toBeVisible();
  });
});

test('the summary strip splits what no row shares into told differently elsewhere and only here', async ({
  page,
}) => {
  await openSeedEvent(page);
  const table = page.locator('table.shares');
  await expect(table.getByRole('columnheader', { name: /Told differently elsewhere/ })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: /Only here/ })).toBeVisible();
  const afp = table.locator('tbody tr', { hasText: 'AFP' });
  const cells = await afp.locator('td').allTextContents();
  // Sentences, with all, with some, told differently elsewhere, only here: the last two sum to what no row shares.
  const [sentences, all, some, told, only] = cells.map(Number) as [number, number, number, number, number];
  expect(told).toBeGreaterThan(0);
  expect(all + some + told + only).toBe(sentences);
});
