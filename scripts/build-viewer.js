/**
 * Builds the HTML viewer (src/viewer/) into dist/viewer/: one minified script with graphology,
 * sigma.js and the page's code, and one style sheet. `npm run build` runs it after tsc; the HTML
 * writer (src/export/html-assets.ts) inlines both into every HTML file.
 * platform 'browser' makes any Node-only import (node:fs...) a build error.
 * VIEWER_DEBUG=1 leaves the script unminified (readable names in a browser profile).
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'viewer');
mkdirSync(out, { recursive: true });

const common = {
  bundle: true,
  minify: process.env.VIEWER_DEBUG !== '1',
  logLevel: 'warning',
  absWorkingDir: root,
  charset: 'ascii',
};

await build({
  ...common,
  entryPoints: ['src/viewer/main.ts'],
  outfile: join(out, 'wdkin-viewer.js'),
  platform: 'browser',
  format: 'iife',
  target: ['chrome109', 'edge109', 'firefox115', 'safari15.6'],
  tsconfig: 'tsconfig.viewer.json',
  legalComments: 'eof',
  define: { 'process.env.NODE_ENV': '"production"' },
});

await build({
  ...common,
  entryPoints: ['src/viewer/viewer.css'],
  outfile: join(out, 'wdkin-viewer.css'),
  target: ['chrome109', 'edge109', 'firefox115', 'safari15.6'],
});

// The script and style are inlined in a <script> and a <style>: neither may close its element.
for (const [file, tag] of [
  ['wdkin-viewer.js', 'script'],
  ['wdkin-viewer.css', 'style'],
]) {
  const text = readFileSync(join(out, file), 'utf8');
  const bad = new RegExp(`</${tag}|<!--`, 'i').exec(text);
  if (bad) throw new Error(`dist/viewer/${file} contains ${bad[0]} and cannot be inlined`);
}
