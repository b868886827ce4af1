/**
 * The byte-level pre-filter of dump lines (pure): which lines are worth a JSON.parse. A family
 * statement always carries `"property":"P22"` (P25, P40, P26) in its main snak, and a human
 * carries the value `"id":"Q5"}` (P31 instance of human); every other line is skipped unparsed.
 * Whole chunks of lines are searched at once with Buffer.indexOf (one call per hit, not per line),
 * so the cost is a few fast scans of the bytes, not a parse. False positives (a qualifier that
 * uses P40) only cost a parse; nothing that holds a family statement is ever skipped.
 */
export const FAMILY_NEEDLES: readonly Buffer[] = ['P22', 'P25', 'P40', 'P26'].map((p) =>
  Buffer.from(`"property":"${p}"`),
);
export const HUMAN_NEEDLE = Buffer.from('"id":"Q5"}');
const ID_NEEDLE = Buffer.from('"id":"');
const QUOTE = 0x22;
const LETTER_Q = 0x51;

/** Verdict bits per line. */
export const FAMILY_LINE = 1;
export const HUMAN_LINE = 2;

/**
 * Sets `flag` in `verdicts[i]` for every line i (of `count`, line i spanning
 * [i === 0 ? first : ends[i - 1] + 1, ends[i])) that contains `needle`.
 */
export function markLines(
  buf: Buffer,
  first: number,
  ends: Int32Array,
  count: number,
  needle: Buffer,
  verdicts: Uint8Array,
  flag: number,
): void {
  if (count === 0) return;
  const last = ends[count - 1]!;
  let from = first;
  for (;;) {
    const hit = buf.indexOf(needle, from);
    if (hit === -1 || hit >= last) return;
    const line = lineAt(ends, count, hit);
    verdicts[line] = verdicts[line]! | flag;
    from = ends[line]! + 1;
  }
}

/** The index of the line holding byte `position` (binary search over the line ends). */
function lineAt(ends: Int32Array, count: number, position: number): number {
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ends[middle]! > position) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The item number of a dump line (`{"type":"item","id":"Q42",...` -> 42): the first `"id":"` of
 * the line, which is the entity's own id in every dump and NDJSON export. 0 when the line is not
 * an item (a property, a lexeme, `[`, `]`, or not an entity at all).
 */
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
