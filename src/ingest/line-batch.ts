/**
 * The lines the pre-filter kept, packed into one transferable buffer for the parsing thread,
 * with the position in the dump they bring the ingest to (the checkpoint written with them).
 */
export interface LineBatch {
  /** 1 = family lines and humans; 2 = the second pass (ids named by a link, not yet found). */
  pass: 1 | 2;
  bytes: Uint8Array;
  /** Line i spans [i === 0 ? 0 : ends[i - 1], ends[i]) of `bytes`. */
  ends: Uint32Array;
  /** The dump line number of each line (1-based), for messages about bad lines. */
  lineNumbers: Float64Array;
  count: number;
  /** Every dump line up to this one has been looked at once this batch is written. */
  checkpointLine: number;
  /** Compressed bytes read so far (for progress and messages). */
  checkpointBytes: number;
}

const INITIAL_BYTES = 4 << 20;
const INITIAL_LINES = 4096;

/** Collects kept lines until the batch is worth sending. */
export class LineBatchBuilder {
  private bytes = new Uint8Array(new ArrayBuffer(INITIAL_BYTES));
  private ends = new Uint32Array(INITIAL_LINES);
  private lineNumbers = new Float64Array(INITIAL_LINES);
  private used = 0;
  private count = 0;

  constructor(readonly limitBytes: number = INITIAL_BYTES) {}

  get size(): number {
    return this.used;
  }

  get lines(): number {
    return this.count;
  }

  add(source: Buffer, start: number, end: number, lineNumber: number): void {
    const length = end - start;
    if (this.used + length > this.bytes.length) {
      const grown = new Uint8Array(new ArrayBuffer(Math.max(this.bytes.length * 2, this.used + length)));
      grown.set(this.bytes.subarray(0, this.used));
      this.bytes = grown;
    }
    this.bytes.set(source.subarray(start, end), this.used);
    this.used += length;
    if (this.count === this.ends.length) {
      const ends = new Uint32Array(this.count * 2);
      ends.set(this.ends);
      this.ends = ends;
      const numbers = new Float64Array(this.count * 2);
      numbers.set(this.lineNumbers);
      this.lineNumbers = numbers;
    }
    this.ends[this.count] = this.used;
    this.lineNumbers[this.count] = lineNumber;
    this.count += 1;
  }

  /** The batch so far (its buffers are handed over: the builder starts afresh). */
  take(pass: 1 | 2, checkpointLine: number, checkpointBytes: number): LineBatch {
    const batch: LineBatch = {
      pass,
      bytes: this.bytes.slice(0, this.used),
      ends: this.ends.slice(0, this.count),
      lineNumbers: this.lineNumbers.slice(0, this.count),
      count: this.count,
      checkpointLine,
      checkpointBytes,
    };
    this.used = 0;
    this.count = 0;
    return batch;
  }
}
