import { printable } from '../files/printable.js';

/** What a command may touch of the outside world; injected so tests run the CLI in-process. */
export interface CliIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Set by a command's handler; only the entry point turns it into process.exitCode. */
export interface CommandOutcome {
  exitCode: number;
}

export const EXIT_OK = 0;
/** Some entities could not be fetched after retries: partial result written. */
export const EXIT_PARTIAL = 1;
/** Bad input: one line on stderr. */
export const EXIT_USAGE = 2;

/** One line of text for a person to read: control characters and bidi overrides escaped. */
export function writeLine(stream: NodeJS.WritableStream, text: string): void {
  stream.write(`${printable(text)}\n`);
}

/** One line of JSON (already escaped by JSON.stringify). */
export function writeJsonLine(stream: NodeJS.WritableStream, value: unknown): void {
  stream.write(`${JSON.stringify(value)}\n`);
}
