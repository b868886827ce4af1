/**
 * The ingest's second thread: parses, compacts and writes each batch of pre-filtered lines
 * (batch-writer.ts) while the first thread decompresses, splits and pre-filters the next ones.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { IngestStaging } from '../store/ingest-staging.js';
import { BatchWriter } from './batch-writer.js';
import type { LineBatch } from './line-batch.js';
import type { WorkerReply, WorkerSetup } from './sink.js';

const setup = workerData as WorkerSetup;
const staging = IngestStaging.open(setup.stagingPath);
const port = parentPort!;

function reply(message: WorkerReply): void {
  port.postMessage(message);
}

if (!staging) {
  reply({ type: 'error', error: { name: 'Error', code: 'STORE_ERROR', message: 'the ingest staging file is gone' } });
} else {
  const writer = new BatchWriter(staging);
  if (setup.wanted) writer.lookFor(setup.wanted);
  port.on('message', (message: { type: 'batch'; batch: LineBatch } | { type: 'close' }) => {
    if (message.type === 'close') {
      staging.close();
      reply({ type: 'closed' });
      port.close();
      return;
    }
    try {
      reply({ type: 'result', result: writer.write(message.batch) });
    } catch (error) {
      const e = error as Error & { code?: string };
      reply({ type: 'error', error: { name: e.name, code: e.code ?? '', message: e.message } });
    }
  });
  reply({ type: 'ready' });
}
