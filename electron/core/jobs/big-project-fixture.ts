/**
 * Test fixture: a project big enough that an export or a merge takes a while, so a test can
 * cancel it mid-way. The text is generated here (no corpus text); each article differs by its
 * number, so none is a duplicate of another.
 */
import { randomUUID } from 'node:crypto';
import { createAnchor } from '../../../shared/anchors/quote-selector';
import type { WritableDb } from '../db/handles';
import { insertFixtureArticle } from '../export/notebook-fixture';

const QUOTE = 'قال المتحدث إن «العمل مستمر في كل المحافظات»';

/** `articles` articles, each with `quotesPerArticle` quotes of the same sentence (one per paragraph). */
export function fillBigProject(db: WritableDb, articles: number, quotesPerArticle: number, label = 'تقرير'): void {
  const insertQuote = db.prepare(
    `INSERT INTO highlights (id, article_id, start_cp, end_cp, exact, prefix, suffix, speaker_id, created_by, created_at, updated_by, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, NULL, 'مولّد', ?, 'مولّد', ?)`,
  );
  const now = new Date().toISOString();
  db.transaction(() => {
    for (let n = 1; n <= articles; n++) {
      const paragraphs = Array.from({ length: quotesPerArticle }, (_, k) => `${QUOTE} (الفقرة ${k + 1}).`);
      const text = [`${label} رقم ${n}`, ...paragraphs].join('\n');
      const id = insertFixtureArticle(db, text);
      let at = [...`${label} رقم ${n}\n`].length;
      for (const p of paragraphs) {
        const start = at + [...'قال المتحدث إن '].length;
        const anchor = createAnchor(text, start, start + [...'«العمل مستمر في كل المحافظات»'].length);
        insertQuote.run(randomUUID(), id, start, start + [...anchor.exact].length, anchor.exact, anchor.prefix, anchor.suffix, now, now);
        at += [...p].length + 1;
      }
    }
  })();
}
