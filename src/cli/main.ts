#!/usr/bin/env node
import { run } from './run.js';

// The only place that exits: everything below returns an exit code.
process.on('SIGINT', () => {
  process.stderr.write('\nwdkin: interrupted; crawl state is saved, run the same command with --resume to continue\n');
  process.exit(130);
});

const code = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
