/**
 * Text clean-up shared by the exporters. Labels come from Wikidata and may hold anything:
 * markup, quotes, newlines, control characters, lone surrogates, 10,000 characters.
 */

/** Characters XML 1.0 forbids even as references (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/F). */
const ILLEGAL_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
/** Cheap pre-check (no `u` flag): C0 controls but tab/LF/CR, any surrogate, U+FFFE/F. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const MAYBE_ILLEGAL = /[\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;
/** Control characters (C0, DEL, C1), bidi controls, lone surrogates and non-characters U+FFFE/U+FFFF. */
const CONTROLS = /[\p{Cc}\uFFFE\uFFFF\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\p{Cs}/gu;

/** Removes what XML 1.0 cannot carry. */
export function stripIllegalXml(text: string): string {
  if (!MAYBE_ILLEGAL.test(text)) return text;
  return text.replace(ILLEGAL_XML, '');
}

/** Escapes for XML text and attribute values; whitespace kept exact in attributes. */
export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPING.test(text)) return text;
  return stripIllegalXml(text).replace(/[&<>"'\t\n\r]/g, (c) => XML_ENTITIES[c]!);
}

/** Fast path: plain printable ASCII needs nothing. */
const NEEDS_ESCAPING = /[^\x20\x21\x23-\x25\x28-\x3B\x3D\x3F-\x7E]/;

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** One line of plain text: line breaks and tabs become spaces, controls are dropped. */
export function singleLine(text: string): string {
  return text.replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' ').replace(CONTROLS, '');
}

/** Plain text with `\n` line breaks kept and every other control dropped. */
export function plainText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/(?!\n)[\p{Cc}\uFFFE\uFFFF]|\p{Cs}/gu, '');
}

/** Shortens to at most `max` code points, ending with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max - 1).join('')}…`;
}

const WIKIDATA_HOSTS = new Set(['www.wikidata.org', 'wikidata.org', 'm.wikidata.org']);

/**
 * The page of an item on the Wikibase it came from: wikidata.org for Wikidata, the snapshot or a
 * non-URL endpoint; otherwise `Special:EntityPage`, which every Wikibase redirects to the item.
 */
export function itemPageUrl(qid: string, endpoint?: string): string {
  let url: URL | null = null;
  try {
    url = endpoint ? new URL(endpoint) : null;
  } catch {
    url = null;
  }
  if (!url || !/^https?:$/.test(url.protocol) || WIKIDATA_HOSTS.has(url.hostname))
    return `https://www.wikidata.org/wiki/${qid}`;
  const root = url.pathname.replace(/\/(?:w\/)?api\.php$/, '');
  return `${url.origin}${root}/wiki/Special:EntityPage/${qid}`;
}
