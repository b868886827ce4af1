/**
 * Reads a graph saved by the JSON exporter back into a FamilyGraph, checking it on the way in:
 * a file that is not a wdkin graph, or a damaged one, is a UsageError naming what was expected
 * and what arrived, never a crash later in an exporter.
 */
import { readFile } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import { isItemId } from '../ids.js';
import { Graph } from '../graph/graphology.js';
import type { FamilyEdgeAttributes, FamilyGraph, FamilyGraphAttributes, PersonAttributes } from '../graph/types.js';
import { SAVED_FORMAT, SAVED_FORMAT_VERSION } from './json.js';
import { checkEdge, checkGraphAttributes, checkPerson } from './saved-checks.js';

export async function readSavedGraph(path: string): Promise<FamilyGraph> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      'FILE_NOT_FOUND',
      `Cannot read saved graph ${path}: ${code === 'ENOENT' ? 'no such file' : (code ?? String(error))}`,
      { cause: error },
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw bad(path, `not JSON (${(error as Error).message})`);
  }
  return parseSavedGraph(data, path);
}

/** Validates parsed JSON and builds the graph; `source` names the file in messages. */
export function parseSavedGraph(data: unknown, source = 'input'): FamilyGraph {
  if (!isObject(data) || !isObject(data.wdkin) || data.wdkin.format !== SAVED_FORMAT) {
    throw bad(source, `expected a graph saved by wdkin (a JSON object with wdkin.format "${SAVED_FORMAT}")`);
  }
  const version = data.wdkin.formatVersion;
  if (typeof version !== 'number' || version > SAVED_FORMAT_VERSION) {
    throw bad(
      source,
      `format version ${String(version)} is not one this wdkin reads (up to ${SAVED_FORMAT_VERSION}); upgrade wdkin`,
    );
  }
  if (!Array.isArray(data.nodes) || !Array.isArray(data.edges))
    throw bad(source, 'expected "nodes" and "edges" arrays');
  const attributes = isObject(data.attributes) ? data.attributes : data.wdkin;
  const graph: FamilyGraph = new Graph<PersonAttributes, FamilyEdgeAttributes, FamilyGraphAttributes>({
    type: 'mixed',
    multi: false,
    allowSelfLoops: false,
  });
  try {
    graph.replaceAttributes(checkGraphAttributes(attributes));
    data.nodes.forEach((node: unknown, i: number) => {
      if (!isObject(node) || typeof node.key !== 'string' || !isItemId(node.key))
        throw new Error(`node ${i}: expected a key like Q42`);
      const person = checkPerson(node.attributes, `node ${node.key}`);
      if (person.qid !== node.key) throw new Error(`node ${node.key}: qid ${person.qid} differs from its key`);
      graph.addNode(node.key, person);
    });
    data.edges.forEach((edge: unknown, i: number) => {
      if (!isObject(edge) || typeof edge.source !== 'string' || typeof edge.target !== 'string')
        throw new Error(`edge ${i}: expected source and target`);
      const name = typeof edge.key === 'string' ? edge.key : `${i}`;
      if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target))
        throw new Error(`edge ${name}: links a person who is not in the file`);
      const attrs = checkEdge(edge.attributes, `edge ${name}`);
      const undirected = edge.undirected === true;
      if (undirected !== (attrs.relation === 'spouse'))
        throw new Error(`edge ${name}: a ${attrs.relation} link must be ${undirected ? 'directed' : 'undirected'}`);
      const key = typeof edge.key === 'string' ? edge.key : `${edge.source}${undirected ? '~' : '>'}${edge.target}`;
      if (undirected) graph.addUndirectedEdgeWithKey(key, edge.source, edge.target, attrs);
      else graph.addDirectedEdgeWithKey(key, edge.source, edge.target, attrs);
    });
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw bad(source, (error as Error).message);
  }
  return graph;
}

function bad(source: string, detail: string): UsageError {
  return new UsageError('BAD_SAVED_GRAPH', `${source} is not a usable wdkin graph: ${detail}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
