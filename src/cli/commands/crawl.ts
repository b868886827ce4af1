import { join, resolve } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import type { CrawlResult } from '../../crawl/engine.js';
import { makeCrawlPlan, type CrawlPlan } from '../../crawl/options.js';
import type { CrawlSession } from '../../crawl/resumable.js';
import type { WrittenOutput } from '../../export/write.js';
import { ensureDirectory } from '../../files/directories.js';
import { countAnomalies } from '../../graph/anomaly.js';
import { WDKIN_VERSION } from '../../version.js';
import { exportOptionDefinitions, exportOptionsFromArgs, type ExportArgs } from '../export-options.js';
import { setInterruptMessage } from '../interrupt.js';
import { EXIT_OK, EXIT_PARTIAL, writeJsonLine, writeLine, type CliIO, type CommandOutcome } from '../io.js';
import { createProgress } from '../progress.js';
import { openSource, parseSourceOptions, sourceOptionDefinitions, type SourceArgs } from '../source-options.js';

interface CrawlArgs extends SourceArgs, ExportArgs {
  seeds: string[];
  depth: string;
  up: boolean;
  down: boolean;
  relations?: string[];
  maxPeople?: string;
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
        depth: { type: 'string', requiresArg: true, default: '2', describe: 'Family links from the nearest seed' },
        up: { type: 'boolean', default: false, describe: 'Ancestors only' },
        down: { type: 'boolean', default: false, describe: 'Descendants only' },
        relations: { type: 'string', requiresArg: true, array: true, describe: 'Also follow: spouse' },
        'max-people': { type: 'string', requiresArg: true, describe: 'Stop at a level boundary before exceeding this' },
        ...exportOptionDefinitions,
        resume: { type: 'boolean', default: false, describe: 'Resume the interrupted crawl with the same options' },
        quiet: { type: 'boolean', default: false, describe: 'No progress on stderr' },
        json: { type: 'boolean', default: false, describe: 'Print one JSON summary on stdout' },
        ...sourceOptionDefinitions,
      }) as unknown as Argv<CrawlArgs>,
    handler: async (args) => {
      // Every argument is checked before anything is created, opened or sent.
      const config = parseSourceOptions(args, io);
      const plan = makeCrawlPlan({
        seeds: args.seeds ?? [],
        depth: args.depth,
        up: args.up,
        down: args.down,
        itemHosts: config.endpoint.itemHosts,
        ...(args.relations ? { relations: args.relations } : {}),
        ...(args.maxPeople !== undefined ? { maxPeople: args.maxPeople } : {}),
      });
      const exportOptions = exportOptionsFromArgs(args, config.endpoint.itemHosts);
      if (args.resume && config.mode === 'snapshot') {
        writeLine(
          io.stderr,
          'Note: a --snapshot crawl reads one file and keeps no crawl state; --resume starts it again.',
        );
      }
      for (const warning of config.warnings) writeLine(io.stderr, warning);
      setInterruptMessage(
        config.storePath
          ? 'interrupted; crawl state is saved, run the same command with --resume to continue'
          : 'interrupted; nothing was written',
      );
      const outPaths =
        args.out && args.out.length > 0 ? args.out.map((p) => resolve(io.cwd, p)) : [defaultOutput(plan, io)];
      const { checkOutputs, writeOutputs } = await import('../../export/write.js');
      const planned = await checkOutputs(outPaths, exportOptions);

      const progress = await createProgress(io, args.quiet || args.json);
      let session: CrawlSession | null = null;
      const { openCrawlSession, crawlInSession } = await import('../../crawl/resumable.js');
      const opened = await openSource(config, {
        onClientEvent: (e) => progress.onClientEvent(e),
        trustSinceFrom: (store) => {
          session = openCrawlSession(
            store,
            plan,
            { endpoint: config.endpoint.url, languages: config.languages },
            args.resume,
          );
          return session.trustSince;
        },
      });
      const started = Date.now();
      try {
        if (args.resume && config.mode !== 'snapshot' && !session!.resumed && !args.quiet && !args.json) {
          writeLine(io.stderr, 'Nothing to resume for these options: starting a new crawl.');
        }
        const hooks = {
          onEvent: (e: Parameters<typeof progress.onCrawlEvent>[0]) => progress.onCrawlEvent(e),
          meta: {
            endpoint: opened.endpoint,
            languages: opened.languages,
            crawledAt: new Date().toISOString(),
            wdkinVersion: WDKIN_VERSION,
          },
        };
        const result = session
          ? await crawlInSession(opened.store!, session, opened.source, plan, hooks)
          : await (await import('../../crawl/engine.js')).crawl(opened.source, plan, hooks);
        progress.stop();
        const partial = result.failed.length > 0;
        if (partial) result.graph.mergeAttributes({ status: 'partial', failed: result.failed.length });
        const outputs =
          result.graph.order === 0 ? [] : await writeOutputs(result.graph, planned, { ...exportOptions, partial });
        report(io, args, result, outputs, Date.now() - started, session, opened.source.description);
        outcome.exitCode = partial ? EXIT_PARTIAL : EXIT_OK;
      } finally {
        progress.stop();
        await opened.close();
      }
    },
  };
}

