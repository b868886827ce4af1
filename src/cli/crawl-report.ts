/** What `wdkin crawl` says when it ends: readable lines, or one JSON object (`--json`). */
import type { CrawlResult } from '../crawl/engine.js';
import { isPartial } from '../crawl/partial.js';
import type { CrawlSession } from '../crawl/resumable.js';
import type { WrittenOutput } from '../export/write.js';
import { countAnomalies } from '../graph/anomaly.js';
import type { JudgementCase } from '../graph/missing-twins.js';
import { writeJsonLine, writeLine, type CliIO } from './io.js';

export interface FixesReport {
  path: string;
  bytes: number;
  statements: number;
  needsJudgement: JudgementCase[];
}

export interface CrawlReport {
  result: CrawlResult;
  outputs: WrittenOutput[];
  fixes: FixesReport | null;
  ms: number;
  session: CrawlSession | null;
  /** Where people came from (endpoint or file). */
  from: string;
  /** Whether `from` is a live endpoint (then a crawl without requests was answered by the store). */
  live: boolean;
}

/** The summary as data (what `--json` prints). */
export function crawlSummary(report: CrawlReport): Record<string, unknown> & { oneSided: OneSided; seconds: number } {
  const { result, session } = report;
  return {
    people: result.graph.order,
    edges: result.graph.size,
    levels: result.levels,
    requests: result.stats.requests,
    retries: result.stats.retries,
    fromCache: result.stats.fromCache,
    fetched: result.stats.fetched,
    status: isPartial(result) ? 'partial' : 'complete',
    failed: result.failed,
    failures: failureGroups(result),
    incomplete: Object.fromEntries(result.incomplete),
    oneSided: oneSidedCounts(result),
    missing: result.missing,
    redirects: Object.fromEntries(result.redirects),
    anomalies: result.anomalies,
    anomalyCounts: countAnomalies(result.anomalies),
    stoppedEarly: result.stoppedEarly,
    resumed: session?.resumed ?? false,
    resumedAfterLevel: session?.resumed ? (session.finishedLevels.at(-1)?.level ?? null) : null,
    outputs: report.outputs,
    fixes: report.fixes,
    seconds: Math.round(report.ms) / 1000,
  };
}

export function printCrawlReport(io: CliIO, report: CrawlReport, json: boolean): void {
  const summary = crawlSummary(report);
  if (json) {
    writeJsonLine(io.stdout, summary);
    return;
  }
  const { result, session } = report;
  const line = (text: string) => writeLine(io.stdout, text);
  const levels = result.levels.join(' + ');
  line(
    `${result.graph.order} people, ${result.graph.size} family links over ${result.levels.length} levels (${levels}) in ${summary.seconds} s`,
  );
  if (session?.resumed) {
    const finished = session.finishedLevels.length;
    line(
      `Resumed the interrupted crawl: ${finished} ${finished === 1 ? 'level was' : 'levels were'} already done and came from the store`,
    );
  }
  const { requests, retries, fromCache, fetched } = result.stats;
  if (requests === 0) {
    // Offline, a snapshot, or everything cached: say where the answers came from.
    const from = report.live ? 'the local store' : report.from;
    line(`No requests: ${fromCache + fetched} answers from ${from}`);
  } else {
    line(
      `${requests} requests (${retries} retries); ${fromCache} answers from the local store, ${fetched} entities from ${report.from}`,
    );
  }
  const counts = Object.entries(countAnomalies(result.anomalies)).map(([k, n]) => `${n} ${k}`);
  if (counts.length > 0) line(`Data notes: ${counts.join(', ')}`);
  const { links, child, parent, spouse } = summary.oneSided;
  if (links > 0)
    line(
      `One-sided links: ${links} (${child} stated by the child only, ${parent} by the parent only, ${spouse} by one spouse)`,
    );
  if (result.stoppedEarly) line(`Stopped early: ${result.stoppedEarly}`);
  if (result.failed.length > 0) {
    line(`${result.failed.length} people could not be fetched; run the same command with --resume:`);
    for (const group of failureGroups(result)) {
      line(
        `  ${group.reason}: ${group.ids.slice(0, 8).join(', ')}${group.ids.length > 8 ? `, ... (${group.ids.length})` : ''}`,
      );
    }
  }
  if (result.incomplete.size > 0) {
    line(
      `${result.incomplete.size} people's reverse lookups failed (family stated only on the other side may be missing); run the same command with --resume`,
    );
  }
  if (result.graph.order === 0) line('Nothing written: no one could be fetched (existing outputs are untouched)');
  for (const output of report.outputs) {
    const note = output.requested
      ? ` (partial graph: ${output.requested} already exists and is kept)`
      : output.partial
        ? ' (partial graph)'
        : '';
    line(`Wrote ${output.path} (${output.format}, ${output.bytes} bytes)${note}`);
  }
  if (report.fixes) printFixes(line, report.fixes);
}

function printFixes(line: (text: string) => void, fixes: FixesReport): void {
  line(`Wrote ${fixes.path} (QuickStatements: ${fixes.statements} twin statements to add)`);
  if (fixes.needsJudgement.length === 0) return;
  line(`${fixes.needsJudgement.length} one-sided links need a person's judgement (no statement written for them):`);
  for (const c of fixes.needsJudgement.slice(0, 20)) line(`  ${c.subject} -> ${c.value}: ${c.reason}`);
  if (fixes.needsJudgement.length > 20)
    line(`  ... and ${fixes.needsJudgement.length - 20} more (--json lists them all)`);
}

interface OneSided {
  links: number;
  child: number;
  parent: number;
  spouse: number;
}

/** How many links in the graph are stated on one side only, by side. */
function oneSidedCounts(result: CrawlResult): OneSided {
  const counts = { links: 0, child: 0, parent: 0, spouse: 0 };
  result.graph.forEachEdge((_key, edge) => {
    if (!edge.statedBy || edge.statedBy === 'both') return;
    counts.links += 1;
    if (edge.statedBy === 'one-side') counts.spouse += 1;
    else counts[edge.statedBy] += 1;
  });
  return counts;
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
