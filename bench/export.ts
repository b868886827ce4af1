/**
 * Export benchmark: a 100,000-person synthetic family graph written as GEXF, DOT, GraphML and
 * GEDCOM (time and size each), the generation rows (network simplex iterations), plus SVG render
 * times at growing sizes (to place the SVG limit) with the panels and shape of each drawing.
 * Run: npx tsc -p tsconfig.dev.json && node build/bench/export.js [people]
 */
import { performance } from 'node:perf_hooks';
import { syntheticFamilyGraph } from '../src/graph/synthetic.js';
import { createExportContext } from '../src/export/context.js';
import { rendererFor, type ExportFormat } from '../src/export/registry.js';
import { renderDot } from '../src/export/dot.js';
import { renderDotToSvg } from '../src/export/svg.js';

const people = Number(process.argv[2] ?? 100_000);

async function time<T>(run: () => T | Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await run();
  return [value, (performance.now() - start) / 1000];
}

function mb(text: string): string {
  return (Buffer.byteLength(text, 'utf8') / 1e6).toFixed(1);
}

async function main(): Promise<void> {
  const [graph, buildSeconds] = await time(() =>
    syntheticFamilyGraph({ people, founders: Math.max(1, Math.round(people / 400)) }),
  );
  console.log(`graph: ${graph.order} people, ${graph.size} links, built in ${buildSeconds.toFixed(2)} s`);
  const context = createExportContext(graph);
  const [layering, genSeconds] = await time(() => context.layering());
  const [, unitSeconds] = await time(() => context.units());
  const [, layoutSeconds] = await time(() => context.positions());
  const [, descSeconds] = await time(() => context.descendants());
  console.log(
    `generations ${genSeconds.toFixed(2)} s (optimal ${layering.optimal}, ${layering.stretched.length} links over 2+ rows), family units ${unitSeconds.toFixed(2)} s, layout ${layoutSeconds.toFixed(2)} s, descendants ${descSeconds.toFixed(2)} s`,
  );
  console.log('| format | seconds (shared layout) | seconds (cold, incl. layout) | MB |');
  console.log('|---|---:|---:|---:|');
  for (const format of ['gexf', 'dot', 'graphml', 'gedcom', 'json'] as ExportFormat[]) {
    const [text, seconds] = await time(() => rendererFor(format)(context));
    const [, cold] = await time(() => rendererFor(format)(createExportContext(graph)));
    console.log(`| ${format} | ${seconds.toFixed(2)} | ${cold.toFixed(2)} | ${mb(text)} |`);
  }
  const [, fa2Seconds] = await time(() => createExportContext(graph, { layout: 'forceatlas2' }).positions());
  console.log(`forceatlas2 layout (from generational positions): ${fa2Seconds.toFixed(2)} s`);
  console.log('| SVG people | seconds (DOT + Graphviz) | MB | panels | width x height (in) |');
  console.log('|---:|---:|---:|---:|---:|');
  for (const size of [500, 1000, 2000, 4000, 5000]) {
    const small = syntheticFamilyGraph({ people: size, founders: Math.max(1, Math.round(size / 400)) });
    const [[dot, svg], seconds] = await time(async () => {
      const text = renderDot(createExportContext(small));
      return [text, await renderDotToSvg(text)] as const;
    });
    const panels = /Drawn in (\d+) panels/.exec(dot)?.[1] ?? '1';
    const box = /viewBox="[\d.]+ [\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg)!;
    const inches = `${Math.round(Number(box[1]) / 72)} x ${Math.round(Number(box[2]) / 72)}`;
    console.log(`| ${size} | ${seconds.toFixed(2)} | ${mb(svg)} | ${panels} | ${inches} |`);
  }
}

await main();
