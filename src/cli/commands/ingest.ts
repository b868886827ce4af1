import { resolve } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { UsageError } from '../../errors.js';
import { parseEndpoint, wikidataEndpoint } from '../../wikidata/endpoint.js';
import { setInterruptMessage } from '../interrupt.js';
import { EXIT_OK, writeLine, type CliIO, type CommandOutcome } from '../io.js';
import { DEFAULT_STORE, parseLanguages } from '../source-options.js';

interface IngestArgs {
  file?: string;
  store?: string;
  endpoint?: string;
  lang?: string;
  resume: boolean;
  secondPass: boolean;
  quiet: boolean;
  json: boolean;
}

/** `wdkin ingest FILE|-`: a Wikidata JSON dump into the store's family graph. */
export function ingestCommand(io: CliIO, outcome: CommandOutcome): CommandModule<object, IngestArgs> {
  return {
    command: 'ingest <file>',
    describe:
      'Read a Wikidata JSON dump (.json.gz, .json.bz2, plain, or - for stdin) into the store: everyone with family links',
    builder: (yargs: Argv) =>
      yargs
        .positional('file', { type: 'string', describe: 'latest-all.json.gz / .bz2 / NDJSON, or - for standard input' })
        .options({
          store: {
            type: 'string',
            requiresArg: true,
            describe: `SQLite store to fill (default $WDKIN_STORE or ${DEFAULT_STORE})`,
          },
          endpoint: {
            type: 'string',
            requiresArg: true,
            describe: 'The Wikibase the dump comes from (the store key; default Wikidata)',
          },
          lang: {
            type: 'string',
            requiresArg: true,
            default: 'en',
            describe: 'Labels kept: this language chain, plus mul and one fallback language',
          },
          resume: { type: 'boolean', default: false, describe: 'Continue an interrupted ingest of the same dump' },
          'second-pass': {
            type: 'boolean',
            default: false,
            describe:
              'Read the file again for items a link names that came before it and are not human (not people to the model)',
          },
          quiet: { type: 'boolean', default: false, describe: 'No progress on stderr' },
          json: { type: 'boolean', default: false, describe: 'Print one JSON summary on stdout' },
        }) as unknown as Argv<IngestArgs>,
    handler: async (args) => {
      // yargs hands a lone `-` (standard input) over as an empty string.
      const file = args.file === '' ? '-' : (args.file ?? '');
      if (typeof file !== 'string' || file.trim() === '')
        throw new UsageError('INVALID_OPTION', 'Expected a dump file (or - for standard input), got nothing');
      const languages = parseLanguages(args.lang);
      const endpoint = args.endpoint !== undefined ? parseEndpoint(args.endpoint) : wikidataEndpoint();
      const storePath = resolve(io.cwd, args.store ?? io.env.WDKIN_STORE ?? DEFAULT_STORE);
      const input = file === '-' ? '-' : resolve(io.cwd, file);
      const { checkDumpFile } = await import('../../ingest/dump-input.js');
      if (input !== '-') checkDumpFile(input);
      setInterruptMessage('interrupted; run the same command with --resume to continue');
      // One after another: jest's ESM loader cannot take concurrent dynamic imports sharing modules.
      const { ingestDump } = await import('../../ingest/ingest.js');
      const { createIngestProgress } = await import('../ingest-progress.js');
      const { renderIngestSummary } = await import('../ingest-report.js');
      const progress = await createIngestProgress(io, args.quiet || args.json);
      const checkpointLines = Number(io.env.WDKIN_INGEST_CHECKPOINT_LINES ?? '') || undefined;
      try {
        const summary = await ingestDump({
          input,
          storePath,
          endpoint: endpoint.url,
          languages,
          resume: args.resume,
          secondPass: args.secondPass,
          ...(checkpointLines ? { checkpointLines } : {}),
          onEvent: (event) => progress.onEvent(event),
        });
        progress.stop();
        if (args.json) writeLine(io.stdout, JSON.stringify(summary));
        else for (const line of renderIngestSummary(summary, storePath)) writeLine(io.stdout, line);
        outcome.exitCode = EXIT_OK;
      } finally {
        progress.stop();
      }
    },
  };
}
