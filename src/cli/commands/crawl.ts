import { join, resolve } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { isPartial } from '../../crawl/partial.js';
import { UsageError } from '../../errors.js';
import { makeCrawlPlan, type CrawlPlan } from '../../crawl/options.js';
import type { CrawlSession } from '../../crawl/resumable.js';
import { ensureDirectory } from '../../files/directories.js';
import { generationAnomalies } from '../../graph/generation-anomalies.js';
import { WDKIN_VERSION } from '../../version.js';
import { exportOptionDefinitions, exportOptionsFromArgs, type ExportArgs } from '../export-options.js';
import { setInterruptMessage } from '../interrupt.js';
import { printCrawlReport, type FixesReport } from '../crawl-report.js';
import { EXIT_OK, EXIT_PARTIAL, writeLine, type CliIO, type CommandOutcome } from '../io.js';
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
  fixes?: string;
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
        fixes: {
          type: 'string',
          requiresArg: true,
          describe: 'Write QuickStatements that add the missing twin of every one-sided link (FILE.qs)',
        },
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
        reverse: args.reverse ?? true,
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
      const { checkOutputs, writeOutputs, checkFileTarget, writeCheckedFile } = await import('../../export/write.js');
      const planned = await checkOutputs(outPaths, exportOptions);
      const fixesFile = args.fixes === undefined ? null : await checkFileTarget(resolve(io.cwd, args.fixes));
      if (fixesFile && planned.some((o) => o.target === fixesFile.target)) {
        throw new UsageError('INVALID_OPTION', `--fixes ${args.fixes} is also an --out file: give it its own name`);
      }

      const progress = await createProgress(io, args.quiet || args.json);
      // Set by the callback below; typed so it is not narrowed to null here.
      let session = null as CrawlSession | null;
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
        if (args.resume && config.mode !== 'snapshot' && !session?.resumed && !args.quiet && !args.json) {
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
        const partial = isPartial(result);
        if (partial) {
          result.graph.mergeAttributes({ status: 'partial', failed: result.failed.length + result.incomplete.size });
        }
        // What the generation rows of a drawing could not make right (cycles, marriages across
        // generations) joins the crawl's anomalies: the summary counts it, --json lists it.
        const outputs =
          result.graph.order === 0
            ? []
            : await writeOutputs(result.graph, planned, {
                ...exportOptions,
                partial,
                onGenerations: (generations) =>
                  result.anomalies.push(...generationAnomalies(result.graph, generations)),
              });
        let fixes: FixesReport | null = null;
        if (fixesFile && result.graph.order > 0) {
          const { missingTwins } = await import('../../graph/missing-twins.js');
          const { renderQuickStatements } = await import('../../export/quickstatements.js');
          const twins = missingTwins(result.graph, result.people);
          const bytes = await writeCheckedFile(fixesFile, renderQuickStatements(twins.statements));
          fixes = {
            path: fixesFile.path,
            bytes,
            statements: twins.statements.length,
            needsJudgement: twins.needsJudgement,
          };
        }
        const from = opened.source.description;
        const live = opened.mode === 'live';
        printCrawlReport(io, { result, outputs, fixes, ms: Date.now() - started, session, from, live }, args.json);
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
