/**
 * How wide a label is drawn, in points, so that DOT boxes are sized for the font they use.
 * Graphviz sizes boxes with its own Helvetica estimate, but an SVG viewer draws "Helvetica" with
 * whatever font the system has (Liberation Sans, Nimbus Sans, DejaVu Sans: up to 12 % wider),
 * and bold is wider still: labels spilled out of their boxes. The advance widths below are,
 * per printable ASCII character, the larger of DejaVu Sans and Liberation Sans (Helvetica's
 * metrics), regular and bold, in thousandths of an em; other characters are measured by their
 * base letter (é as e), or as wide (CJK, emoji) or average letters.
 */

// prettier-ignore
const REGULAR = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636,
  636, 636, 636, 337, 337, 838, 838, 838, 556, 1015, 684, 686, 722, 770, 667, 611, 778, 752, 295, 500, 667, 557, 863,
  748, 787, 667, 787, 722, 667, 611, 732, 684, 989, 685, 667, 685, 390, 337, 390, 838, 556, 500, 613, 635, 550, 635,
  615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636,
  337, 636, 838,
];
// prettier-ignore
const BOLD = [
  348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696, 696,
  696, 696, 696, 400, 400, 838, 838, 838, 611, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 556, 775, 637, 995,
  837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 556, 500, 675, 716, 593, 716,
  678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712,
  365, 712, 838,
];

const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;
const EMOJI = /\p{Extended_Pictographic}/u;
const MARK = /\p{M}|\p{Cf}|\p{Variation_Selector}/u;

/** Width of one line of text in points at `fontSize`. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const ch of text) units += charWidth(ch, table);
  return (units * fontSize) / 1000;
}

function charWidth(ch: string, table: readonly number[]): number {
  const code = ch.codePointAt(0)!;
  if (code >= 32 && code < 127) return table[code - 32]!;
  if (MARK.test(ch) || code === 0x200d) return 0;
  if (EMOJI.test(ch)) return 1250;
  if (WIDE.test(ch)) return 1000;
  const base = ch.normalize('NFD').codePointAt(0)!;
  if (base >= 32 && base < 127) return table[base - 32]!;
  if (ch === '–') return 556;
  if (ch === '…' || ch === '—') return 1000;
  return 700;
}
