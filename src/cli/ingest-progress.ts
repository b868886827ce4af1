import type { IngestEvent } from '../ingest/ingest.js';
import type { CliIO } from './io.js';

export interface IngestProgress {
  onEvent(event: IngestEvent): void;
  stop(): void;
}

const MB = 1024 * 1024;

/**
 * Progress of an ingest on stderr: a live bar on a TTY (bytes read, entities per second, people
 * kept, ETA from the file's size), nothing otherwise or with --quiet. Notes (a discarded or resumed
 * ingest) are printed in any case unless quiet. cli-progress is loaded only when a bar is shown.
 */
export async function createIngestProgress(io: CliIO, quiet: boolean): Promise<IngestProgress> {
  const notes = (event: IngestEvent) => {
    if (event.type === 'start' && !quiet) for (const note of event.notes) io.stderr.write(`${note}\n`);
  };
  if (quiet || !io.stderr.isTTY) return { onEvent: notes, stop: () => undefined };
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr,
      format: 'pass {pass} |{bar}| {read} MB{of} | {rate} entities/s | {people} people | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let active = false;
  let started = Date.now();
  let lastDraw = 0;
  return {
    onEvent(event) {
      notes(event);
      if (event.type === 'second-pass' || event.type === 'swap') {
        if (active) bar.stop();
        active = false;
        if (event.type === 'second-pass')
          io.stderr.write(`second pass: looking for ${event.wanted} items named by a link before their own line\n`);
        else io.stderr.write('writing the family graph into the store...\n');
        started = Date.now();
        return;
      }
      if (event.type !== 'progress') return;
      const now = Date.now();
      if (active && now - lastDraw < 200) return;
      lastDraw = now;
      const { progress, total } = event;
      const payload = {
        pass: progress.pass,
        read: (progress.bytes / MB).toFixed(0),
        of: total === null ? '' : ` of ${(total / MB).toFixed(0)}`,
        rate: Math.round(progress.lines / Math.max(0.001, (now - started) / 1000)),
        people: progress.last?.kept ?? 0,
      };
      if (!active) {
        bar.start(total ?? 0, progress.bytes, payload);
        active = true;
      } else bar.update(progress.bytes, payload);
    },
    stop() {
      if (active) bar.stop();
      active = false;
    },
  };
}
