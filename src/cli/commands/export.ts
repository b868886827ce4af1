/**
 * `wdkin export <saved.json> --out FILE [--out FILE...]`: re-exports a crawl saved as JSON to
 * any format (GEXF, DOT, SVG, GraphML, JSON, GEDCOM) without touching the network.
 */
import { resolve } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { UsageError } from '../../errors.js';
import { exportOptionDefinitions, exportOptionsFromArgs, type ExportArgs } from '../export-options.js';
import { EXIT_OK, writeLine, type CliIO, type CommandOutcome } from '../io.js';

interface ExportCommandArgs extends ExportArgs {
  saved: string;
  json: boolean;
}

export function exportCommand(io: CliIO, outcome: CommandOutcome): CommandModule<object, ExportCommandArgs> {
  return {
    command: 'export <saved>',
    describe: 'Write a saved crawl (JSON) as GEXF, DOT, SVG, GraphML, GEDCOM, JSON or an HTML explorer',
    builder: (yargs: Argv) =>
      yargs
        .positional('saved', {
          type: 'string',
          demandOption: true,
          describe: 'A graph saved by wdkin crawl --out x.json',
        })
        .options({
          ...exportOptionDefinitions,
          json: { type: 'boolean', default: false, describe: 'Print one JSON summary on stdout' },
        }) as unknown as Argv<ExportCommandArgs>,
    handler: async (args) => {
      const paths = (args.out ?? []).map((p) => resolve(io.cwd, p));
      if (paths.length === 0)
        throw new UsageError('INVALID_OPTION', 'Expected at least one --out FILE (e.g. --out family.gexf)');
      const options = exportOptionsFromArgs(args);
      const { checkOutputs, writeOutputs } = await import('../../export/write.js');
      const { readSavedGraph } = await import('../../export/saved.js');
      const planned = await checkOutputs(paths, options);
      const graph = await readSavedGraph(resolve(io.cwd, args.saved));
      const outputs = await writeOutputs(graph, planned, options);
      if (args.json) writeLine(io.stdout, JSON.stringify({ outputs }));
      else for (const o of outputs) writeLine(io.stdout, `Wrote ${o.path} (${o.format}, ${o.bytes} bytes)`);
      outcome.exitCode = EXIT_OK;
    },
  };
}
