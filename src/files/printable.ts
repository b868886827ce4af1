/**
 * Text that is safe to print on a terminal: control characters (ESC starts terminal escape
 * sequences) and bidirectional overrides (which reorder what follows them) are shown as `\u` escapes,
 * never sent raw. Pure.
 */

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Escapes what a terminal would interpret; tabs and newlines are kept. */
export function printable(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A path for a message: escaped, and quoted when it holds spaces or escapes. */
export function printablePath(path: string): string {
  const safe = printable(path).replace(/[\t\n]/g, (c) => (c === '\t' ? '\\t' : '\\n'));
  return safe !== path || /\s/.test(path) ? `"${safe}"` : safe;
}
