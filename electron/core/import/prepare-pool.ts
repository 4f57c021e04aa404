/**
 * The import pipeline's preparing stage. Drafts go in as they are read; their outcomes come out
 * in the same order, to `handle`, on the importing thread.
 *
 * With a worker script (dist/node/prepare-worker.cjs) drafts are sent in chunks to worker
 * threads, so cleaning, hashing, boilerplate detection and Arabic analysis (about half of an
 * import's time) overlap with reading rows and writing to SQLite. A bounded number of chunks
 * is in flight: reading waits when the workers are behind, so memory stays flat on a 30,000-row
 * collection. Without a script (unit tests run the TypeScript sources; a handful of files is
 * not worth starting a thread for) every draft is prepared at once, inline: the same function,
 * the same order, the same report.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ArticleDraft } from './prepare-article';
import { prepareForImport, type PrepareOutcome } from './prepare-for-import';
import type { PrepareChunk, PreparedChunk } from './prepare-worker';

export interface PrepareStage {
  /** Queue a draft. Resolves when there is room for more (outcomes may have been handled meanwhile). */
  add(draft: ArticleDraft): Promise<void>;
  /** Wait for every queued draft and handle its outcome. */
  drain(): Promise<void>;
  /** Stop the workers (after `drain`, or to abandon what is queued). */
  close(): Promise<void>;
}

type Handle = (outcome: PrepareOutcome) => void;

/** A preparing thread failed: not a bad file, the import cannot go on. */
export class PrepareStageError extends Error {}

/** Drafts per message: enough to make posting cheap, few enough to keep workers busy. */
const CHUNK_DRAFTS = 32;
/** Or fewer, when the drafts are long (a chunk is copied to the worker and back). */
const CHUNK_CHARS = 512 * 1024;
/** Chunks in flight per worker before reading waits: deep enough that the workers keep going
 * while this thread commits a batch (a commit of 1,000 articles takes a few hundred ms). */
const IN_FLIGHT_PER_WORKER = 16;

export function inlinePrepareStage(handle: Handle): PrepareStage {
  return {
    add: async (draft) => handle(prepareForImport(draft)),
    drain: async () => {},
    close: async () => {},
  };
}

/**
 * The built worker script beside a built entry point (dist/node/prepare-worker.cjs), or
 * undefined when running from sources (unit tests), where articles are prepared inline.
 */
export function prepareWorkerBeside(dir: string): string | undefined {
  const script = path.join(dir, 'prepare-worker.cjs');
  return fs.existsSync(script) ? script : undefined;
}

/** Worker threads to use: the cores left over by the importing thread, at least one. */
export function preparingThreads(): number {
  return Math.max(1, Math.min(3, os.availableParallelism() - 1));
}

export function workerPrepareStage(script: string, handle: Handle, threads = preparingThreads()): PrepareStage {
  const workers = Array.from({ length: threads }, () => new Worker(script));
  const waiting = new Map<number, { resolve: (c: PreparedChunk) => void; reject: (e: Error) => void }>();
  let failed: Error | null = null;
  let closing = false;
  const fail = (error: Error) => {
    if (closing) return;
    failed ??= error;
    for (const w of waiting.values()) w.reject(failed);
    waiting.clear();
  };
  for (const worker of workers) {
    worker.on('message', (reply: PreparedChunk) => {
      const w = waiting.get(reply.id);
      waiting.delete(reply.id);
      w?.resolve(reply);
    });
    worker.on('error', (error) => fail(new PrepareStageError(`an import preparing thread failed: ${error.message}`)));
    worker.on('exit', (code) => {
      if (code !== 0) fail(new PrepareStageError(`an import preparing thread stopped (exit ${code})`));
    });
  }

  // Chunks sent, oldest first (with their drafts); their outcomes are handled strictly in this order.
  const inFlight: { drafts: ArticleDraft[]; reply: Promise<PreparedChunk> }[] = [];
  let chunk: ArticleDraft[] = [];
  let chars = 0;
  let nextId = 0;

  const send = (): void => {
    if (!chunk.length) return;
    if (failed) throw failed;
    const id = nextId++;
    const message: PrepareChunk = { id, drafts: chunk };
    const reply = new Promise<PreparedChunk>((resolve, reject) => waiting.set(id, { resolve, reject }));
    // Awaited in order by handleOldest; a failure of chunks not awaited yet is not "unhandled".
    reply.catch(() => {});
    inFlight.push({ drafts: chunk, reply });
    workers[id % workers.length].postMessage(message);
    chunk = [];
    chars = 0;
  };
  const handleOldest = async (): Promise<void> => {
    const { drafts, reply } = inFlight.shift()!;
    const { outcomes } = await reply;
    for (let i = 0; i < outcomes.length; i++) {
      const outcome = outcomes[i];
      // Text left out by the worker because cleaning did not change it (prepare-worker.ts).
      if (outcome.ok && outcome.article.text === null) handle({ ok: true, article: { ...outcome.article, text: drafts[i].text } });
      else handle(outcome as PrepareOutcome);
    }
  };

  return {
    async add(draft) {
      chunk.push(draft);
      chars += draft.text.length;
      if (chunk.length < CHUNK_DRAFTS && chars < CHUNK_CHARS) return;
      send();
      while (inFlight.length >= IN_FLIGHT_PER_WORKER * workers.length) await handleOldest();
    },
    async drain() {
      send();
      while (inFlight.length) await handleOldest();
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
