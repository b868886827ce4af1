/**
 * The HTML viewer file: one self-contained document with the viewer's script and style inlined
 * and the graph embedded as JSON. Its Content-Security-Policy allows exactly that script and that
 * style (by their SHA-256 hashes), data:/blob: images (the PNG export) and nothing else: no
 * network request of any kind, no inline event handler, no other script.
 * Pure: the same parts give the same bytes.
 */
import { createHash } from 'node:crypto';
import { clip, escapeXml, singleLine } from './text.js';

export interface HtmlParts {
  title: string;
  /** The viewer bundle (JavaScript). */
  script: string;
  /** The viewer's style sheet. */
  style: string;
  /** What the page reads from `<script type="application/json" id="wdkin-data">`. */
  data: unknown;
  /** A line for the top of the file, as an HTML comment (the partial-status marker). */
  note?: string | null;
}

export const DATA_ELEMENT_ID = 'wdkin-data';

export function htmlDocument(parts: HtmlParts): string {
  checkInlineable('script', parts.script);
  checkInlineable('style', parts.style);
  const csp = contentSecurityPolicy(parts.script, parts.style);
  const title = escapeXml(clip(singleLine(parts.title), 200));
  return [
    '<!DOCTYPE html>',
    ...(parts.note ? [`<!-- ${singleLine(parts.note).replace(/--/g, '- -')} -->`] : []),
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeXml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="generator" content="wdkin">',
    `<title>${title}</title>`,
    '<link rel="icon" href="data:,">',
    `<style>${parts.style}</style>`,
    '</head>',
    '<body>',
    `<noscript><p class="noscript">This family explorer needs JavaScript (it makes no network request).</p></noscript>`,
    `<script type="application/json" id="${DATA_ELEMENT_ID}">${embedJson(parts.data)}</script>`,
    `<script>${parts.script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * The policy: nothing by default; the one script and the one style by hash; images from data:
 * and blob: URLs only; no fetch, XHR, WebSocket, worker, frame, form or base URL.
 */
export function contentSecurityPolicy(script: string, style: string): string {
  return [
    "default-src 'none'",
    `script-src '${sha256(script)}'`,
    `style-src '${sha256(style)}'`,
    'img-src data: blob:',
    "connect-src 'none'",
    "font-src 'none'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
    "manifest-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * JSON that stays data inside a `<script>` element: `<` is written `\u003c`, so no `</script>`
 * or `<!--` can end or change the element; U+2028/9 are escaped for old parsers.
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** A `</script` or `</style` (or `<!--`) inside inlined code would end or change its element. */
function checkInlineable(kind: 'script' | 'style', text: string): void {
  const closing = new RegExp(`</${kind}|<!--`, 'i');
  if (closing.test(text))
    throw new Error(`The viewer ${kind} cannot be inlined: it contains ${closing.exec(text)![0]}`);
}
