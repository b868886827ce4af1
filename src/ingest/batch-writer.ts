/**
 * The parsing side of an ingest: each batch of pre-filtered lines is parsed, compacted and
 * written to the staging file with its checkpoint, in one transaction. Runs in the worker thread
 * (ingest-worker.ts) or, without one, in the reading thread.
 */
import type { IngestStaging, IngestState, StagedEntity, StagedLink } from '../store/ingest-staging.js';
import { readDumpLine } from './dump-entity.js';
import { IdSet } from './id-set.js';
import type { LineBatch } from './line-batch.js';

export interface BatchResult {
  /** People (entities with family statements, or named by one) staged so far in this pass. */
  kept: number;
  parsed: number;
  badLines: number;
  /** The state as saved with the batch. */
  state: IngestState;
}

const MAX_SAMPLES = 10;
const decoder = new TextDecoder();

export class BatchWriter {
  private state: IngestState;
  private kept = 0;
  private wanted: IdSet | null = null;

  constructor(private readonly staging: IngestStaging) {
    this.state = staging.state();
  }

  /** The second pass looks for these ids only. */
  lookFor(ids: readonly number[]): void {
    this.wanted = new IdSet();
    for (const n of ids) this.wanted.add(n);
  }

  write(batch: LineBatch): BatchResult {
    const people: StagedEntity[] = [];
    const deferred: StagedEntity[] = [];
    const links: StagedLink[] = [];
    const state = { ...this.state, badSamples: [...this.state.badSamples] };
    let start = 0;
    for (let i = 0; i < batch.count; i += 1) {
      const end = batch.ends[i]!;
      const text = decoder.decode(batch.bytes.subarray(start, end));
      start = end;
      state.parsed += 1;
      const line = readDumpLine(text, state.languages);
      if ('error' in line) {
        state.badLines += 1;
        if (state.badSamples.length < MAX_SAMPLES) state.badSamples.push(`line ${batch.lineNumbers[i]}: ${line.error}`);
        continue;
      }
      if ('skip' in line) continue;
      const { entity } = line;
      const n = Number(entity.id.slice(1));
      if (entity.modified !== null && (state.newest === null || entity.modified > state.newest))
        state.newest = entity.modified;
      const row = { n, json: entity.json, revision: entity.revision };
      const keep = batch.pass === 2 ? this.wanted?.has(n) === true : entity.family || state.everything;
      if (keep) {
        people.push(row);
        for (const link of entity.links)
          links.push({ s: n, p: Number(link.property.slice(1)), t: Number(link.target.slice(1)), rank: link.rank });
        this.wanted?.delete(n);
      } else if (batch.pass === 1 && entity.human) deferred.push(row);
    }
    state.line = batch.checkpointLine;
    state.bytes = batch.checkpointBytes;
    this.staging.writeBatch(people, deferred, links, state);
    this.state = state;
    this.kept += people.length;
    return { kept: this.kept, parsed: state.parsed, badLines: state.badLines, state };
  }
}
