/** Loads entities from NDJSON / Wikidata dump files (optionally gzipped) or from objects. */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { ROYALS_DATASET } from '../paths.js';
import { normalizeEntityId } from './ids.js';
import type { EntityJson } from './types.js';

/** The european-royals dataset: the bundled snapshot. */
export function defaultDatasetPath(): string {
  return ROYALS_DATASET;
}

/** Reads a dataset into a Map keyed by canonical id. */
export async function loadDataset(
  source: string | ReadonlyArray<Record<string, unknown>>,
): Promise<Map<string, EntityJson>> {
  const entities = typeof source === 'string' ? await readEntityFile(source) : source;
  const byId = new Map<string, EntityJson>();
  for (const entity of entities) {
    const checked = checkEntity(entity);
    byId.set(normalizeEntityId(checked.id), checked);
  }
  return byId;
}

function checkEntity(entity: Record<string, unknown>): EntityJson {
  const id = entity['id'];
  if (typeof id !== 'string' || id === '') {
    throw new TypeError(`Expected every dataset entity to have a string \`id\`, got ${JSON.stringify(id)}`);
  }
  return entity as EntityJson;
}

/** Streams a file line by line; one entity per line, dump-style brackets and commas allowed. */
async function readEntityFile(path: string): Promise<Array<Record<string, unknown>>> {
  const file: Readable = createReadStream(path);
  const input = path.endsWith('.gz') ? file.pipe(createGunzip()) : file;
  file.on('error', (error) => input.destroy(error));
  const entities: Array<Record<string, unknown>> = [];
  let lineNumber = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber += 1;
    entities.push(...parseLine(line, path, lineNumber));
  }
  return entities;
}

/** One dump line: strips `[`, `]` and a trailing `,`; tolerates a whole array on one line. */
export function parseLine(line: string, path: string, lineNumber: number): Array<Record<string, unknown>> {
  let text = line.trim();
  if (text.startsWith('[')) text = text.slice(1).trim();
  if (text.endsWith(']')) text = text.slice(0, -1).trim();
  if (text.endsWith(',')) text = text.slice(0, -1).trim();
  if (text === '') return [];
  try {
    const value: unknown = JSON.parse(`[${text}]`);
    return (value as unknown[]).filter(isRecord);
  } catch (cause) {
    throw new SyntaxError(`Expected one JSON entity per line in ${path}:${lineNumber}, got ${text.slice(0, 60)}`, {
      cause,
    });
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
