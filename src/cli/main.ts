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

const code = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
