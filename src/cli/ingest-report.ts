import { printablePath } from '../files/printable.js';
import type { IngestSummary } from '../ingest/ingest.js';

const MB = 1024 * 1024;

/** The ingest summary as lines for a person (pure). */
export function renderIngestSummary(summary: IngestSummary, storePath: string): string[] {
  const from = summary.file === '-' ? 'standard input' : printablePath(summary.file);
  const size = summary.size === null ? '' : `, ${(summary.size / MB).toFixed(1)} MB`;
  const rate =
    summary.size === null ? '' : `, ${(summary.size / MB / Math.max(summary.seconds, 0.001)).toFixed(1)} MB/s`;
  const lines = [
    ...summary.notes,
    `${summary.people} people and ${summary.links} family links from ${from} (${summary.compression}${size}, dump of ${summary.dumpDate.slice(0, 10)}) into ${printablePath(storePath)}`,
    `${summary.items} items read, ${summary.parsed} parsed (${(summary.parsedShare * 100).toFixed(1)} %), in ${summary.seconds.toFixed(1)} s${rate}${summary.resumed ? ' (resumed)' : ''}`,
  ];
  if (summary.secondPass) {
    const pass = summary.secondPass;
    lines.push(
      `second pass: ${pass.found} of ${pass.wanted} items named by a link before their own line found, after ${pass.lines} lines`,
    );
  }
  if (summary.notInDump > 0)
    lines.push(`${summary.notInDump} items named by family links are not in the dump (deleted or merged)`);
  if (summary.notKept > 0) {
    lines.push(
      `${summary.notKept} items named by family links come before any link to them and are not human: not kept (wdkin ingest FILE --second-pass reads the file again to keep them)`,
    );
  }
  if (summary.badLines > 0) lines.push(`${summary.badLines} malformed lines skipped: ${summary.badSamples.join('; ')}`);
  return lines;
}
