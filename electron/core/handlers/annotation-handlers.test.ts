/**
 * highlights.forArticle through the dispatcher, as the reader and other callers ask it: the
 * full answer keeps each anchor's prefix and suffix, the reader's lean one leaves them out and
 * keeps everything else (the anchor's status included); a bad `lean` is refused. Needs the
 * built project worker (dist/node/project-worker.cjs); skipped without it, and says so.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Envelope, Highlight } from '../../../shared/contract/index';
import { DIST_NODE, tempDir } from '../../../tests/fixtures/make-fixtures';
import { closeProject, createProject } from '../db/open';
import { insertFixtureArticle } from '../export/notebook-fixture';
import { webDispatcher } from './web-dispatch-fixture';

// Opening a project probes it on the built project worker (`npm run test:unit` builds it first).
const WORKER = path.join(DIST_NODE, 'project-worker.cjs');
const built = fs.existsSync(WORKER);
if (!built) console.warn(`annotation-handlers.test.ts: skipped, ${WORKER} is missing; run \`npm run build:node\` first.`);

describe.skipIf(!built)('highlights.forArticle', () => {
  it('answers full anchors by default and without prefix/suffix when asked lean', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'notebook.sqlite');
    const db = createProject(file);
    const articleId = insertFixtureArticle(db, 'بيان الوزارة\n\nقال المتحدث إن المحادثات ستستمر حتى نهاية الشهر في العاصمة.');
    closeProject(db);
    const { session, dispatch } = webDispatcher(dir, { projectWorker: WORKER, actor: 'سلمى' });
    try {
      await session.open(file);
      // «المحادثات ستستمر» in the body: text on both sides, so prefix and suffix are not empty.
      const created = (await dispatch('highlights.create', { articleId, start: 29, end: 45 })) as Envelope<Highlight>;
      expect(created).toMatchObject({ ok: true, result: { exact: 'المحادثات ستستمر' } });
      const stored = created.ok ? created.result : null;
      expect(stored?.prefix).not.toBe('');
      expect(stored?.suffix).not.toBe('');

      const full = (await dispatch('highlights.forArticle', { articleId })) as Envelope<Highlight[]>;
      expect(full).toEqual({ ok: true, result: [stored] });

      const lean = (await dispatch('highlights.forArticle', { articleId, lean: true })) as Envelope<Record<string, unknown>[]>;
      expect(lean.ok).toBe(true);
      const [reader] = lean.ok ? lean.result : [];
      expect(reader).not.toHaveProperty('prefix');
      expect(reader).not.toHaveProperty('suffix');
      const { prefix: _p, suffix: _s, ...rest } = stored!;
      expect(reader).toEqual(rest);
      expect(reader).toMatchObject({ anchor: 'ok', candidate: null, exact: 'المحادثات ستستمر' });

      expect(await dispatch('highlights.forArticle', { articleId, lean: false })).toEqual(full);
      expect(await dispatch('highlights.forArticle', { articleId, lean: 'yes' })).toMatchObject({
        ok: false,
        error: { code: 'invalid_request', message: expect.stringMatching(/highlights\.forArticle \(lean\)/) },
      });
    } finally {
      await session.close();
    }
  });
});
