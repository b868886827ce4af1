/**
 * Where people come from, as the command line says it: options, their validation (all of it
 * before any file is opened or request sent) and the opening of the source they describe.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Options } from 'yargs';
import { UsageError } from '../errors.js';
import { printable } from '../files/printable.js';
import { parseWholeNumber } from '../whole-number.js';
import type { ClientEvent } from '../wikidata/client.js';
import { parseEndpoint, WIKIDATA_API, wikidataEndpoint, type Endpoint } from '../wikidata/endpoint.js';
import type { PersonSource } from '../wikidata/person-source.js';
import {
  DEFAULT_CONCURRENCY,
  DEFAULT_CONTACT,
  MAX_CONCURRENCY,
  WIKIMEDIA_CONCURRENCY,
} from '../wikidata/politeness.js';
import type { Store } from '../store/store.js';
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
/**
 * The bundled snapshot ingested into a store at build time (scripts/build-bundled-store.mjs):
 * `--offline` opens it read-only and reads people on demand. Missing in an unbuilt checkout
 * (running from sources), where the snapshot file is read into memory instead.
 */
export const BUNDLED_STORE = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'european-royals.sqlite');
export const DEFAULT_STORE = join('data', 'wdkin.sqlite');

/** Options shared by every command that reads people (crawl, kinship, pedigree). */
export const sourceOptionDefinitions = {
  offline: {
    type: 'boolean',
    default: false,
    describe: 'No network: the local store (e.g. filled by wdkin ingest) plus the bundled snapshot',
  },
  snapshot: {
    type: 'string',
    requiresArg: true,
    describe:
      'Read people from this small NDJSON / JSON dump file (plain or .gz), loaded into memory; big dumps go through wdkin ingest',
  },
  endpoint: { type: 'string', requiresArg: true, describe: `Wikibase Action API URL (default ${WIKIDATA_API})` },
  store: {
    type: 'string',
    requiresArg: true,
    describe: `Local SQLite store (default $WDKIN_STORE or ${DEFAULT_STORE})`,
  },
  lang: { type: 'string', requiresArg: true, default: 'en', describe: 'Label language chain, e.g. en,fr' },
  concurrency: {
    type: 'string',
    requiresArg: true,
    default: String(DEFAULT_CONCURRENCY),
    describe: `Requests in flight at most (1-${MAX_CONCURRENCY})`,
  },
  contact: {
    type: 'string',
    requiresArg: true,
    describe: 'Contact URL or e-mail for the User-Agent (or $WDKIN_CONTACT)',
  },
  token: {
    type: 'string',
    requiresArg: true,
    describe: 'OAuth 2.0 access token for higher rate limits (or $WDKIN_TOKEN); never printed or stored',
  },
  'max-age': {
    type: 'string',
    requiresArg: true,
    describe: 'Refetch cached entities older than this (e.g. 7d, 12h, 30m)',
  },
  'max-wait': {
    type: 'string',
    requiresArg: true,
    default: '120s',
    describe: 'Longest Retry-After obeyed; a longer one fails the request with the reason',
  },
  reverse: {
    type: 'boolean',
    default: true,
    describe: 'Also find links stated on the other side only (reverse lookups); --no-reverse turns them off',
  },
  retries: {
    type: 'string',
    requiresArg: true,
    default: '5',
    describe: 'Retries per request before its ids are reported failed (0-50)',
  },
} satisfies Record<string, Options>;

export interface SourceArgs {
  offline?: boolean;
  snapshot?: string;
  endpoint?: string;
  store?: string;
  lang?: string;
  concurrency?: string | number;
  contact?: string;
  token?: string;
  maxAge?: string;
  maxWait?: string;
  retries?: string | number;
  reverse?: boolean;
}

/** Every source option, validated; nothing opened yet. */
export interface SourceConfig {
  mode: 'live' | 'offline' | 'snapshot';
  languages: string[];
  endpoint: Endpoint;
  /** The store file (null with --snapshot, which reads the file alone). */
  storePath: string | null;
  /** Whether the store was named (--store, $WDKIN_STORE) rather than the default data/wdkin.sqlite. */
  storeNamed: boolean;
  snapshotPath: string | null;
  maxAgeMs: number;
  maxWaitMs: number;
  concurrency: number;
  retries: number;
  contact: string;
  token: string | null;
  /** One-line warnings to print (e.g. concurrency above Wikimedia's guidance). */
  warnings: string[];
}

