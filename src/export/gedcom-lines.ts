/**
 * GEDCOM lines: `level [@xref@ ]TAG[ value]`, at most 255 characters each (counted in UTF-16
 * units, which is never fewer than characters). Long or multi-line text continues on CONC
 * (same line) and CONT (new line) lines; a split never falls next to a space (readers trim)
 * nor inside a surrogate pair or an `@@`. Values lose control characters and double their `@`.
 */
import { plainText, singleLine } from './text.js';

export const MAX_LINE = 255;

export class GedcomLines {
  private readonly lines: string[] = [];

  /** One line; the value is made single-line and clipped to fit. */
  add(level: number, tag: string, value?: string, xref?: string): this {
    const head = `${level} ${xref ? `${xref} ` : ''}${tag}`;
    if (value === undefined || value === '') {
      this.lines.push(head);
      return this;
    }
    const [first] = splitEscaped(singleLine(value), MAX_LINE - head.length - 1);
    this.lines.push(`${head} ${first ?? ''}`);
    return this;
  }

  /** One line whose value is written as is: a pointer (`@F1@`) or a date with a calendar escape. */
  raw(level: number, tag: string, value: string): this {
    this.lines.push(`${level} ${tag} ${value}`);
    return this;
  }

  /** Free text (NOTE...): line breaks become CONT lines, long lines go on CONC lines. */
  text(level: number, tag: string, value: string): this {
    plainText(value)
      .split('\n')
      .forEach((paragraph, i) => {
        const lineTag = i === 0 ? tag : 'CONT';
        const lineLevel = i === 0 ? level : level + 1;
        const head = `${lineLevel} ${lineTag}`;
        const pieces = splitEscaped(paragraph, MAX_LINE - `${level + 1} CONC`.length - 1, MAX_LINE - head.length - 1);
        this.lines.push(pieces[0] ? `${head} ${pieces[0]}` : head);
        for (const piece of pieces.slice(1)) this.lines.push(`${level + 1} CONC ${piece}`);
      });
    return this;
  }

  toString(): string {
    return `${this.lines.join('\n')}\n`;
  }
}

/** Splits text into escaped pieces: the first at most `firstBudget` units, the rest `budget`. */
function splitEscaped(text: string, budget: number, firstBudget = budget): string[] {
  const points = Array.from(text);
  const pieces: string[] = [];
  let start = 0;
  while (start < points.length) {
    const limit = pieces.length === 0 ? firstBudget : budget;
    let end = start;
    let size = 0;
    while (end < points.length) {
      const cost = points[end] === '@' ? 2 : points[end]!.length;
      if (size + cost > limit) break;
      size += cost;
      end++;
    }
    if (end === start)
      end = start + 1; // never stall, even on a budget too small for one character
    else if (end < points.length) end = softBreak(points, start, end);
    pieces.push(points.slice(start, end).join('').replace(/@/g, '@@'));
    start = end;
  }
  return pieces;
}

/** Moves a split point back (at most 30 characters) so that no space touches it. */
function softBreak(points: string[], start: number, end: number): number {
  for (let at = end; at > start + 1 && at > end - 30; at--) {
    if (points[at - 1] !== ' ' && points[at] !== ' ') return at;
  }
  return end;
}
