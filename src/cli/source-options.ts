import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Options } from 'yargs';
import { UsageError } from '../errors.js';
import { Store } from '../store/store.js';
import { chainSources } from '../wikidata/chain-source.js';
import { DEFAULT_CONCURRENCY, DEFAULT_CONTACT, type ClientEvent } from '../wikidata/client.js';
import { openFileSource } from '../wikidata/file-source.js';
import { createLiveSource } from '../wikidata/live-source.js';
import type { PersonSource } from '../wikidata/person-source.js';
import { createStoredSource } from '../wikidata/stored-source.js';
import { parseEndpoint, WIKIDATA_API } from '../wikidata/urls.js';
import type { CliIO } from './io.js';
import { parseDuration } from './duration.js';

/** The bundled offline snapshot (real Wikidata people of the European royal houses). */
export const BUNDLED_SNAPSHOT = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'data',
  'european-royals.ndjson.gz',
);
export const DEFAULT_STORE = join('data', 'wdkin.sqlite');

/** Options shared by every command that reads people (crawl, kinship). */
export const sourceOptionDefinitions = {
  offline: { type: 'boolean', default: false, describe: 'No network: the bundled snapshot plus the local store' },
  snapshot: { type: 'string', describe: 'Read people from this NDJSON / Wikidata JSON dump file (plain or .gz)' },
  endpoint: { type: 'string', describe: `Wikibase Action API URL (default ${WIKIDATA_API})` },
  store: { type: 'string', describe: `Local SQLite store (default $WDKIN_STORE or ${DEFAULT_STORE})` },
  lang: { type: 'string', default: 'en', describe: 'Label language chain, e.g. en,fr' },
  concurrency: { type: 'number', default: DEFAULT_CONCURRENCY, describe: 'Requests in flight at most' },
  contact: { type: 'string', describe: 'Contact URL or e-mail for the User-Agent (or $WDKIN_CONTACT)' },
  'max-age': { type: 'string', describe: 'Refetch cached entities older than this (e.g. 7d, 12h, 30m)' },
  retries: { type: 'number', default: 5, describe: 'Retries per request before its ids are reported failed' },
} satisfies Record<string, Options>;

export interface SourceArgs {
  offline?: boolean;
  snapshot?: string;
  endpoint?: string;
  store?: string;
  lang?: string;
  concurrency?: number;
  contact?: string;
  maxAge?: string;
  retries?: number;
}

export interface OpenedSource {
  source: PersonSource;
  /** The store, for crawl state (null with --snapshot). */
  store: Store | null;
  /** Endpoint URL, or the snapshot path. */
  endpoint: string;
  languages: string[];
  mode: 'live' | 'offline' | 'snapshot';
  close(): Promise<void>;
}

export interface OpenSourceExtras {
  onClientEvent?: (event: ClientEvent) => void;
  /** Trust stored entities fetched since then (a resumed crawl). */
  trustSince?: number;
}

/** Parses `--lang en,fr` into a language chain. */
export function parseLanguages(value: string | undefined): string[] {
  const list = (value ?? 'en')
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean);
  for (const lang of list) {
    if (!/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(lang))
      throw new UsageError(
        'INVALID_OPTION',
        `Expected --lang to be language codes like en,fr, got ${JSON.stringify(lang)}`,
      );
  }
  if (list.length === 0)
    throw new UsageError('INVALID_OPTION', 'Expected --lang to name at least one language, got none');
  return list.map((l) => l.toLowerCase());
}

/** Where the local store lives: --store, else $WDKIN_STORE, else data/wdkin.sqlite. */
export function resolveStorePath(args: SourceArgs, io: CliIO): string {
  return resolve(io.cwd, args.store ?? io.env.WDKIN_STORE ?? DEFAULT_STORE);
}

/** The endpoint key the store files entities under for these options. */
export function resolveEndpoint(args: SourceArgs): string {
  return parseEndpoint(args.endpoint ?? WIKIDATA_API);
}

/** Opens the source the options describe; validates them all first (exit 2 on any problem). */
export async function openSource(args: SourceArgs, io: CliIO, extras: OpenSourceExtras = {}): Promise<OpenedSource> {
  const languages = parseLanguages(args.lang);
  if (args.offline && args.endpoint)
    throw new UsageError('INVALID_OPTION', '--offline reads no network: drop --endpoint');
  const endpoint = resolveEndpoint(args);
  const maxAgeMs = args.maxAge === undefined ? Number.POSITIVE_INFINITY : parseDuration(args.maxAge, '--max-age');
  const concurrency = args.concurrency ?? DEFAULT_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new UsageError(
      'INVALID_OPTION',
      `Expected --concurrency to be a whole number from 1 and up, got ${JSON.stringify(args.concurrency)}`,
    );
  }
  const retries = args.retries ?? 5;
  if (!Number.isInteger(retries) || retries < 0 || retries > 50) {
    throw new UsageError(
      'INVALID_OPTION',
      `Expected --retries to be a whole number from 0 to 50, got ${JSON.stringify(args.retries)}`,
    );
  }
  if (args.snapshot !== undefined && !args.offline) {
    const file = await openFileSource(resolve(io.cwd, args.snapshot), { languages });
    return {
      source: file,
      store: null,
      endpoint: file.description,
      languages,
      mode: 'snapshot',
      close: async () => undefined,
    };
  }
  const storePath = resolveStorePath(args, io);
  if (args.offline) {
    const file = await openFileSource(args.snapshot ? resolve(io.cwd, args.snapshot) : BUNDLED_SNAPSHOT, { languages });
    const store = Store.open(storePath);
    const cached = createStoredSource({ store, fetcher: null, endpoint, languages, maxAgeMs });
    return {
      source: chainSources(cached, file),
      store,
      endpoint,
      languages,
      mode: 'offline',
      close: async () => store.close(),
    };
  }
  const store = Store.open(storePath);
  const liveOptions: Parameters<typeof createLiveSource>[0] = {
    endpoint,
    languages,
    concurrency,
    contact: args.contact ?? io.env.WDKIN_CONTACT ?? DEFAULT_CONTACT,
    store,
    maxAgeMs,
    maxAttempts: retries + 1,
  };
  if (extras.onClientEvent) liveOptions.onEvent = extras.onClientEvent;
  if (extras.trustSince !== undefined) liveOptions.trustSince = extras.trustSince;
  return {
    source: createLiveSource(liveOptions),
    store,
    endpoint,
    languages,
    mode: 'live',
    close: async () => store.close(),
  };
}