export interface OpenedSource {
  source: PersonSource;
  /** The store, for crawl state (null with --snapshot). */
  store: Store | null;
  /** Endpoint URL (without credentials), or the snapshot path. */
  endpoint: string;
  languages: string[];
  mode: SourceConfig['mode'];
  close(): Promise<void>;
}

export interface OpenSourceExtras {
  onClientEvent?: (event: ClientEvent) => void;
  /**
   * Called with the store once it is open, before the source is made: returns the time since
   * which stored entities are trusted whatever their age (a resumed crawl's start), if any.
   */
  trustSinceFrom?: (store: Store) => number | undefined;
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

/** Validates every source option (exit 2 on any problem); opens nothing, sends nothing. */
export function parseSourceOptions(args: SourceArgs, io: CliIO): SourceConfig {
  const languages = parseLanguages(args.lang);
  if (args.snapshot !== undefined && args.offline) {
    throw new UsageError('INVALID_OPTION', '--snapshot and --offline are two different sources: give one of them');
  }
  if (args.snapshot !== undefined && args.endpoint !== undefined) {
    throw new UsageError('INVALID_OPTION', '--snapshot reads a file, not a Wikibase: drop --endpoint (or --snapshot)');
  }
  if (args.offline && args.endpoint !== undefined) {
    throw new UsageError('INVALID_OPTION', '--offline reads no network: drop --endpoint');
  }
  if (args.snapshot === '') throw new UsageError('INVALID_OPTION', 'Expected --snapshot to name a file, got nothing');
  const mode = args.snapshot !== undefined ? 'snapshot' : args.offline ? 'offline' : 'live';
  const endpoint = args.endpoint !== undefined ? parseEndpoint(args.endpoint) : wikidataEndpoint();
  const maxAgeMs = args.maxAge === undefined ? Number.POSITIVE_INFINITY : parseDuration(args.maxAge, '--max-age');
  const maxWaitMs = parseDuration(args.maxWait ?? '120s', '--max-wait');
  const concurrency = parseWholeNumber('--concurrency', args.concurrency ?? DEFAULT_CONCURRENCY, 1, MAX_CONCURRENCY);
  const retries = parseWholeNumber('--retries', args.retries ?? 5, 0, 50);
  const contact = checkContact(args.contact ?? io.env.WDKIN_CONTACT ?? DEFAULT_CONTACT, args.contact !== undefined);
  const token = checkToken(args.token ?? io.env.WDKIN_TOKEN);
  const warnings: string[] = [];
  if (mode === 'live' && endpoint.wikimedia && concurrency > WIKIMEDIA_CONCURRENCY) {
    warnings.push(
      `warning: --concurrency ${concurrency} is above Wikimedia's guidance of ${WIKIMEDIA_CONCURRENCY} requests in flight; expect 429s or a block`,
    );
  }
  return {
    mode,
    languages,
    endpoint,
    storePath: mode === 'snapshot' ? null : resolve(io.cwd, args.store ?? io.env.WDKIN_STORE ?? DEFAULT_STORE),
    storeNamed: args.store !== undefined || io.env.WDKIN_STORE !== undefined,
    snapshotPath: mode === 'snapshot' ? resolve(io.cwd, args.snapshot!) : null,
    maxAgeMs,
    maxWaitMs,
    concurrency,
    retries,
    contact,
    token,
    warnings,
  };
}

/** The contact goes into a header: printable ASCII, no line breaks, not empty. */
function checkContact(value: string, fromFlag: boolean): string {
  const where = fromFlag ? '--contact' : '$WDKIN_CONTACT';
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > 200 || !/^[\x20-\x7e]+$/.test(trimmed)) {
    throw new UsageError(
      'INVALID_OPTION',
      `Expected ${where} to be a URL or e-mail in printable ASCII (it goes into the User-Agent header), got ${JSON.stringify(printable(value.slice(0, 60)))}`,
    );
  }
  return trimmed;
}

