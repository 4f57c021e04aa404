/**
 * Articles written for the search tests (no corpus text): diacritics, tatweel, clitics,
 * Arabic-Indic digits, Latin names, quotes of every kind, and words chosen to look alike
 * without being the same word. Only imported by tests.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { normalizeForHash } from '../../../shared/arabic/normalize';
import { codePointLength } from '../../../shared/text/codepoints';
import { insertArticle } from '../articles/articles';
import type { WritableDb } from '../db/handles';
import { closeProject, createProject } from '../db/open';

export interface FixtureArticle {
  key: string;
  title: string;
  text: string;
  source?: string;
  published?: string;
  batch?: string;
}

export const ARTICLES: FixtureArticle[] = [
  {
    key: 'terror-conference',
    title: 'مؤتمر دولي لمكافحة الإرهاب',
    text:
      'مؤتمر دولي لمكافحة الإرهاب\n\n' +
      'افتُتح أمس مؤتمرٌ دوليٌّ لمكافحة الإرهابِ بمشاركة ثلاثين دولة. وقال رئيس المؤتمر إنّ «الإرهاب لا دين له»، ' +
      'وأكّد أنّ التصدي للإرهاب يحتاج إلى تعاون إقليمي، وأنّ والإرهاب الإلكتروني خطر متزايد.\n' +
      'ودعا المشاركون إلى تجفيف منابع تمويل الإرهاب، وإلى حماية الشباب من التطرف.',
    source: 'وكالة الأنباء',
    published: '2018-03-05',
    batch: 'b1',
  },
  {
    key: 'terror-brief',
    title: 'موجز',
    text: 'موجز\n\nأشار التقرير إلى ارتفاع الهجمات الإرهابية في المنطقة، دون أن يذكر أرقاماً.',
    source: 'وكالة الأنباء',
    published: '2018-07-14',
    batch: 'b1',
  },
  {
    key: 'covid',
    title: 'كـوفيد-١٩ والاقتصاد',
    text:
      'كـوفيد-١٩ والاقتصاد\n\n' +
      'تُعتبر جائحة كـوفيد-١٩ أكبر تحدٍّ للاقتصاد العالمي منذ عقود. وأعلنت شبكة CNN أنّ ٣٦٠ شركة أغلقت أبوابها، ' +
      'فيما قال خبراء لـBBC إنّ التعافي سيستغرق عامين.',
    source: 'BBC عربي',
    published: '2018-06-20',
    batch: 'b2',
  },
  {
    key: 'security-council',
    title: 'مجلس الأمن يناقش الأزمة',
    text:
      'مجلس الأمن يناقش الأزمة\n\n' +
      'عقد مجلس الأمن الدولي جلسة طارئة لبحث الأزمة، وأصدر “مجلس الأمن” بياناً يدعو إلى وقف القتال. ' +
      'وتعتبر هذه الجلسة الثالثة هذا الشهر.',
    source: 'Sky News عربية',
    published: '2019-01-10',
    batch: 'b2',
  },
  {
    key: 'council-apart',
    title: 'المجلس البلدي',
    text: 'المجلس البلدي\n\nناقش المجلس البلدي خطة النقل، وقال رئيسه إنّ الأمن المروري أولوية، وإنّ 360 حافلة جديدة ستصل.',
    source: 'Sky News عربية',
    published: '2019-02-01',
    batch: 'b2',
  },
  {
    key: 'lookalikes',
    title: 'زيارة رسمية',
    text:
      'زيارة رسمية\n\n' +
      'التقى الوزيرُ بوالي الولاية، ولا تزال الوحدة الوطنية محور الحديث. وقدّم بياناً عن الزير التقليدي في المتحف.',
    source: 'الصحيفة',
    published: '2017-11-30',
    batch: 'b3',
  },
  {
    key: 'syria',
    title: 'جولة في المنطقة',
    text: 'جولة في المنطقة\n\nوصل المبعوث إلى بسوريا أمس، ثم توجه لسوريا الشمالية، وقال إن سوريا تحتاج إلى دعم، وإنّ العراق كذلك.',
    source: 'الصحيفة',
    published: '2018-03-20',
    batch: 'b3',
  },
];

export interface FixtureProject {
  db: WritableDb;
  file: string;
  /** Fixture key → article id. */
  ids: Record<string, string>;
  /** Article id → fixture key. */
  keyOf: (id: string) => string;
  close: () => void;
}

/** A new project on a real file in `dir`, holding `articles` inserted (and indexed) by core. */
export function fixtureProject(dir: string, articles: FixtureArticle[] = ARTICLES): FixtureProject {
  const file = path.join(dir, 'search.sqlite');
  const db = createProject(file);
  const ids: Record<string, string> = {};
  const batches = new Map<string, string>();
  db.transaction(() => {
    for (const a of articles) {
      let batchId: string | null = null;
      if (a.batch) {
        batchId = batches.get(a.batch) ?? randomUUID();
        if (!batches.has(a.batch)) {
          batches.set(a.batch, batchId);
          db.prepare("INSERT INTO import_batches (id, started_at, inputs, status) VALUES (?, ?, ?, 'done')").run(
            batchId,
            `2020-01-0${batches.size}T00:00:00Z`,
            JSON.stringify([`/imports/${a.batch}`]),
          );
        }
      }
      const id = randomUUID();
      ids[a.key] = id;
      insertArticle(db, {
        id,
        title: a.title,
        text: a.text,
        chars: codePointLength(a.text),
        contentHash: normalizeForHash(a.text),
        source: a.source ?? null,
        published: a.published ?? null,
        originalFile: `${a.key}.txt`,
        encoding: 'utf-8',
        batchId,
      });
    }
  })();
  const keys = new Map(Object.entries(ids).map(([k, v]) => [v, k]));
  return { db, file, ids, keyOf: (id) => keys.get(id) ?? id, close: () => closeProject(db) };
}

/** The id of an import batch by its fixture name. */
export function batchId(db: WritableDb, name: string): string {
  return (db.prepare('SELECT id FROM import_batches WHERE inputs = ?').pluck().get(JSON.stringify([`/imports/${name}`])) as string) ?? '';
}