/** Without --out: output/<seeds>-depth<N>.json; output/ is created now (arguments are all valid). */
function defaultOutput(plan: CrawlPlan, io: CliIO): string {
  const dir = resolve(io.cwd, 'output');
  ensureDirectory(dir, 'the default output');
  return join(dir, `${plan.seeds.join('-')}-depth${plan.depth}.json`);
}

/** Failed ids grouped by why they failed. */
function failureGroups(result: CrawlResult): Array<{ reason: string; ids: string[] }> {
  const groups = new Map<string, string[]>();
  for (const id of result.failed) {
    const reason = result.failures.get(id) ?? 'unknown reason';
    groups.set(reason, [...(groups.get(reason) ?? []), id]);
  }
  return [...groups].map(([reason, ids]) => ({ reason, ids }));
}

function report(
  io: CliIO,
  args: CrawlArgs,
  result: CrawlResult,
  outputs: WrittenOutput[],
  ms: number,
  session: CrawlSession | null,
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
    status: result.failed.length > 0 ? 'partial' : 'complete',
    failed: result.failed,
    failures: failureGroups(result),
    missing: result.missing,
    redirects: Object.fromEntries(result.redirects),
    anomalies: result.anomalies,
    anomalyCounts: countAnomalies(result.anomalies),
    stoppedEarly: result.stoppedEarly,
    resumed: session?.resumed ?? false,
    resumedAfterLevel: session?.resumed ? (session.finishedLevels.at(-1)?.level ?? null) : null,
    outputs,
    seconds: Math.round(ms) / 1000,
  };
  if (args.json) {
    writeJsonLine(io.stdout, summary);
    return;
  }
  const counts = Object.entries(summary.anomalyCounts)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  const levels = result.levels.join(' + ');
  writeLine(
    io.stdout,
    `${summary.people} people, ${summary.edges} family links over ${result.levels.length} levels (${levels}) in ${summary.seconds} s`,
  );
  if (session?.resumed) {
    const finished = session.finishedLevels.length;
    writeLine(
      io.stdout,
      `Resumed the interrupted crawl: ${finished} ${finished === 1 ? 'level was' : 'levels were'} already done and came from the store`,
    );
  }
  writeLine(
    io.stdout,
    `${summary.requests} requests (${summary.retries} retries); ${summary.fromCache} entities from the local store, ${summary.fetched} from ${from}`,
  );
  if (counts) writeLine(io.stdout, `Data notes: ${counts}`);
  if (result.stoppedEarly) writeLine(io.stdout, `Stopped early: ${result.stoppedEarly}`);
  if (result.failed.length > 0) {
    writeLine(io.stdout, `${result.failed.length} people could not be fetched; run the same command with --resume:`);
    for (const group of summary.failures) {
      const ids = `${group.ids.slice(0, 8).join(', ')}${group.ids.length > 8 ? `, ... (${group.ids.length})` : ''}`;
      writeLine(io.stdout, `  ${group.reason}: ${ids}`);
    }
  }
  if (result.graph.order === 0)
    writeLine(io.stdout, 'Nothing written: no one could be fetched (existing outputs are untouched)');
  for (const output of outputs) {
    const note = output.requested
      ? ` (partial graph: ${output.requested} already exists and is kept)`
      : output.partial
        ? ' (partial graph)'
        : '';
    writeLine(io.stdout, `Wrote ${output.path} (${output.format}, ${output.bytes} bytes)${note}`);
  }
}
