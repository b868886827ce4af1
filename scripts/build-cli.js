/**
 * Bundles the CLI (tsc's dist/cli/main.js) into dist/cli/wdkin.js, the `wdkin` bin, with esbuild.
 * Why: Node 20 resolves and compiles every ES module file on its own, and the CLI imports about a
 * hundred (yargs alone is twenty); bundled, an offline crawl starts in about two thirds of the time.
 * - splitting keeps the lazy imports lazy: each command's engine and each writer is a chunk
 *   loaded when a command needs it (`--help` loads yargs and the command definitions only);
 * - the chunks sit in dist/cli/ beside the entry, so every `import.meta.url` path (the bundled
 *   store, the viewer assets, the ingest worker) resolves as it does from tsc's dist/cli/;
 * - `string-width` (three copies under yargs, each building an Intl.Segmenter at import) is
 *   aliased to src/cli/column-width.ts (same widths, tested against the real ones);
 * - better-sqlite3 (a native addon) and the Graphviz WASM (loaded only for SVG) stay in
 *   node_modules.
 * The library (dist/index.js) is not bundled: scripts import it as tsc wrote it.
 */
import { build } from 'esbuild';
import { chmodSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'cli');

// Chunks of an earlier build would otherwise pile up beside the new ones.
for (const name of readdirSync(out)) {
  if (/^(wdkin|ingest-worker)(-[A-Z0-9]+)?\.js(\.map)?$/.test(name)) rmSync(join(out, name));
}

await build({
  absWorkingDir: root,
  entryPoints: { wdkin: 'dist/cli/main.js', 'ingest-worker': 'dist/ingest/ingest-worker.js' },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'wdkin-[hash]',
  minify: true,
  keepNames: true,
  sourcemap: true,
  external: ['better-sqlite3', '@hpcc-js/wasm-graphviz'],
  alias: { 'string-width': './dist/cli/column-width.js' },
  // CommonJS packages inside an ES module bundle call require() (cli-progress, graphology-gexf).
  banner: {
    js: "import { createRequire as __wdkinCreateRequire } from 'node:module'; const require = __wdkinCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
chmodSync(join(out, 'wdkin.js'), 0o755);
