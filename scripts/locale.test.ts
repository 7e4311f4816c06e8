import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The index is the same bytes whatever the machine's locale. Node's ICU takes its default locale from LC_ALL/LANG, and
 * a bare `localeCompare` follows it: Danish sorts `aa` after `z`, Swedish `ä` and `å` after `z`, the C locale
 * puts capitals first. So the CLI builds one small corpus three times, in child processes under three locales, and the
 * bytes must not differ. The corpus is the seeds plus articles, outlets and file names made to sort differently in
 * each of them.
 */
const root = mkdtempSync(path.join(os.tmpdir(), 'parallax-locale-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const corpus = path.join(root, 'corpus');
cpSync(path.resolve('data', 'corpus'), corpus, { recursive: true });

const harbour = [
  'The harbour of Aarhus reopened on Monday after a storm closed it for three days, the port authority said.',
  'Ferries to Samsø and Sjællandsodde sailed again in the afternoon, and freight traffic resumed at night.',
  'The storm tore roofs off warehouses and left 4,000 homes without power, according to the utility Ørsted.',
];
const farmers = [
  'Zealand farmers drove tractors into Copenhagen on Monday to protest against rising fuel prices.',
  'The farmers’ union said diesel had doubled in price since January and asked for a tax cut.',
  'Police said about 300 tractors took part and traffic on the ring road was slowed for hours.',
];
const record = (outlet: string, title: string, text: string[], shift: number) =>
  JSON.stringify({
    outlet,
    date: '2022-03-14',
    title,
    text: [...text.slice(shift), ...text.slice(0, shift)].join('\n\n'),
  });
writeFileSync(
  path.join(corpus, 'nordic.jsonl'),
  [
    record('Aalborg Posten', 'Aarhus harbour reopens after storm', harbour, 0),
    record('Zeta Wire', 'Aarhus harbour reopens after the storm', harbour, 1),
    record('Åbo Underrättelser', 'Harbour of Aarhus open again', harbour, 2),
    record('ärlig Nyt', 'Aarhus: harbour reopens', harbour, 1),
    record('Aalborg Posten', 'Zealand farmers protest fuel prices', farmers, 0),
    record('Zeta Wire', 'Zealand farmers protest against fuel prices', farmers, 1),
    record('Øresund Tidende', 'Farmers of Zealand protest fuel prices', farmers, 2),
  ].join('\n') + '\n',
);
// Files that give diagnostics (diagnostics are ordered by file name): empty, or with no article in them.
for (const name of [
  'Ørsted.txt',
  'aa-noter.txt',
  'zz-noter.txt',
  'Zeta.txt',
  'ähnlich.txt',
  'å.md',
  'b.txt',
]) {
  writeFileSync(path.join(corpus, name), '');
}

const run = promisify(execFile);

async function buildUnder(locale: string): Promise<{ index: Buffer; ids: Buffer }> {
  const out = path.join(root, `${locale}.json`);
  const ids = path.join(root, `${locale}-ids.json`);
  const args = ['tsx', 'scripts/corpus.ts', 'build', '--data', corpus, '--out', out, '--ids', ids];
  await run('npx', [...args, '--no-cache', '--workers', '0'], {
    env: { ...process.env, LANG: locale, LC_ALL: locale },
  });
  return { index: readFileSync(out), ids: readFileSync(ids) };
}

/** Where two texts first differ, with some context, or null when they are the same: a readable failure. */
function firstDifference(a: string, b: string): { at: number; a: string; b: string } | null {
  if (a === b) return null;
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  return { at, a: a.slice(Math.max(0, at - 80), at + 80), b: b.slice(Math.max(0, at - 80), at + 80) };
}

describe('the index under different locales', () => {
  it('is the same bytes under C, Danish and Swedish', async () => {
    const [c, da, sv] = await Promise.all(['C.UTF-8', 'da_DK.UTF-8', 'sv_SE.UTF-8'].map(buildUnder));
    const index = JSON.parse(c!.index.toString('utf8')) as {
      articles: { outlet: { id: string } }[];
      events: { articleIds: string[] }[];
      diagnostics: { file: string }[];
    };
    // The corpus provokes what it should: the outlets, several-article events and diagnostics are there.
    const outlets = new Set(index.articles.map((a) => a.outlet.id));
    expect([...outlets].filter((id) => /^(aalborg|zeta|abo|arlig)/.test(id)).sort()).toEqual([
      'aalborg-posten',
      'abo-underrattelser',
      'arlig-nyt',
      'zeta-wire',
    ]);
    expect(index.events.filter((e) => e.articleIds.length >= 3).length).toBeGreaterThanOrEqual(2);
    expect(new Set(index.diagnostics.map((d) => d.file))).toContain('aa-noter.txt');
    for (const [name, built] of [
      ['da_DK', da!],
      ['sv_SE', sv!],
    ] as const) {
      expect(
        firstDifference(c!.index.toString('utf8'), built.index.toString('utf8')),
        `index, C vs ${name}`,
      ).toBeNull();
      expect(
        firstDifference(c!.ids.toString('utf8'), built.ids.toString('utf8')),
        `event ids, C vs ${name}`,
      ).toBeNull();
      expect(built.index.equals(c!.index), `index bytes, C vs ${name}`).toBe(true);
    }
  }, 180_000);
});
