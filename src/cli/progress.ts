import cliProgress from 'cli-progress';
import type { CrawlEvent } from '../crawl/engine.js';
import type { ClientEvent } from '../wikidata/client.js';
import type { CliIO } from './io.js';

export interface ProgressReporter {
  onCrawlEvent(event: CrawlEvent): void;
  onClientEvent(event: ClientEvent): void;
  stop(): void;
}

/**
 * Progress on stderr while crawling: a live bar (level, people, requests, rate) on a TTY,
 * nothing otherwise or with --quiet. Retries and stops are printed as lines on a TTY only.
 */
export function createProgress(io: CliIO, quiet: boolean): ProgressReporter {
  const silent: ProgressReporter = {
    onCrawlEvent: () => undefined,
    onClientEvent: () => undefined,
    stop: () => undefined,
  };
  if (quiet || !io.stderr.isTTY) return silent;
  const started = Date.now();
  const state = { level: 0, people: 0, requests: 0, pending: 0 };
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr,
      format: 'level {level} | {people} people | {requests} requests | {rate} req/s | {value}/{total} of this level',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let active = false;
  const rate = () => (state.requests / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
  const payload = () => ({ level: state.level, people: state.people, requests: state.requests, rate: rate() });
  return {
    onCrawlEvent(event) {
      if (event.type === 'level-start') {
        state.level = event.level;
        if (active) bar.stop();
        bar.start(event.ids, 0, payload());
        active = true;
      } else if (event.type === 'level-done') {
        state.people = event.total;
        bar.update(bar.getTotal(), payload());
      } else if (active) {
        bar.stop();
        active = false;
        io.stderr.write(`${event.reason}\n`);
      }
    },
    onClientEvent(event) {
      if (event.type === 'request') state.requests += 1;
      if (event.type === 'response') bar.increment(event.ids, payload());
      if (event.type === 'retry' && active) bar.update(payload());
    },
    stop() {
      if (active) bar.stop();
      active = false;
    },
  };
}
