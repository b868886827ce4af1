import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { run } from '../../src/cli/run.js';
import { repoPath } from './paths.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output (the real run(), no mocks). */
export async function runCli(
  argv: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; stderrIsTTY?: boolean },
): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = Object.assign(new PassThrough(), { isTTY: options.stderrIsTTY ?? false });
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => {
    out += c.toString();
  });
  stderr.on('data', (c: Buffer) => {
    err += c.toString();
  });
  const code = await run(argv, { stdout, stderr, env: { ...options.env }, cwd: options.cwd });
  return { code, stdout: out, stderr: err };
}

export const BIN = repoPath('dist', 'cli', 'wdkin.js');

export interface SpawnOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Sends `signal` (default SIGKILL) to the process as soon as `when` resolves: an observable event, never a sleep. */
  signalWhen?: { when: Promise<unknown>; signal?: NodeJS.Signals };
  /** A file given to the process as its standard input (default: none). */
  stdinFile?: string;
}

/** Runs the built binary as a child process (needs `npm run build`, which `npm test` does first). */
export function spawnCli(
  argv: string[],
  options: SpawnOptions,
): Promise<CliResult & { signal: NodeJS.Signals | null }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...argv], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH, ...options.env },
      stdio: [options.stdinFile ? openSync(options.stdinFile, 'r') : 'ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.stderr!.on('data', (c: Buffer) => {
      err += c.toString();
    });
    let ended = false;
    void options.signalWhen?.when.then(() => {
      if (!ended) child.kill(options.signalWhen?.signal ?? 'SIGKILL');
    });
    child.on('close', (code, signal) => {
      ended = true;
      done({ code: code ?? -1, signal, stdout: out, stderr: err });
    });
  });
}
