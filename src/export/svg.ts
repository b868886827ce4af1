/**
 * SVG: the DOT drawing rendered inside Node by Graphviz compiled to WebAssembly
 * (@hpcc-js/wasm-graphviz), loaded on first use. Graphviz's dot layout grows much faster than
 * linearly, so above MAX_SVG_PEOPLE the export is refused with a UsageError that suggests GEXF
 * (Gephi) or DOT (to render elsewhere) instead of hanging. Measured in bench/README.md.
 */
import { statusNote } from './status.js';
import { checkSvgSize } from './chart-limits.js';
import type { ExportContext } from './context.js';
import { renderDot } from './dot.js';

interface GraphvizInstance {
  dot(source: string): string;
}

let loading: Promise<GraphvizInstance> | null = null;

export function loadGraphviz(): Promise<GraphvizInstance> {
  loading ??= import('@hpcc-js/wasm-graphviz').then(({ Graphviz }) => Graphviz.load());
  return loading;
}

export async function renderSvg(context: ExportContext): Promise<string> {
  checkSvgSize(context.graph.order);
  const svg = await renderDotToSvg(renderDot(context));
  // Graphviz drops DOT comments: the partial status goes in as an XML comment after the declaration.
  const status = statusNote(context.graph);
  return status ? svg.replace(/(<svg\b)/, `<!-- ${status.replace(/--/g, '- -')} -->\n$1`) : svg;
}

/** Renders DOT source with the WASM Graphviz; a Graphviz error becomes an Error with its text. */
export async function renderDotToSvg(source: string): Promise<string> {
  const graphviz = await loadGraphviz();
  let svg: string;
  try {
    svg = graphviz.dot(source);
  } catch (error) {
    loading = null; // the library unloads its module after an error
    throw new Error(`Graphviz could not draw this graph: ${(error as Error).message}`, { cause: error });
  }
  if (!svg.includes('<svg')) throw new Error('Graphviz produced no SVG');
  return svg;
}
