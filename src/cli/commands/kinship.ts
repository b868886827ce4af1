import { resolve } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { checkOutputs, writeOutputs } from '../../export/write.js';
import { attachKinship } from '../../export/kinship-attachment.js';
import { kinshipSubgraph } from '../../kinship/subgraph.js';
import { findKinship } from '../../kinship/search.js';
import { checkWholeNumber, DEFAULT_MAX_GENERATIONS } from '../../kinship/options.js';
import { DEFAULT_MAX_PATH_LENGTH } from '../../kinship/shortest-path.js';
import { parsePair } from '../../kinship/validate.js';
import { EXIT_OK, EXIT_PARTIAL, writeLine, type CliIO, type CommandOutcome } from '../io.js';
import { kinshipJson, renderKinshipText } from '../render-kinship.js';
import { openSource, sourceOptionDefinitions, type SourceArgs } from '../source-options.js';
import { exportOptionDefinitions, exportOptionsFromArgs, type ExportArgs } from '../export-options.js';

interface KinshipArgs extends SourceArgs, ExportArgs {
  a: string;
  b: string;
  closest: boolean;
  maxGenerations: number;
  maxPathLength: number;
  json: boolean;
}

/** `wdkin kinship A B`: how B is related to A, fetching only the two ancestries. */
export function kinshipCommand(io: CliIO, outcome: CommandOutcome): CommandModule<object, KinshipArgs> {
  return {
    command: 'kinship <a> <b>',
    describe: 'How two people are related: named relationships, common ancestors, paths, coefficient',
    builder: (yargs: Argv) =>
      yargs
        .positional('a', { type: 'string', describe: 'Q-id or Wikidata URL of the first person' })
        .positional('b', { type: 'string', describe: 'Q-id or Wikidata URL of the second person' })
        .options({
          closest: { type: 'boolean', default: false, describe: 'Stop as soon as the closest relationship is proven' },
          'max-generations': {
            type: 'number',
            default: DEFAULT_MAX_GENERATIONS,
            describe: 'Generations searched up from each person',
          },
          'max-path-length': {
            type: 'number',
            default: DEFAULT_MAX_PATH_LENGTH,
            describe: 'Longest family path looked for when not related by descent',
          },
          json: { type: 'boolean', default: false, describe: 'Print one JSON object on stdout' },
          ...exportOptionDefinitions,
          out: {
            ...exportOptionDefinitions.out,
            describe: 'Write the subgraph of all paths (format from the extension)',
          },
          ...sourceOptionDefinitions,
        }) as unknown as Argv<KinshipArgs>,
    handler: async (args) => {
      const [a, b] = parsePair(String(args.a), String(args.b));
      const maxGenerations = checkWholeNumber('--max-generations', args.maxGenerations, 1, 64);
      const maxPathLength = checkWholeNumber('--max-path-length', args.maxPathLength, 1, 1000);
      const outPaths = (args.out ?? []).map((p) => resolve(io.cwd, p));
      const exportOptions = exportOptionsFromArgs(args);
      if (outPaths.length > 0) await checkOutputs(outPaths, exportOptions);
      const opened = await openSource(args, io);
      const started = Date.now();
      try {
        const result = await findKinship(opened.source, a, b, {
          maxGenerations,
          maxPathLength,
          closest: args.closest,
          languages: opened.languages,
        });
        const highlight = [
          ...new Set([
            result.a,
            result.b,
            ...result.relationships.flatMap((r) => r.commonAncestors),
            ...(exportOptions.highlight ?? []),
          ]),
        ];
        const outputs =
          outPaths.length > 0
            ? await writeOutputs(attachKinship(kinshipSubgraph(result.graph, result), result), outPaths, {
                ...exportOptions,
                highlight,
              })
            : [];
        const extras = { outputs, seconds: Math.round(Date.now() - started) / 1000 };
        if (args.json) writeLine(io.stdout, JSON.stringify(kinshipJson(result, extras)));
        else for (const line of renderKinshipText(result, extras)) writeLine(io.stdout, line);
        outcome.exitCode = result.failed.length > 0 ? EXIT_PARTIAL : EXIT_OK;
      } finally {
        await opened.close();
      }
    },
  };
}
