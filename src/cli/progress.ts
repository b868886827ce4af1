import type { CrawlEvent } from '../crawl/engine.js';
import type { ClientEvent } from '../wikidata/client.js';
import type { CliIO } from './io.js';

export interface ProgressReporter {
  onCrawlEvent(event: CrawlEvent): void;
  onClientEvent(event: ClientEvent): void;
  stop(): void;
}

const SILENT: ProgressReporter = {
  onCrawlEvent: () => undefined,
  onClientEvent: () => undefined,
  stop: () => undefined,
};

/**
 * Progress on stderr while crawling: a live bar (level, people, requests, rate, and "waiting 30 s
 * (server asked: Retry-After)" while paused) on a TTY, nothing otherwise or with --quiet. The bar
 * counts each id once, when its batch is done (retries never push it past the total).
 * cli-progress is loaded only when a bar is shown.
 */
export async function createProgress(io: CliIO, quiet: boolean): Promise<ProgressReporter> {
  if (quiet || !io.stderr.isTTY) return SILENT;
  const { default: cliProgress } = await import('cli-progress');
  const started = Date.now();
  const state = { level: 0, people: 0, requests: 0, status: '' };
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr,
      format:
        'level {level} | {people} people | {requests} requests | {rate} req/s | {value}/{total} of this level{status}',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let active = false;
  let waitUntil = 0;
  const rate = () => (state.requests / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
  const status = () => {
    const left = Math.ceil((waitUntil - Date.now()) / 1000);
    return left > 0 ? ` | waiting ${left} s (server asked: Retry-After)` : '';
  };
  const payload = () => ({
    level: state.level,
    people: state.people,
    requests: state.requests,
    rate: rate(),
    status: status(),
  });
  let done = 0;
  const advance = (ids: number) => {
    if (!active) return;
    done = Math.min(bar.getTotal(), done + ids);
    bar.update(done, payload());
  };
  return {
    onCrawlEvent(event) {
      if (event.type === 'level-start') {
        state.level = event.level;
        if (active) bar.stop();
        done = 0;
        bar.start(event.ids, 0, payload());
        active = true;
      } else if (event.type === 'level-done') {
        state.people = event.total;
        if (active) bar.update(bar.getTotal(), payload());
      } else if (active) {
        bar.stop();
        active = false;
        io.stderr.write(`${event.reason}\n`);
      }
    },
    onClientEvent(event) {
      if (event.type === 'request') state.requests += 1;
      if (event.type === 'waiting') waitUntil = Date.now() + event.ms;
      if (event.type === 'done') advance(event.ids);
      if ((event.type === 'retry' || event.type === 'waiting' || event.type === 'request') && active)
        bar.update(payload());
    },
    stop() {
      if (active) bar.stop();
      active = false;
    },
  };
}
