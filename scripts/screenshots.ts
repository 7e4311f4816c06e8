/**
 * `npx tsx scripts/screenshots.ts [--base URL] [--out DIR] [--event ID] [--scheme dark] [--full]`: the home page and one comparison at desktop
 * (1280) and phone (390) widths, light theme, as PNGs (default docs/screenshots/). Serve the exported site first
 * (`npm start`). The event defaults to the one with the most articles.
 * Uses Debian's Chromium (Playwright cannot download its own here); CHROMIUM_PATH overrides it.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { orUsage, readArgs, UsageError } from './args';

const USAGE =
  'Usage: npx tsx scripts/screenshots.ts [--base URL] [--out DIR] [--event ID] [--scheme light|dark] [--full]';
const { values } = orUsage(USAGE, () => {
  const read = readArgs(process.argv.slice(2), {
    base: { type: 'string' },
    out: { type: 'string' },
    event: { type: 'string' },
    scheme: { type: 'string' },
    full: { type: 'boolean' },
  });
  const scheme = read.values.scheme;
  if (scheme !== undefined && scheme !== 'light' && scheme !== 'dark') {
    throw new UsageError(`--scheme must be light or dark, not "${scheme}"`);
  }
  return read;
});

const base = (values.base ?? 'http://localhost:3000').replace(/\/$/, '');
const outDir = values.out ?? path.join('docs', 'screenshots');
const scheme = values.scheme === 'dark' ? 'dark' : 'light';
const fullPage = values.full ?? false;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: isRoot ? ['--no-sandbox'] : [],
  });
  try {
    let eventId = values.event ?? '';
    if (!eventId) {
      const page = await browser.newPage();
      await page.goto(`${base}/`);
      // The first event link of the largest event: the home page lists events by day, largest first within a day.
      const links = await page.locator('.event-item').evaluateAll((items) =>
        items.map((li) => ({
          href: li.querySelector('a')?.getAttribute('href') ?? '',
          n: Number((li.textContent ?? '').match(/(\d+) articles?/)?.[1] ?? 0),
        })),
      );
      links.sort((a, b) => b.n - a.n);
      eventId = (links[0]?.href ?? '').replace(/^.*\/events\//, '').replace(/\/$/, '');
      await page.close();
    }
    const shots: { name: string; url: string; width: number; full: boolean }[] = [
      { name: 'home-desktop', url: '/', width: 1280, full: false },
      { name: 'home-phone', url: '/', width: 390, full: false },
      { name: 'event-desktop', url: `/events/${eventId}/`, width: 1280, full: false },
      { name: 'event-phone', url: `/events/${eventId}/`, width: 390, full: false },
    ];
    for (const shot of shots) {
      const context = await browser.newContext({
        viewport: { width: shot.width, height: shot.width < 600 ? 844 : 900 },
        deviceScaleFactor: 1,
        colorScheme: scheme,
      });
      const page = await context.newPage();
      await page.goto(`${base}${shot.url}`, { waitUntil: 'networkidle' });
      // Controls appear once the page has hydrated; shoot the page as a reader with scripts sees it.
      await page
        .locator('.controls, .toolbar')
        .first()
        .waitFor({ timeout: 10_000 })
        .catch(() => undefined);
      const file = path.join(outDir, `${shot.name}${scheme === 'dark' ? '-dark' : ''}.png`);
      await page.screenshot({ path: file, fullPage: fullPage || shot.full });
      console.log(file);
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