/** A token goes into a header: printable ASCII without spaces. It is never echoed back. */
function checkToken(value: string | undefined): string | null {
  if (value === undefined) return null;
  if (!/^[\x21-\x7e]{1,4096}$/.test(value)) {
    throw new UsageError(
      'INVALID_OPTION',
      'Expected --token (or $WDKIN_TOKEN) to be an access token: printable ASCII without spaces or control characters',
    );
  }
  return value;
}

/** Opens the source a validated config describes (loads only the modules that source needs). */
export async function openSource(config: SourceConfig, extras: OpenSourceExtras = {}): Promise<OpenedSource> {
  const { languages } = config;
  if (config.mode === 'snapshot') {
    const { openFileSource } = await import('../wikidata/file-source.js');
    const file = await openFileSource(config.snapshotPath!, { languages });
    return {
      source: file,
      store: null,
      endpoint: file.description,
      languages,
      mode: 'snapshot',
      close: async () => undefined,
    };
  }
  const { Store } = await import('../store/store.js');
  const endpoint = config.endpoint.url;
  if (config.mode === 'offline' && !config.storeNamed && !existsSync(config.storePath!)) {
    // No default store here: read the bundled data only, and create no store (and no data/
    // folder) in whatever directory an offline question was asked from. A store the user named
    // is opened (and created) as always, with its path checked.
    const bundled = await openBundled(endpoint, languages);
    return { ...bundled, store: null, endpoint, languages, mode: 'offline' };
  }
  const store = Store.open(config.storePath!);
  try {
    const trustSince = extras.trustSinceFrom?.(store);
    if (config.mode === 'offline') {
      // One after another: jest's ESM loader cannot take concurrent dynamic imports sharing modules.
      const { createStoredSource } = await import('../wikidata/stored-source.js');
      const { chainSources } = await import('../wikidata/chain-source.js');
      const cached = createStoredSource({ store, fetcher: null, endpoint, languages, maxAgeMs: config.maxAgeMs });
      const bundled = await openBundled(endpoint, languages);
      const source = chainSources(cached, bundled.source);
      const close = async () => {
        store.close();
        await bundled.close();
      };
      return { source, store, endpoint, languages, mode: 'offline', close };
    }
    const { createLiveSource } = await import('../wikidata/live-source.js');
    const source = createLiveSource({
      endpoint,
      auth: config.endpoint.auth,
      token: config.token,
      languages,
      concurrency: config.concurrency,
      contact: config.contact,
      store,
      maxAgeMs: config.maxAgeMs,
      maxWaitMs: config.maxWaitMs,
      maxAttempts: config.retries + 1,
      ...(extras.onClientEvent ? { onEvent: extras.onClientEvent } : {}),
      ...(trustSince !== undefined ? { trustSince } : {}),
    });
    return { source, store, endpoint, languages, mode: 'live', close: async () => store.close() };
  } catch (error) {
    store.close();
    throw error;
  }
}

/**
 * The bundled data as a source: the store built at `npm run build`, read on demand, or (in an
 * unbuilt checkout) the snapshot file read into memory.
 */
async function openBundled(
  endpoint: string,
  languages: string[],
): Promise<{ source: PersonSource; close(): Promise<void> }> {
  if (existsSync(BUNDLED_STORE)) {
    const { Store } = await import('../store/store.js');
    const { createStoredSource } = await import('../wikidata/stored-source.js');
    const bundledStore = Store.openReadOnly(BUNDLED_STORE);
    const source = createStoredSource({
      store: bundledStore,
      fetcher: null,
      endpoint,
      languages,
      maxAgeMs: Number.POSITIVE_INFINITY,
      description: 'the bundled snapshot',
    });
    return { source, close: async () => bundledStore.close() };
  }
  const { openFileSource } = await import('../wikidata/file-source.js');
  return { source: await openFileSource(BUNDLED_SNAPSHOT, { languages }), close: async () => undefined };
}
