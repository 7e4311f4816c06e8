import { describe, expect, it } from 'vitest';
import { UsageError } from './args';
import { parseCorpusArgs } from './corpus';

/** The corpus CLI's command line: strict, with errors that name the flag (scripts/args.ts). */
describe('parseCorpusArgs', () => {
  const env = {};
  const fails = (argv: string[], message: RegExp) => {
    expect(() => parseCorpusArgs(argv, env)).toThrow(UsageError);
    expect(() => parseCorpusArgs(argv, env)).toThrow(message);
  };

  it('reads --workers as a whole number', () => {
    expect(parseCorpusArgs(['build', '--workers', '2'], env)).toMatchObject({ command: 'build', workers: 2 });
    expect(parseCorpusArgs(['build', '--workers=0'], env)).toMatchObject({ workers: 0 });
    expect(parseCorpusArgs(['build'], env)).toMatchObject({ workers: undefined });
  });

  it('refuses --workers that is not a whole number of 0 or more', () => {
    fails(['build', '--workers', 'x'], /^--workers must be a whole number, not "x"$/);
    fails(['build', '--workers', '-1'], /--workers/);
    fails(['build', '--workers', '1.5'], /--workers must be a whole number, not "1.5"/);
    fails(['build', '--workers', ''], /--workers must be a whole number/);
  });

  it('refuses an unknown flag, a flag without its value, a stray argument and an unknown command', () => {
    fails(['build', '--wrokers', '2'], /^unknown option --wrokers$/);
    fails(['check', '--out', 'x.json'], /^unknown option --out$/);
    fails(['build', '--workers'], /^--workers needs a value$/);
    fails(['build', '--data', '--no-cache'], /^--data needs a value$/);
    fails(['build', 'extra'], /^unexpected argument "extra"$/);
    fails(['bulid'], /^unknown command "bulid"/);
    fails(['build', '--no-cache', '--cache', 'dir'], /--no-cache and --cache/);
  });

  it('reads every build flag, and defaults from the environment', () => {
    const opts = parseCorpusArgs(
      ['build', '--data', 'd', '--out', 'o.json', '--ids', 'i.json', '--no-cache', '--stats'],
      env,
    );
    expect(opts).toEqual({
      command: 'build',
      data: 'd',
      out: 'o.json',
      ids: 'i.json',
      cache: null,
      workers: undefined,
      stats: true,
    });
    expect(parseCorpusArgs(['build'], { PARALLAX_DATA: 'p', PARALLAX_INDEX: 'x.json' })).toMatchObject({
      data: 'p',
      out: 'x.json',
    });
    expect(parseCorpusArgs(['check', '--strict'], env)).toEqual({
      command: 'check',
      data: 'data/corpus',
      strict: true,
    });
    expect(parseCorpusArgs([], env)).toEqual({ command: 'help' });
    expect(parseCorpusArgs(['build', '--help'], env)).toEqual({ command: 'help' });
  });
});
