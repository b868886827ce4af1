/**
 * The Wikibase Action API a run talks to (pure): validated, credentials kept apart so the URL
 * that appears in the store, in output files and in printed text never carries them.
 */
import { UsageError } from '../errors.js';
import { WIKIDATA_HOSTS } from '../ids.js';

export const WIKIDATA_API = 'https://www.wikidata.org/w/api.php';

export interface Endpoint {
  /** The api.php URL without credentials, query or fragment: the store key and what is shown. */
  url: string;
  /** `user:password@` from the URL, sent as HTTP basic auth to this origin only. */
  auth: { username: string; password: string } | null;
  /** Hosts whose item URLs (`https://host/wiki/Q42`) name items of this Wikibase. */
  itemHosts: readonly string[];
  /** A Wikimedia server (its etiquette asks for at most 3 requests in flight). */
  wikimedia: boolean;
}

const WIKIMEDIA =
  /(^|\.)(wikidata|wikipedia|wikimedia|wiktionary|wikisource|wikiquote|wikibooks|wikinews|wikiversity|wikivoyage|mediawiki)\.org$/i;

/**
 * Checks an --endpoint value: an http(s) URL of a Wikibase `api.php`. A bare site (`https://host`
 * or `https://host/w/`) gets `/w/api.php`; any other page (`/w/index.php`, `/wiki/Q42`) is refused.
 */
export function parseEndpoint(value: string): Endpoint {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw invalid(`a URL of a Wikibase api.php like ${WIKIDATA_API}`, value);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw invalid('an http(s) URL', redact(value));
  const path = url.pathname.replace(/\/+$/, '');
  if (path === '' || path === '/w') url.pathname = '/w/api.php';
  else if (!/\/api\.php$/.test(path)) {
    throw invalid('the URL of a Wikibase Action API (ending in /api.php)', redact(value));
  }
  const auth =
    url.username || url.password
      ? { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) }
      : null;
  url.username = '';
  url.password = '';
  url.search = '';
  url.hash = '';
  const wikimedia = WIKIMEDIA.test(url.hostname);
  const itemHosts = WIKIDATA_HOSTS.includes(url.hostname.toLowerCase()) ? WIKIDATA_HOSTS : [url.hostname.toLowerCase()];
  return { url: url.toString(), auth, itemHosts, wikimedia };
}

/** The endpoint of runs that read Wikidata's own data without the network (snapshot, offline). */
export function wikidataEndpoint(): Endpoint {
  return parseEndpoint(WIKIDATA_API);
}

/** A URL as text without its user and password (for messages). */
export function redact(value: string): string {
  return value.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/i, '$1');
}

function invalid(expected: string, got: string): UsageError {
  return new UsageError('INVALID_OPTION', `Expected --endpoint to be ${expected}, got ${JSON.stringify(redact(got))}`);
}
