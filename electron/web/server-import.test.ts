/**
 * An import through HTTP, end to end: the real worker thread (dist/node/import-worker.cjs,
 * made by `npm run build:node`, which `npm run test:unit` runs first) writing into a real
 * project that the server has open.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportJob } from '../../shared/contract/imports';
import { startWebServer, type WebServer } from './server';
import { callApi } from './test-client';

const WORKER = path.resolve(__dirname, '../../dist/node/import-worker.cjs');
const HAS_WORKER = fs.existsSync(WORKER);
if (!HAS_WORKER) {
  console.warn(`Skipping web-mode import over HTTP: ${WORKER} is missing; run \`npm run build:node\` first.`);
}

const ARTICLE_ONE = 'وزير الخارجية يزور القاهرة\n\nقال وزير الخارجية إن المحادثات مع نظيره المصري كانت مثمرة، وإن الجانبين اتفقا على لجنة مشتركة.\n';
const ARTICLE_TWO = 'أمطار غزيرة في الإسكندرية\n\nشهدت مدينة الإسكندرية أمطارا غزيرة أدت إلى تعطل حركة المرور في عدة شوارع رئيسية.\n';

describe.skipIf(!HAS_WORKER)('import over HTTP', () => {
  let dir: string;
  let server: WebServer;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'daftar-web-import-'));
    const staticDir = path.join(dir, 'static');
    fs.mkdirSync(staticDir);
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>دفتر</title>');
    server = await startWebServer({ staticDir, configDir: path.join(dir, 'config'), importWorker: WORKER });
  });

  afterAll(async () => {
    await server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('imports a folder of two Arabic text files and lists them', async () => {
    const inputs = path.join(dir, 'مقالات');
    fs.mkdirSync(inputs);
    fs.writeFileSync(path.join(inputs, 'one.txt'), ARTICLE_ONE);
    fs.writeFileSync(path.join(inputs, 'two.txt'), ARTICLE_TWO);

    const created = await callApi(server, 'project.create', { path: path.join(dir, 'project.sqlite') });
    expect(created.ok).toBe(true);

    const started = await callApi(server, 'import.start', { paths: [inputs] });
    if (!started.ok) throw new Error(`import.start failed: ${started.error.message}`);

    let job: ImportJob | null = null;
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      const status = await callApi(server, 'import.status', { jobId: started.result.jobId });
      if (!status.ok) throw new Error(`import.status failed: ${status.error.message}`);
      job = status.result;
      if (job.state !== 'running') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(job?.state, `import did not finish: ${JSON.stringify(job)}`).toBe('done');
    expect(job!.report!.imported).toHaveLength(2);
    expect(job!.report!.failed).toEqual([]);

    const listed = await callApi(server, 'articles.list', { sort: 'title' });
    if (!listed.ok) throw new Error(listed.error.message);
    expect(listed.result.total).toBe(2);
    expect(listed.result.items.map((a) => a.title).sort()).toEqual(['أمطار غزيرة في الإسكندرية', 'وزير الخارجية يزور القاهرة']);

    const article = await callApi(server, 'articles.get', { id: listed.result.items[0].id });
    expect(article.ok && article.result.text).toContain('الإسكندرية');
  });
});
