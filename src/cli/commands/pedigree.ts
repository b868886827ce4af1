import type { Argv, CommandModule } from 'yargs';
import { DEFAULT_MAX_GENERATIONS, MAX_PEDIGREE_GENERATIONS, checkWholeNumber } from '../../kinship/bounds.js';
import { parseItemId } from '../../ids.js';
import { EXIT_OK, EXIT_PARTIAL, writeJsonLine, writeLine, type CliIO, type CommandOutcome } from '../io.js';
import { setInterruptMessage } from '../interrupt.js';
import { openSource, parseSourceOptions, sourceOptionDefinitions, type SourceArgs } from '../source-options.js';

interface PedigreeArgs extends SourceArgs {
  person: string;
  generations: string;
  top: string;
  json: boolean;
}

/** `wdkin pedigree Q...`: pedigree collapse (implex) per generation, F, the most repeated ancestors. */
export function pedigreeCommand(io: CliIO, outcome: CommandOutcome): CommandModule<object, PedigreeArgs> {
  return {
    command: 'pedigree <person>',
    describe: "Pedigree collapse: a person's ancestors per generation, implex, inbreeding F, repeated ancestors",
    builder: (yargs: Argv) =>
      yargs.positional('person', { type: 'string', demandOption: true, describe: 'Q-id or Wikidata URL' }).options({
        generations: {
          type: 'string',
          requiresArg: true,
          default: String(DEFAULT_MAX_GENERATIONS),
          describe: `Generations of ancestors (at most ${MAX_PEDIGREE_GENERATIONS})`,
        },
        top: { type: 'string', requiresArg: true, default: '10', describe: 'Most repeated ancestors listed' },
        json: { type: 'boolean', default: false, describe: 'Print one JSON object on stdout' },
        ...sourceOptionDefinitions,
      }) as unknown as Argv<PedigreeArgs>,
    handler: async (args) => {
      const config = parseSourceOptions(args, io);
      const person = parseItemId(String(args.person), config.endpoint.itemHosts);
      const generations = checkWholeNumber('--generations', args.generations, 1, MAX_PEDIGREE_GENERATIONS);
      const top = checkWholeNumber('--top', args.top, 0, 10_000);
      for (const warning of config.warnings) writeLine(io.stderr, warning);
      setInterruptMessage('interrupted; nothing was written');
      const { findPedigree } = await import('../../kinship/find-pedigree.js');
      const { pedigreeJson, renderPedigreeText } = await import('../render-pedigree.js');
      const opened = await openSource(config);
      const started = Date.now();
      try {
        const result = await findPedigree(opened.source, person, {
          generations,
          top,
          languages: opened.languages,
          reverse: args.reverse ?? true,
        });
        const seconds = Math.round(Date.now() - started) / 1000;
        if (args.json) writeJsonLine(io.stdout, pedigreeJson(result, seconds));
        else for (const line of renderPedigreeText(result, seconds)) writeLine(io.stdout, line);
        outcome.exitCode = result.failed.length > 0 ? EXIT_PARTIAL : EXIT_OK;
      } finally {
        await opened.close();
      }
    },
  };
}
