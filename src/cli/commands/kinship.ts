import { resolve } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { UsageError } from '../../errors.js';
import {
  DEFAULT_MAX_GENERATIONS,
  DEFAULT_MAX_PATH_LENGTH,
  DEFAULT_SHOWN_RELATIONSHIPS,
  kinshipBounds,
} from '../../kinship/bounds.js';
import type { FindKinshipOptions } from '../../kinship/find-kinship.js';
import { parsePair } from '../../kinship/validate.js';
import { EXIT_OK, EXIT_PARTIAL, writeJsonLine, writeLine, type CliIO, type CommandOutcome } from '../io.js';
import { openSource, parseSourceOptions, sourceOptionDefinitions, type SourceArgs } from '../source-options.js';
import { setInterruptMessage } from '../interrupt.js';
import {
  chartOptionDefinitions,
  exportOptionDefinitions,
  exportOptionsFromArgs,
  parseChartMax,
  type ExportArgs,
} from '../export-options.js';

interface KinshipArgs extends SourceArgs, ExportArgs {
  a?: string;
  b?: string;
  pairs?: string;
  closest: boolean;
  maxGenerations: string;
  maxPathLength: string;
  maxRelationships?: string;
  chartMax: string;
  json: boolean;
}

/** `wdkin kinship A B` (or `--pairs FILE`): how B is related to A, fetching only the two ancestries. */
export function kinshipCommand(io: CliIO, outcome: CommandOutcome): CommandModule<object, KinshipArgs> {
  return {
    command: 'kinship [a] [b]',
    describe: 'How two people are related: relationships by degree, common ancestors, paths, path sum, φ, F, r',
    builder: (yargs: Argv) =>
      yargs
        .positional('a', { type: 'string', describe: 'Q-id or Wikidata URL of the first person' })
        .positional('b', { type: 'string', describe: 'Q-id or Wikidata URL of the second person' })
        .options({
          closest: { type: 'boolean', default: false, describe: 'Stop as soon as the closest relationship is proven' },
          'max-generations': {
            type: 'string',
            requiresArg: true,
            default: String(DEFAULT_MAX_GENERATIONS),
            describe: 'The pedigree searched: ancestors within this many generations of either person',
          },
          'max-path-length': {
            type: 'string',
            requiresArg: true,
            default: String(DEFAULT_MAX_PATH_LENGTH),
            describe: 'Longest family path looked for when not related by descent',
          },
          'max-relationships': {
            type: 'string',
            requiresArg: true,
            describe: `Relationships by descent listed, closest first (text: default ${DEFAULT_SHOWN_RELATIONSHIPS}; JSON: default all); the degree summary and the numbers stay complete`,
          },
          pairs: {
            type: 'string',
            requiresArg: true,
            describe: 'Answer every pair of a file (A<TAB>B per line) as NDJSON, one JSON answer per line',
          },
          json: { type: 'boolean', default: false, describe: 'Print one JSON object on stdout' },
          ...exportOptionDefinitions,
          out: {
            ...exportOptionDefinitions.out,
            describe:
              'Write the answer: .svg/.dot draw a relationship chart; .html, .gexf, .graphml, .json, .ged the subgraph of all paths',
          },
          ...chartOptionDefinitions,
          ...sourceOptionDefinitions,
        }) as unknown as Argv<KinshipArgs>,
    handler: async (args) => {
      const config = parseSourceOptions(args, io);
      const bounds = kinshipBounds(
        {
          maxGenerations: args.maxGenerations,
          maxPathLength: args.maxPathLength,
          ...(args.maxRelationships === undefined ? {} : { maxRelationships: args.maxRelationships }),
        },
        'cli',
      );
      const options: FindKinshipOptions = {
        maxGenerations: bounds.maxGenerations,
        maxPathLength: bounds.maxPathLength,
        maxRelationships: bounds.maxRelationships,
        closest: args.closest,
        reverse: args.reverse ?? true,
      };
      if (args.pairs !== undefined) {
        if (args.a !== undefined) {
          throw new UsageError('INVALID_OPTION', 'Expected either two people (A B) or --pairs FILE, got both');
        }
        if ((args.out ?? []).length > 0) {
          throw new UsageError('INVALID_OPTION', '--out draws one pair: it cannot be used with --pairs');
        }
        const { answerPairs, readPairs } = await import('../kinship-pairs.js');
        const pairs = await readPairs(args.pairs, io);
        for (const warning of config.warnings) writeLine(io.stderr, warning);
        setInterruptMessage('interrupted; the answers printed so far are complete lines');
        const opened = await openSource(config);
        try {
          outcome.exitCode = await answerPairs(pairs, opened.source, { ...options, languages: opened.languages }, io);
        } finally {
          await opened.close();
        }
        return;
      }
      if (args.a === undefined || args.b === undefined) {
        throw new UsageError('INVALID_OPTION', 'Expected two people (Q-ids or Wikidata URLs) or --pairs FILE');
      }
      const [a, b] = parsePair(String(args.a), String(args.b), config.endpoint.itemHosts);
      const chartMax = parseChartMax(args.chartMax);
      const outPaths = (args.out ?? []).map((p) => resolve(io.cwd, p));
      const exportOptions = exportOptionsFromArgs(args, config.endpoint.itemHosts);
      for (const warning of config.warnings) writeLine(io.stderr, warning);
      setInterruptMessage('interrupted; nothing was written');
      const { checkOutputs, writeOutputs } = await import('../../export/write.js');
      const { findKinship } = await import('../../kinship/find-kinship.js');
      const { kinshipJson, renderKinshipText } = await import('../render-kinship.js');
      const planned = outPaths.length > 0 ? await checkOutputs(outPaths, exportOptions) : [];
      const opened = await openSource(config);
      const started = Date.now();
      try {
        const result = await findKinship(opened.source, a, b, { ...options, languages: opened.languages });
        const highlight = [
          ...new Set([
            result.a,
            result.b,
            ...result.relationships.flatMap((r) => r.commonAncestors),
            ...(exportOptions.highlight ?? []),
          ]),
        ];
        let outputs: Awaited<ReturnType<typeof writeOutputs>> = [];
        if (outPaths.length > 0) {
          const { attachKinship } = await import('../../export/kinship-attachment.js');
          const { kinshipSubgraph } = await import('../../kinship/subgraph.js');
          const { renderKinshipChart } = await import('../../export/kinship-chart-adapter.js');
          const subgraph = attachKinship(kinshipSubgraph(result.graph, result), result);
          // .svg and .dot draw the relationship chart; every other format writes the paths' subgraph
          const chart = ({ format }: { format: string }) =>
            format === 'svg' || format === 'dot'
              ? renderKinshipChart(result.graph, result, { format, max: chartMax })
              : null;
          outputs = await writeOutputs(subgraph, planned, { ...exportOptions, highlight, renderInstead: chart });
        }
        const extras = {
          outputs,
          seconds: Math.round(Date.now() - started) / 1000,
          shown: Number.isFinite(bounds.maxRelationships) ? bounds.maxRelationships : DEFAULT_SHOWN_RELATIONSHIPS,
        };
        if (args.json) writeJsonLine(io.stdout, kinshipJson(result, extras));
        else for (const line of renderKinshipText(result, extras)) writeLine(io.stdout, line);
        outcome.exitCode = result.failed.length > 0 ? EXIT_PARTIAL : EXIT_OK;
      } finally {
        await opened.close();
      }
    },
  };
}
