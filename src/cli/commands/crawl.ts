import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { crawl, type CrawlResult } from '../../crawl/engine.js';
import { crawlKey } from '../../crawl/crawl-key.js';
import { makeCrawlPlan, type CrawlPlan } from '../../crawl/options.js';
import { countAnomalies } from '../../graph/anomaly.js';
import { Store, type CrawlRecord } from '../../store/store.js';
import { WDKIN_VERSION } from '../../version.js';
import { checkOutputs, writeOutputs } from '../../export/write.js';
import { EXIT_OK, EXIT_PARTIAL, writeLine, type CliIO, type CommandOutcome } from '../io.js';
import { createProgress } from '../progress.js';
import { exportOptionDefinitions, exportOptionsFromArgs, type ExportArgs } from '../export-options.js';
import {
  openSource,
  parseLanguages,
  resolveEndpoint,
  resolveStorePath,
  sourceOptionDefinitions,
  type SourceArgs,
} from '../source-options.js';

interface CrawlArgs extends SourceArgs, ExportArgs {
  seeds: string[];
  depth: number | string;
  up: boolean;
  down: boolean;
  relations?: string[];
  maxPeople?: number | string;
  resume: boolean;
  quiet: boolean;
  json: boolean;
}

export function crawlCommand(io: CliIO, outcome: CommandOutcome): CommandModule<object, CrawlArgs> {
  return {
    command: 'crawl [seeds..]',
    describe: 'Crawl family links breadth-first from one or more people and save the graph',
    builder: (yargs: Argv) =>
      yargs.positional('seeds', { type: 'string', array: true, describe: 'Q-ids or Wikidata URLs' }).options({
        depth: { type: 'string', default: '2', describe: 'Family links from the nearest seed' },
        up: { type: 'boolean', default: false, describe: 'Ancestors only' },
        down: { type: 'boolean', default: false, describe: 'Descendants only' },
        relations: { type: 'string', array: true, describe: 'Also follow: spouse' },
        'max-people': { type: 'string', describe: 'Stop at a level boundary before exceeding this' },
        ...exportOptionDefinitions,
        resume: { type: 'boolean', default: false, describe: 'Resume the interrupted crawl with the same options' },
        quiet: { type: 'boolean', default: false, describe: 'No progress on stderr' },
        json: { type: 'boolean', default: false, describe: 'Print one JSON summary on stdout' },
        ...sourceOptionDefinitions,
      }) as unknown as Argv<CrawlArgs>,
    handler: async (args) => {
      const plan = makeCrawlPlan({
        seeds: args.seeds ?? [],
        depth: args.depth,
        up: args.up,
        down: args.down,
        ...(args.relations ? { relations: args.relations } : {}),
        ...(args.maxPeople !== undefined ? { maxPeople: args.maxPeople } : {}),
      });
      const outPaths = (args.out && args.out.length > 0 ? args.out : [defaultOutput(plan, io)]).map((p) =>
        resolve(io.cwd, p),
      );
      const exportOptions = exportOptionsFromArgs(args);
      await checkOutputs(outPaths, exportOptions);
      const resumeFrom = args.resume ? await findResumable(args, io, plan) : null;
      const progress = createProgress(io, args.quiet || args.json);
      const opened = await openSource(args, io, {
        onClientEvent: (e) => progress.onClientEvent(e),
        ...(resumeFrom ? { trustSince: resumeFrom.startedAt } : {}),
      });
      const started = Date.now();
      try {
        const key = crawlKey(plan, opened.endpoint, opened.languages);
        const run = opened.store
          ? (resumeFrom ??
            opened.store.startCrawl(key, { ...plan, maxPeople: String(plan.maxPeople), endpoint: opened.endpoint }))
          : null;
        const result = await crawl(opened.source, plan, {
          onEvent: (e) => progress.onCrawlEvent(e),
          onLevelDone: (level, size, total, failed) =>
            run && opened.store?.saveLevel(run.id, level, size, total, failed),
          meta: {
            endpoint: opened.endpoint,
            languages: opened.languages,
            crawledAt: new Date().toISOString(),
            wdkinVersion: WDKIN_VERSION,
          },
        });
        progress.stop();
        if (run) opened.store?.finishCrawl(run.id, result.failed.length > 0 ? 'partial' : 'done');
        const outputs = await writeOutputs(result.graph, outPaths, exportOptions);
        report(io, args, result, outputs, Date.now() - started, resumeFrom !== null, opened.source.description);
        outcome.exitCode = result.failed.length > 0 ? EXIT_PARTIAL : EXIT_OK;
      } finally {
        progress.stop();
        await opened.close();
      }
    },
  };
}

/** Without --out: output/<seeds>-depth<N>.json, creating output/ when needed. */
function defaultOutput(plan: CrawlPlan, io: CliIO): string {
  mkdirSync(resolve(io.cwd, 'output'), { recursive: true });
  return join('output', `${plan.seeds.join('-')}-depth${plan.depth}.json`);
}

/** The interrupted crawl with the same options, if any (crawl state lives in the store). */
async function findResumable(args: CrawlArgs, io: CliIO, plan: CrawlPlan): Promise<CrawlRecord | null> {
  if (args.snapshot && !args.offline) return null;
  const store = Store.open(resolveStorePath(args, io));
  try {
    const run = store.findResumable(crawlKey(plan, resolveEndpoint(args), parseLanguages(args.lang)));
    if (!run && !args.quiet && !args.json)
      writeLine(io.stderr, 'Nothing to resume for these options: starting a new crawl.');
    return run;
  } finally {
    store.close();
  }
}

function report(
  io: CliIO,
  args: CrawlArgs,
  result: CrawlResult,
  outputs: Array<{ path: string; format: string; bytes: number }>,
  ms: number,
  resumed: boolean,
  from: string,
): void {
  const summary = {
    people: result.graph.order,
    edges: result.graph.size,
    levels: result.levels,
    requests: result.stats.requests,
    retries: result.stats.retries,
    fromCache: result.stats.fromCache,
    fetched: result.stats.fetched,
    failed: result.failed,
    missing: result.missing,
    redirects: Object.fromEntries(result.redirects),
    anomalies: result.anomalies,
    anomalyCounts: countAnomalies(result.anomalies),
    stoppedEarly: result.stoppedEarly,
    resumed,
    outputs,
    seconds: Math.round(ms) / 1000,
  };
  if (args.json) {
    writeLine(io.stdout, JSON.stringify(summary));
    return;
  }
  const counts = Object.entries(summary.anomalyCounts)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  writeLine(
    io.stdout,
    `${summary.people} people, ${summary.edges} family links over ${result.levels.length} levels (${result.levels.join(' + ')}) in ${summary.seconds} s`,
  );
  writeLine(
    io.stdout,
    `${summary.requests} requests (${summary.retries} retries); ${summary.fromCache} entities from the local store, ${summary.fetched} from ${from}`,
  );
  if (counts) writeLine(io.stdout, `Data notes: ${counts}`);
  if (result.stoppedEarly) writeLine(io.stdout, `Stopped early: ${result.stoppedEarly}`);
  if (result.failed.length > 0)
    writeLine(
      io.stdout,
      `${result.failed.length} people could not be fetched (${result.failed.slice(0, 10).join(', ')}${result.failed.length > 10 ? ', ...' : ''}); run again with --resume`,
    );
  for (const output of outputs) writeLine(io.stdout, `Wrote ${output.path} (${output.format}, ${output.bytes} bytes)`);
}
