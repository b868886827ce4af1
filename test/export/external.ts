/**
 * The programs people open exports with, run for real when installed: python3 with networkx and
 * igraph, xmllint (Debian libxml2-utils) with the official schemas, the Gramps command line.
 * A test that needs a missing program is skipped with a visible note, never passed silently.
 */
import { spawnSync } from 'node:child_process';
import { it } from '@jest/globals';
import { fixturePath } from '../support/paths.js';

export interface Tool {
  name: string;
  readonly available: boolean;
}

/** A tool probed on first use (the Gramps probe alone takes two seconds). */
function probe(name: string, command: string, args: string[]): Tool {
  let available: boolean | undefined;
  return {
    name,
    get available() {
      if (available === undefined) {
        const run = spawnSync(command, args, { encoding: 'utf8', timeout: 60_000 });
        available = !run.error && run.status === 0;
      }
      return available;
    },
  };
}

/**
 * The Python interpreters tried, in order: the one on PATH (pyenv, a virtualenv) and Debian's own,
 * which is the one that sees python3-networkx and python3-igraph from apt when PyPI is unreachable.
 */
const PYTHONS = [process.env.PYTHON ?? 'python3', '/usr/bin/python3'];
const pythonFor = new Map<string, string | null>();

/** The first interpreter that imports `module`, or null. */
function pythonWith(module: string): string | null {
  if (!pythonFor.has(module)) {
    const found = PYTHONS.find((python) => {
      const run = spawnSync(python, ['-c', `import ${module}`], { encoding: 'utf8', timeout: 60_000 });
      return !run.error && run.status === 0;
    });
    pythonFor.set(module, found ?? null);
  }
  return pythonFor.get(module) ?? null;
}

function pythonProbe(module: string): Tool {
  return {
    name: `python3 with ${module}`,
    get available() {
      return pythonWith(module) !== null;
    },
  };
}

export const NETWORKX = pythonProbe('networkx');
export const IGRAPH = pythonProbe('igraph');
export const XMLLINT = probe('xmllint (Debian libxml2-utils)', 'xmllint', ['--version']);
export const GRAMPS = probe('gramps', 'gramps', ['--version']);
export const RSVG = probe('rsvg-convert (Debian librsvg2-bin)', 'rsvg-convert', ['--version']);

/** `it` when every tool is installed; otherwise a skipped test and a note on the console. */
export function itWith(tools: Tool[], title: string, test: () => void | Promise<void>): void {
  const missing = tools.filter((t) => !t.available).map((t) => t.name);
  if (missing.length === 0) {
    it(title, test);
    return;
  }
  console.warn(`note: ${missing.join(', ')} not installed; "${title}" skipped`);
  it.skip(`${title} (skipped: ${missing.join(', ')} not installed)`, () => undefined);
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `script` with the interpreter that imports `module` (see NETWORKX, IGRAPH). */
export function runPython(module: string, script: string, args: string[] = []): Run {
  const run = spawnSync(pythonWith(module) ?? 'python3', ['-c', script, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 120_000,
  });
  return { status: run.status, stdout: run.stdout ?? '', stderr: run.stderr ?? '' };
}

export const GEXF_SCHEMA = fixturePath('schemas', 'gexf-1.3', 'gexf.rng');
export const GRAPHML_SCHEMA = fixturePath('schemas', 'graphml-1.1', 'graphml.xsd');

/** xmllint against a RELAX NG (`.rng`) or XML Schema (`.xsd`) file; stderr holds the errors. */
export function xmllint(file: string, schema: string): Run {
  const flag = schema.endsWith('.rng') ? '--relaxng' : '--schema';
  const run = spawnSync('xmllint', ['--noout', flag, schema, file], { encoding: 'utf8', timeout: 120_000 });
  return { status: run.status, stdout: run.stdout ?? '', stderr: run.stderr ?? '' };
}

/**
 * A networkx reading of a GEXF or GraphML file as JSON: every node with its attributes and
 * every edge as [source, target, attributes]; `directed` and `multigraph` as networkx built it.
 */
export const NETWORKX_DUMP = `
import json, sys, networkx as nx
path = sys.argv[1]
g = nx.read_gexf(path) if path.endswith('.gexf') else nx.read_graphml(path)
edges = g.edges(data=True, keys=True) if g.is_multigraph() else g.edges(data=True)
print(json.dumps({
  'directed': g.is_directed(),
  'multigraph': g.is_multigraph(),
  'graph': {k: v for k, v in g.graph.items() if isinstance(v, (str, int, float, bool))},
  'nodes': {n: d for n, d in g.nodes(data=True)},
  'edges': [[e[0], e[1], e[-1]] for e in edges],
}))
`;

export interface NetworkxDump {
  directed: boolean;
  multigraph: boolean;
  graph: Record<string, unknown>;
  nodes: Record<string, Record<string, unknown>>;
  edges: Array<[string, string, Record<string, unknown>]>;
}

/** igraph's reading of a GraphML file: counts, vertex attribute names and the `qid` of each vertex. */
export const IGRAPH_DUMP = `
import json, sys, igraph
g = igraph.Graph.Read_GraphML(sys.argv[1])
print(json.dumps({
  'directed': g.is_directed(),
  'vertices': g.vcount(),
  'edges': g.ecount(),
  'vertexAttributes': sorted(g.vs.attributes()),
  'edgeAttributes': sorted(g.es.attributes()),
  'qids': g.vs['qid'],
  'labels': g.vs['label'],
  'relations': g.es['relation'],
  'pairs': [[g.vs[e.source]['qid'], g.vs[e.target]['qid']] for e in g.es],
}))
`;
