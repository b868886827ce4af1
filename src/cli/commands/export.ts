/**
 * `wdkin export <saved.json> --out FILE [--out FILE...]`: re-exports a crawl saved as JSON to
 * any format (GEXF, DOT, SVG, GraphML, JSON, GEDCOM) without touching the network.
 */
import { resolve } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { UsageError } from '../../errors.js';
import { parseItemId, type ItemId } from '../../ids.js';
import { readSavedGraph } from '../../export/saved.js';
import { checkOutputs, writeOutputs, type ExportOptions } from '../../export/write.js';
import { EXIT_OK, writeLine, type CliIO, type CommandOutcome } from '../io.js';

interface ExportArgs {
  saved: string;
  out?: string[];
  format?: string;
  layout?: string;
  timeline: boolean;
  highlight?: string[];
  json: boolean;
}

export function exportCommand(io: CliIO, outcome: CommandOutcome): CommandModule<object, ExportArgs> {
  return {
    command: 'export <saved>',
    describe: 'Write a saved crawl (JSON) as GEXF, DOT, SVG, GraphML, JSON or GEDCOM',
    builder: (yargs: Argv) =>
      yargs
        .positional('saved', { type: 'string', demandOption: true, describe: 'A graph saved by wdkin crawl --out x.json' })
        .options({
          out: { type: 'string', array: true, describe: 'Output file(s); format from the extension (.gexf .dot .gv .svg .graphml .json .ged)' },
          format: { type: 'string', describe: 'Output format, overriding the extension' },
          layout: { type: 'string', choices: ['generations', 'forceatlas2'], describe: 'Node positions in GEXF/GraphML (default generations)' },
          timeline: { type: 'boolean', default: false, describe: 'GEXF: dynamic graph, each person from birth to death year' },
          highlight: { type: 'string', array: true, describe: 'Q-ids to emphasise (comma-separated or repeated)' },
          json: { type: 'boolean', default: false, describe: 'Print one JSON summary on stdout' },
        }) as unknown as Argv<ExportArgs>,
    handler: async (args) => {
      const paths = (args.out ?? []).map((p) => resolve(io.cwd, p));
      if (paths.length === 0) throw new UsageError('INVALID_OPTION', 'Expected at least one --out FILE (e.g. --out family.gexf)');
      const options: ExportOptions = {
        ...(args.format ? { format: args.format } : {}),
        ...(args.layout ? { layout: args.layout as NonNullable<ExportOptions['layout']> } : {}),
        ...(args.timeline ? { timeline: true } : {}),
        ...(args.highlight ? { highlight: parseHighlight(args.highlight) } : {}),
      };
      await checkOutputs(paths, options);
      const graph = await readSavedGraph(resolve(io.cwd, args.saved));
      const outputs = await writeOutputs(graph, paths, options);
      if (args.json) writeLine(io.stdout, JSON.stringify({ outputs }));
      else for (const o of outputs) writeLine(io.stdout, `Wrote ${o.path} (${o.format}, ${o.bytes} bytes)`);
      outcome.exitCode = EXIT_OK;
    },
  };
}

/** `--highlight Q1,Q2 --highlight Q3` -> [Q1, Q2, Q3]; URLs accepted, bad ids are a UsageError. */
export function parseHighlight(values: readonly string[]): ItemId[] {
  const ids = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v.length > 0);
  return [...new Set(ids.map((id) => parseItemId(id)))];
}
