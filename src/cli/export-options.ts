import type { Options } from 'yargs';
import { UsageError } from '../errors.js';
import { parseItemId, type ItemId } from '../ids.js';
import type { ExportOptions } from '../export/write.js';
import { parseWholeNumber } from '../whole-number.js';
import { DEFAULT_CHART_MAX, MAX_CHART_MAX } from '../export/chart-limits.js';

/** Options of every command that writes graph files (crawl, export, kinship). */
export const exportOptionDefinitions = {
  out: {
    type: 'string',
    array: true,
    describe: 'Output file(s); format from the extension (.json .gexf .dot .gv .svg .graphml .ged .html)',
  },
  format: { type: 'string', requiresArg: true, describe: 'Output format, overriding the extension' },
  layout: {
    type: 'string',
    choices: ['generations', 'forceatlas2'],
    describe: 'Node positions in GEXF/GraphML (default generations)',
  },
  timeline: { type: 'boolean', default: false, describe: 'GEXF: dynamic graph, each person from birth to death year' },
  highlight: {
    type: 'string',
    requiresArg: true,
    array: true,
    describe: 'Q-ids to emphasise (comma-separated or repeated)',
  },
} satisfies Record<string, Options>;

/** Options of `wdkin kinship` for the relationship chart it draws with `--out x.svg` or `.dot`. */
export const chartOptionDefinitions = {
  'chart-max': {
    type: 'string',
    requiresArg: true,
    default: String(DEFAULT_CHART_MAX),
    describe: 'Relationship chart (--out .svg or .dot): draw at most N relationships, closest first',
  },
} satisfies Record<string, Options>;

/** `--chart-max` checked: a whole number from 1 to 50, else a UsageError. */
export function parseChartMax(value: unknown): number {
  return parseWholeNumber('--chart-max', value, 1, MAX_CHART_MAX);
}

export interface ExportArgs {
  out?: string[];
  format?: string;
  layout?: string;
  timeline?: boolean;
  highlight?: string[];
}

/** The ExportOptions the arguments ask for (bad --highlight ids are a UsageError). */
export function exportOptionsFromArgs(args: ExportArgs, itemHosts?: readonly string[]): ExportOptions {
  if (args.out !== undefined && (args.out.length === 0 || args.out.some((p) => p === ''))) {
    throw new UsageError('INVALID_OPTION', 'Expected --out to be followed by a file name, got nothing');
  }
  return {
    ...(args.format ? { format: args.format } : {}),
    ...(args.layout ? { layout: args.layout as NonNullable<ExportOptions['layout']> } : {}),
    ...(args.timeline ? { timeline: true } : {}),
    ...(args.highlight ? { highlight: parseHighlight(args.highlight, itemHosts) } : {}),
  };
}

/** `--highlight Q1,Q2 --highlight Q3` -> [Q1, Q2, Q3]; URLs accepted, bad ids are a UsageError. */
export function parseHighlight(values: readonly string[], itemHosts?: readonly string[]): ItemId[] {
  const ids = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
  return [...new Set(ids.map((id) => parseItemId(id, itemHosts)))];
}
