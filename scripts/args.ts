/**
 * Command lines of the scripts, read one way: node:util's parseArgs in strict mode, so an unknown flag, a flag without
 * its value or a stray argument is an error that names it, never a silent default (`--workers x` used to become NaN).
 * A script reads its flags with readArgs and runs its main through runCli, which prints a UsageError's message and
 * the script's usage and exits with code 2.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A command line that cannot be read; the message is for the person who typed it. */
export class UsageError extends Error {
  override name = 'UsageError';
}

type Flags = NonNullable<ParseArgsConfig['options']>;

/**
 * `argv` read against `flags` (strict), with at most `maxPositionals` arguments that are not flags. Throws a
 * UsageError for an unknown flag, a missing value, or one argument too many.
 */
export function readArgs<const F extends Flags>(argv: readonly string[], flags: F, maxPositionals = 0) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: flags, strict: true, allowPositionals: true });
  } catch (err) {
    throw new UsageError(plainMessage(err));
  }
  if (parsed.positionals.length > maxPositionals) {
    throw new UsageError(`unexpected argument "${parsed.positionals[maxPositionals]}"`);
  }
  return parsed;
}

/** Node's parseArgs messages, first sentence only (the rest is advice about `--` that does not fit here). */
function plainMessage(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (unknown) return `unknown option ${unknown[1]}`;
  const missing = /^Option '(-[^' ]+)(?: <value>)?' argument (?:missing|is ambiguous)/.exec(message);
  if (missing) return `${missing[1]} needs a value`;
  return message.split(/\.\s/)[0]!.replace(/\.$/, '');
}

/** A flag's value as a whole number of at least `min` (`--workers 2`), or a UsageError naming the flag. */
export function wholeNumber(value: string, flag: string, min = 0): number {
  if (!/^\d+$/.test(value) || Number(value) < min) {
    throw new UsageError(
      `${flag} must be a whole number${min > 0 ? ` of ${min} or more` : ''}, not "${value}"`,
    );
  }
  return Number(value);
}

/** A comma-separated list of whole numbers (`--sizes 1000,10000`); empty for an empty value. */
export function wholeNumbers(value: string, flag: string, min = 0): number[] {
  return value
    .split(',')
    .filter((part) => part !== '')
    .map((part) => wholeNumber(part, flag, min));
}

/** Whether the module at `url` is the script node was asked to run (not imported by another, or by a test). */
export function isMain(url: string): boolean {
  const script = process.argv[1];
  return script !== undefined && url === pathToFileURL(path.resolve(script)).href;
}

/** Print a UsageError's message and the usage, and exit with code 2. */
function exitWithUsage(err: UsageError, usage: string): never {
  console.error(`error: ${err.message}\n\n${usage}`);
  process.exit(2);
}

/**
 * What `read` gives, for a script whose body runs at the top level: a UsageError it throws prints the message and the
 * usage and exits with code 2.
 */
export function orUsage<T>(usage: string, read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (err instanceof UsageError) exitWithUsage(err, usage);
    throw err;
  }
}

/**
 * Run a script's main: a UsageError prints `error: …` and the usage to stderr and exits with code 2; any other error
 * prints and exits with code 1.
 */
export function runCli(usage: string, main: () => void | Promise<void>): void {
  const fail = (err: unknown) => {
    if (err instanceof UsageError) exitWithUsage(err, usage);
    console.error(err);
    process.exit(1);
  };
  try {
    const done = main();
    if (done) done.catch(fail);
  } catch (err) {
    fail(err);
  }
}
