/** DOT strings: quoting, escaping, and person labels wrapped for a readable box. */
import { clip, singleLine } from './text.js';

/**
 * A quoted DOT string holding `text` literally: backslashes and quotes escaped, `&` written as
 * an entity (Graphviz decodes entities in every string), controls and line breaks removed.
 * `lines` are joined with DOT's centred line break `\n`.
 */
export function dotString(...lines: string[]): string {
  return `"${lines.map(escapeLine).join('\\n')}"`;
}

function escapeLine(text: string): string {
  return singleLine(text).replace(/[\\"&]/g, (c) => (c === '&' ? '&amp;' : `\\${c}`));
}

/** Word-wraps a label into at most `maxLines` lines of about `width` characters. */
export function wrapLabel(label: string, width = 24, maxLines = 3): string[] {
  const words = singleLine(label)
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && Array.from(line).length + 1 + Array.from(word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = clip(`${kept[maxLines - 1]!} …`, width + 1);
    return kept.map((l) => clip(l, width + 1));
  }
  return lines.length > 0 ? lines.map((l) => clip(l, width + 1)) : ['?'];
}
