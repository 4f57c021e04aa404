/**
 * Opening a project probes it on the built project worker under a deadline
 * (dist/node/project-worker.cjs; `npm run test:unit` builds it first, else skipped).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_NODE, makeOldProject, sha256File, tempDir } from '../../../tests/fixtures/make-fixtures';
import { closeProject, createProject } from '../db/open';
import { Session } from './session';

const WORKER = path.join(DIST_NODE, 'project-worker.cjs');
const built = fs.existsSync(WORKER);
if (!built) console.warn(`session-probe.test.ts: skipped, ${WORKER} is missing; run \`npm run build:node\` first.`);

function session(dir: string, probeTimeoutMs?: number): Session {
  return new Session({ configDir: path.join(dir, 'config'), importWorker: path.join(dir, 'no-worker.cjs'), projectWorker: WORKER, probeTimeoutMs });
}

describe.skipIf(!built)('Session.open probes on a worker', () => {
  it('opens a sound project; refusals keep their code (an older project is still offered an upgrade)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'p.sqlite');
    closeProject(createProject(file));
    const s = session(dir);
    try {
      expect(await s.open(file)).toMatchObject({ path: file, readOnly: false });
      const bogus = path.join(dir, 'bogus.sqlite');
      fs.writeFileSync(bogus, 'ليس مشروعاً');
      await expect(s.open(bogus)).rejects.toMatchObject({ code: 'project_invalid', message: expect.stringContaining('not a SQLite database') });
      const old = makeOldProject(path.join(dir, 'old.sqlite'), 2, { id: 'o1', title: 'بيان', text: 'بيان\n\nنص قديم.\n' });
      await expect(s.open(old)).rejects.toMatchObject({ code: 'project_outdated' });
      // The refused files did not replace the open project.
      expect(s.projectPath).toBe(file);
    } finally {
      await s.close();
    }
  }, 30_000);

  it('a file that cannot be checked in time is not opened: clear message, file untouched, no lock left', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'p.sqlite');
    closeProject(createProject(file));
    const before = sha256File(file);
    // 1 ms: no worker even starts that fast, so the deadline always passes first.
    const s = session(dir, 1);
    await expect(s.open(file)).rejects.toMatchObject({
      code: 'project_invalid',
      message: `${file} could not be checked within 0 seconds (it may be very large or damaged); it was not opened and nothing was changed.`,
    });
    expect(s.projectPath).toBeNull();
    expect(sha256File(file)).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(['p.sqlite']);
  }, 30_000);
});
