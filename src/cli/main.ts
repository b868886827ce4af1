#!/usr/bin/env node
import { removeTempFilesSync } from '../files/atomic-write.js';
import { interruptMessage } from './interrupt.js';
import { run } from './run.js';

// The only place that exits: everything below returns an exit code.
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.on(signal, () => {
    removeTempFilesSync();
    process.stderr.write(`\nwdkin: ${interruptMessage()}\n`);
    process.exit(code);
  });
}

// `wdkin ... | head`: the reader went away; stop quietly, as Unix tools do (no stack trace).
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  removeTempFilesSync();
  process.exit(0);
});

const code = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
