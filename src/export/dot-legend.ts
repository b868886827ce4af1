/**
 * The legend of a DOT drawing, as the graph's HTML-like label above it: a title line, then one
 * sample of each kind of box and line the drawing uses (colours by sex, seed and highlight
 * frames, non-birth links, couples, references to other panels).
 */
import { HIGHLIGHT_COLOR, SEED_COLOR, SEX_FILL } from './style.js';
import { clip, escapeXml, singleLine } from './text.js';
import { textWidth } from './text-width.js';

export interface LegendOptions {
  title: string;
  /** Lines under the title (counts, what was cut). */
  notes?: readonly string[];
  seeds?: boolean;
  /** What the gold frame means (default "seed"). */
  seedLabel?: string;
  highlighted?: boolean;
  /** Whether to explain the union point (default yes). */
  couples?: boolean;
  /** What the red frame means (default "highlighted"). */
  highlightLabel?: string;
  nonBirth?: boolean;
  panels?: boolean;
  /** Whether to show "sex unknown" and "other" boxes. */
  unknownSex?: boolean;
  otherSex?: boolean;
}

const SIZE = 11;

/** `label=<...>` for the graph: an HTML-like table, every text escaped. */
export function legendLabel(options: LegendOptions): string {
  // Each cell as wide as its text in the widest font a viewer may use (Graphviz measures Helvetica).
  const cell = (text: string, attributes = '') =>
    `<TD${attributes} WIDTH="${Math.ceil(textWidth(text, SIZE) + 12)}"><FONT POINT-SIZE="${SIZE}">${html(text)}</FONT></TD>`;
  const box = (fill: string) => ` BGCOLOR="${fill}" STYLE="rounded" BORDER="1" COLOR="#777777"`;
  const samples = [
    cell('male', box(SEX_FILL.male)),
    cell('female', box(SEX_FILL.female)),
    ...(options.otherSex ? [cell('other', box(SEX_FILL.other))] : []),
    ...(options.unknownSex !== false ? [cell('sex unknown', box(SEX_FILL.unknown))] : []),
    ...(options.seeds !== false
      ? [cell(options.seedLabel ?? 'seed', ` BGCOLOR="#ffffff" STYLE="rounded" BORDER="3" COLOR="${SEED_COLOR}"`)]
      : []),
    ...(options.highlighted
      ? [
          cell(
            options.highlightLabel ?? 'highlighted',
            ` BGCOLOR="#ffffff" STYLE="rounded" BORDER="3" COLOR="${HIGHLIGHT_COLOR}"`,
          ),
        ]
      : []),
    ...(options.couples !== false ? [cell('\u25CF couple, children below', ' BORDER="0"')] : []),
    ...(options.nonBirth ? [cell('- - - adoptive or other non-birth link', ' BORDER="0"')] : []),
    ...(options.panels ? [cell('\u2191 Name (B): parents drawn in panel B', ' BORDER="0"')] : []),
  ];
  const width = samples.length;
  const rows = [
    `<TR><TD COLSPAN="${width}" BORDER="0" ALIGN="LEFT"><FONT POINT-SIZE="14"><B>${html(options.title)}</B></FONT></TD></TR>`,
    ...(options.notes ?? []).map(
      (note) =>
        `<TR><TD COLSPAN="${width}" BORDER="0" ALIGN="LEFT"><FONT POINT-SIZE="${SIZE}">${html(note)}</FONT></TD></TR>`,
    ),
    `<TR>${samples.join('')}</TR>`,
  ];
  return `label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="5" CELLPADDING="3">${rows.join('')}</TABLE>>`;
}

/** Text for an HTML-like label: one line, markup escaped, kept short. */
function html(text: string): string {
  return escapeXml(clip(singleLine(text), 300));
}
