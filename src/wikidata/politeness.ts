/** The numbers that keep wdkin polite to a Wikibase (see README "How it is polite to Wikidata"). */

/** Requests in flight by default: Wikimedia's guidance. */
export const DEFAULT_CONCURRENCY = 3;
/** Above this many requests in flight a Wikimedia server gets a warning line. */
export const WIKIMEDIA_CONCURRENCY = 3;
/** More requests in flight than this are refused: no Wikibase wants it. */
export const MAX_CONCURRENCY = 16;
/** Longest Retry-After obeyed by default; a longer one fails the request with the reason. */
export const DEFAULT_MAX_WAIT_MS = 120_000;
/** The contact in the User-Agent when none is given. */
export const DEFAULT_CONTACT = 'https://github.com/wdkin/wdkin';
