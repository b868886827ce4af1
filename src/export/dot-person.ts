/**
 * A person's box in a DOT drawing: name wrapped on at most three lines, life span, colours by
 * sex, a frame for seeds and highlighted people, and a width that fits the text in the font it
 * is drawn with (bold included; see text-width.ts). Shared by the family drawing and the
 * kinship chart.
 */
import type { PersonAttributes } from '../graph/types.js';
import { lifeSpan } from './dates.js';
import { dotString, wrapLabel } from './dot-text.js';
import { HIGHLIGHT_COLOR, SEED_COLOR, SEX_FILL } from './style.js';
import { clip } from './text.js';
import { textWidth } from './text-width.js';

export const FONT = 'Helvetica';
export const FONT_BOLD = 'Helvetica-Bold';
export const FONT_SIZE = 10;
/** Graphviz's box margin (inches, each side) plus room for a thick frame. */
const PADDING = 2 * 0.1 + 0.1;

export interface BoxOptions {
  bold?: boolean;
  highlight?: boolean;
  seed?: boolean;
  /** The item's page, a link in SVG. */
  url?: string;
  fontSize?: number;
  /** Characters per line before wrapping. */
  wrap?: number;
}

/** The lines of a person's label: name (wrapped), then years. */
export function personLines(a: PersonAttributes, wrap = 24): string[] {
  const span = lifeSpan(a.birth, a.death);
  return span ? [...wrapLabel(a.label, wrap), span] : wrapLabel(a.label, wrap);
}

/** Width in inches that holds the widest line in the given font. */
export function boxWidth(lines: readonly string[], fontSize = FONT_SIZE, bold = false): number {
  let widest = 0;
  for (const line of lines) widest = Math.max(widest, textWidth(line, fontSize, bold));
  return Math.round((widest / 72 + PADDING) * 100) / 100;
}

/** DOT attributes of a person's box. */
export function personBoxAttributes(a: PersonAttributes, options: BoxOptions = {}): string[] {
  const fontSize = options.fontSize ?? FONT_SIZE;
  const lines = personLines(a, options.wrap);
  const bold = options.bold ?? false;
  const style = [
    `label=${dotString(...lines)}`,
    `width=${boxWidth(lines, fontSize, bold)}`,
    `fillcolor="${SEX_FILL[a.sex]}"`,
  ];
  if (fontSize !== FONT_SIZE) style.push(`fontsize=${fontSize}`);
  if (options.highlight) style.push(`color="${HIGHLIGHT_COLOR}"`, 'penwidth=3');
  else if (options.seed) style.push(`color="${SEED_COLOR}"`, 'penwidth=3');
  if (bold) style.push(`fontname="${FONT_BOLD}"`);
  style.push(`tooltip=${dotString(`${clip(a.label, 500)} (${a.qid})`)}`);
  if (options.url) style.push(`URL="${options.url}"`);
  return style;
}
