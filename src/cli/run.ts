import yargs from 'yargs';
import { UsageError, WdkinError, isUsageError } from '../errors.js';
import { WDKIN_VERSION } from '../version.js';
import { crawlCommand } from './commands/crawl.js';
import { exportCommand } from './commands/export.js';
import { ingestCommand } from './commands/ingest.js';
import { kinshipCommand } from './commands/kinship.js';
import { pedigreeCommand } from './commands/pedigree.js';
import { EXIT_USAGE, writeLine, type CliIO, type CommandOutcome } from './io.js';

/**
 * Runs the CLI on `argv` (without node and script) and resolves to the exit code. Never exits
 * the process and never prints a stack trace for a known error: bad input is one line and 2.
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const outcome: CommandOutcome = { exitCode: 0 };
  try {
    const cli = yargs(attachDashValues(argv));
    skipHelpCache(cli);
    await cli
      .scriptName('wdkin')
      .version(WDKIN_VERSION)
      .command(crawlCommand(io, outcome))
      .command(kinshipCommand(io, outcome))
      .command(pedigreeCommand(io, outcome))
      .command(exportCommand(io, outcome))
      .command(ingestCommand(io, outcome))
      .demandCommand(1, 'Expected a command: crawl, kinship, pedigree, export or ingest (see wdkin --help)')
      .strict()
      .parserConfiguration({ 'duplicate-arguments-array': true })
      .wrap(Math.min(100, process.stdout.columns ?? 100))
      .exitProcess(false)
      .fail((message, error) => {
        // Throwing stops yargs before any handler runs on bad arguments.
        if (error && error.name !== 'YError') throw error;
        throw new UsageError('INVALID_OPTION', explain(message ?? error?.message ?? 'invalid arguments'));
      })
      .parseAsync();
  } catch (error) {
    return reportError(error, io);
  }
  return outcome.exitCode;
}

/**
 * After every command's handler, yargs renders that command's whole help text and caches it, in
 * case a failure later wants to print it: ~45 ms of string-width work on each run (a fifth of an
 * offline crawl). wdkin prints a one-line error instead of help on failure, so the cache is never
 * read; `--help` renders help itself, uncached. Done through yargs' internal methods, guarded so a
 * yargs without them runs as before.
 */
function skipHelpCache(cli: unknown): void {
  const internal = (cli as { getInternalMethods?: () => { getUsageInstance?: () => unknown } }).getInternalMethods;
  const usage = typeof internal === 'function' ? internal.call(cli).getUsageInstance?.() : undefined;
  if (usage && typeof (usage as { cacheHelpMessage?: unknown }).cacheHelpMessage === 'function') {
    (usage as { cacheHelpMessage: () => void }).cacheHelpMessage = () => undefined;
  }
}

/**
 * `--max-age -5d` would be read as the flags -5 and -d: a value that starts with a dash and a
 * digit is attached to the option before it (`--max-age=-5d`), so its check names the option.
 */
export function attachDashValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (const token of argv) {
    const previous = out[out.length - 1];
    if (/^-[0-9.]/.test(token) && previous !== undefined && /^--[a-z][a-z-]*$/i.test(previous)) {
      out[out.length - 1] = `${previous}=${token}`;
    } else out.push(token);
  }
  return out;
}

/** yargs' messages, reworded to name the option and what it expects. */
function explain(message: string): string {
  const missing = /^Not enough arguments following: (\S+)/.exec(message);
  if (missing) return `Expected --${missing[1]} to be followed by a value, got nothing`;
  return message;
}

function reportError(error: unknown, io: CliIO): number {
  if (isUsageError(error)) {
    writeLine(io.stderr, `wdkin: ${oneLine(error.message)}`);
    return EXIT_USAGE;
  }
  if (error instanceof WdkinError) {
    writeLine(io.stderr, `wdkin: ${oneLine(error.message)} (${error.code})`);
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  writeLine(io.stderr, `wdkin: unexpected error: ${oneLine(message)}`);
  if (io.env.WDKIN_DEBUG && error instanceof Error && error.stack) writeLine(io.stderr, error.stack);
  return 1;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
