/**
 * Where the reading thread sends its batches: a worker thread that parses and writes them while
 * the next ones are read (the default), or the same thread when no worker can be started
 * (running from TypeScript sources in tests, or `threads: false`). Both write the same rows.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UsageError, WdkinError, type ErrorCode } from '../errors.js';
import { IngestStaging } from '../store/ingest-staging.js';
import { BatchWriter, type BatchResult } from './batch-writer.js';
import type { LineBatch } from './line-batch.js';

export interface WorkerSetup {
  stagingPath: string;
  /** Second pass: the ids looked for. */
  wanted: number[] | null;
}

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'closed' }
  | { type: 'result'; result: BatchResult }
  | { type: 'error'; error: { name: string; code: string; message: string } };

export interface BatchSink {
  /** Resolves when the batch is written (batches are written in the order given). */
  write(batch: LineBatch): Promise<BatchResult>;
  close(): Promise<void>;
}

const WORKER_URL = new URL('./ingest-worker.js', import.meta.url);

export async function openSink(setup: WorkerSetup, threads: boolean): Promise<BatchSink> {
  if (threads && existsSync(fileURLToPath(WORKER_URL))) return openWorkerSink(setup);
  const staging = IngestStaging.open(setup.stagingPath);
  if (!staging) throw new WdkinError('STORE_ERROR', 'the ingest staging file is gone');
  const writer = new BatchWriter(staging);
  if (setup.wanted) writer.lookFor(setup.wanted);
  return {
    write: async (batch) => writer.write(batch),
    close: async () => staging.close(),
  };
}

async function openWorkerSink(setup: WorkerSetup): Promise<BatchSink> {
  const worker = new Worker(WORKER_URL, { workerData: setup });
  const waiting: Array<{ resolve: (value: WorkerReply) => void; reject: (error: Error) => void }> = [];
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure ??= error;
    for (const w of waiting.splice(0)) w.reject(failure);
  };
  worker.on('message', (message: WorkerReply) => {
    if (message.type === 'error') fail(rebuild(message.error));
    else waiting.shift()?.resolve(message);
  });
  worker.on('error', (error) => fail(error));
  worker.on('exit', () => fail(new WdkinError('STORE_ERROR', 'the ingest worker stopped')));
  const next = () =>
    new Promise<WorkerReply>((resolve, reject) => {
      if (failure) reject(failure);
      else waiting.push({ resolve, reject });
    });
  await next(); // ready
  return {
    async write(batch) {
      const answer = next();
      worker.postMessage({ type: 'batch', batch }, [
        batch.bytes.buffer as ArrayBuffer,
        batch.ends.buffer as ArrayBuffer,
        batch.lineNumbers.buffer as ArrayBuffer,
      ]);
      const reply = await answer;
      if (reply.type !== 'result') throw new WdkinError('STORE_ERROR', 'the ingest worker answered out of turn');
      return reply.result;
    },
    async close() {
      if (failure) {
        await worker.terminate();
        return;
      }
      const answer = next();
      worker.postMessage({ type: 'close' });
      await answer.catch(() => undefined);
      await worker.terminate();
    },
  };
}

/** The worker's error as the same kind of error on this side (a UsageError stays exit 2). */
function rebuild(error: { name: string; code: string; message: string }): Error {
  if (error.name === 'UsageError') return new UsageError(error.code as ErrorCode, error.message);
  if (error.code) return new WdkinError(error.code as ErrorCode, error.message);
  return new Error(error.message);
}
