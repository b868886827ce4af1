/**
 * The byte-level pre-filter of dump lines (pure): which lines are worth a JSON.parse. A family
 * statement always carries `"P22"` (P25, P40, P26) as its claims key and in its main snak's
 * `"property"`, and a human carries the value `"id":"Q5"}` (P31 instance of human); every other
 * line is skipped unparsed. A whole chunk of lines is searched at once by one regular expression
 * over its bytes (read as latin1, one character per byte, so positions are byte offsets), jumping to
 * the next line after a family hit: one scan, no parse. False positives (a qualifier that uses
 * P40) only cost a parse; nothing that holds a family statement is ever skipped.
 */
const NEEDLES = /"(?:P(?:2[256]|40)"|id":"Q5"})/g;

/** Verdict bits per line. */
export const FAMILY_LINE = 1;
export const HUMAN_LINE = 2;

/**
 * Text pieces of about this size are searched at once: V8 makes short strings in its young
 * generation (cheap) and strings of about 1 MB outside its heap, but strings in between go to its
 * large-object space, which made the scan three times slower.
 */
const PIECE = 48 * 1024;

/**
 * Sets the verdict of every line of `buf[start, ends[count - 1])`: line i spans
 * [i === 0 ? start : ends[i - 1] + 1, ends[i]).
 */
export function markLines(buf: Buffer, start: number, ends: Int32Array, count: number, verdicts: Uint8Array): void {
  let first = 0;
  let from = start;
  while (first < count) {
    let last = first;
    while (last + 1 < count && ends[last + 1]! - from <= PIECE) last += 1;
    markPiece(buf, from, ends, first, last, verdicts);
    from = ends[last]! + 1;
    first = last + 1;
  }
}

/** Lines first..last (inclusive), starting at byte `from`, searched as one string. */
function markPiece(
  buf: Buffer,
  from: number,
  ends: Int32Array,
  first: number,
  last: number,
  verdicts: Uint8Array,
): void {
  const text = buf.toString('latin1', from, ends[last]!);
  NEEDLES.lastIndex = 0;
  let line = first;
  for (let match = NEEDLES.exec(text); match !== null; match = NEEDLES.exec(text)) {
    const at = from + match.index;
    while (ends[line]! <= at) line += 1;
    if (text.charCodeAt(match.index + 1) === 0x50) {
      verdicts[line] = verdicts[line]! | FAMILY_LINE;
      NEEDLES.lastIndex = ends[line]! + 1 - from;
    } else verdicts[line] = verdicts[line]! | HUMAN_LINE;
  }
}

/** The verdict of one line. */
export function lineVerdict(buf: Buffer, start: number, end: number): number {
  const ends = Int32Array.of(end);
  const verdicts = new Uint8Array(1);
  markLines(buf, start, ends, 1, verdicts);
  return verdicts[0]!;
}

/**
 * The item number of a dump line (`{"type":"item","id":"Q42",...` -> 42): the first `"id":"` of
 * the line, which is the entity's own id in every dump and NDJSON export. 0 when the line is not
 * an item (a property, a lexeme, `[`, `]`, or not an entity at all).
 */
const ID_NEEDLE = Buffer.from('"id":"');
const QUOTE = 0x22;
const LETTER_Q = 0x51;

export function lineItemNumber(buf: Buffer, start: number, end: number): number {
  const at = buf.indexOf(ID_NEEDLE, start);
  if (at === -1 || at + 8 > end || buf[at + 6] !== LETTER_Q) return 0;
  let n = 0;
  let digits = 0;
  for (let i = at + 7; i < end; i += 1) {
    const c = buf[i]!;
    if (c === QUOTE) return digits > 0 && digits <= 15 && buf[at + 7] !== 0x30 ? n : 0;
    if (c < 0x30 || c > 0x39) return 0;
    n = n * 10 + (c - 0x30);
    digits += 1;
  }
  return 0;
}

/** Whether the line (without its newline) is blank or one of the dump's `[` / `]` lines. */
export function isFrameLine(buf: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    const c = buf[i]!;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x5b && c !== 0x5d && c !== 0x2c) return false;
  }
  return true;
}
