/**
 * The suggestion engine against the judged set (tests/suggest/judged.json, see its README):
 * real articles from ../shared/corpus/news-2000, statements judged by hand. Precision and recall
 * are printed per split and must not fall below what was measured when the rules were written
 * (minus a small margin), so a rule change that helps one sentence and hurts ten shows up here.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectStatements } from '../../../shared/suggest/detect';
import { add, EMPTY_SCORE, precision, recall, score, type JudgedStatement, type Score } from '../../../shared/suggest/evaluate';
import { REPO_ROOT } from '../../../tests/fixtures/make-fixtures';

const CORPUS = path.resolve(REPO_ROOT, '../shared/corpus');
const HAVE_CORPUS = fs.existsSync(path.join(CORPUS, 'news-2000', 'MANIFEST.tsv'));

interface JudgedArticle {
  file: string;
  split: string;
  statements: (JudgedStatement & { spanSha256: string })[];
}

const judged = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'tests/suggest/judged.json'), 'utf8')) as { articles: JudgedArticle[] };

/** Floors per split: measured figures minus a margin (see tests/suggest/README.md for the history). */
const FLOORS: Record<string, { precision: number; recall: number }> = {
  // At the default confidence threshold (shared/suggest/confidence.ts: 0.4 since round 6), measured
  // minus ~0.03. Every split has been studied, so these figures are no unseen estimate.
  dev: { precision: 0.97, recall: 0.78 },
  heldout: { precision: 0.97, recall: 0.84 },
  heldout2: { precision: 0.95, recall: 0.8 },
  heldout3: { precision: 0.97, recall: 0.79 },
  heldout4: { precision: 0.94, recall: 0.75 },
  heldout5: { precision: 0.92, recall: 0.67 },
  heldout6: { precision: 0.94, recall: 0.75 },
  heldout7: { precision: 0.92, recall: 0.8 },
  heldout8: { precision: 0.82, recall: 0.7 },
  heldout9: { precision: 0.9, recall: 0.77 },
  heldout10: { precision: 0.88, recall: 0.71 },
  // Judged before the detector ran on it (round 6); its first run is in tests/suggest/README.md, and
  // round 6 then studied its errors.
  heldout11: { precision: 0.85, recall: 0.73 },
  // Judged before the detector ran on it, late in round 6; studied in round 7.
  heldout12: { precision: 0.75, recall: 0.64 },
  // Judged before the final round 6 detector ran on it; studied in round 7 with heldout12.
  heldout13: { precision: 0.82, recall: 0.67 },
  // Judged before the round 7 detector ran on it (4554042); studied in round 8.
  heldout14: { precision: 0.87, recall: 0.81 },
  // Judged blind by two annotators before the round 8 detector ran on it (0756a44); studied in round 9.
  heldout15: { precision: 0.93, recall: 0.71 },
  // Judged blind by two annotators before the round 9 detector ran on it (90904c2); studied in round 10.
  heldout16: { precision: 0.88, recall: 0.67 },
  // Judged blind by two annotators before the round 10 detector ran on it (9ed8a3e); studied in round 11.
  heldout17: { precision: 0.86, recall: 0.63 },
  // Judged blind by two teams of two annotators before the round 11 detector (fed891a) ran on it
  // (first run P 0.821 / R 0.687); studied in round 12.
  heldout18: { precision: 0.82, recall: 0.66 },
  // Judged blind by two teams of two annotators before the round 13 detector (393977f) ran on it
  // (first run P 0.825 / R 0.712, the floor); studied in round 14.
  heldout19: { precision: 0.82, recall: 0.71 },
  // Judged blind by two teams of two annotators before the round 15 detector (877e01e) ran on it
  // (first run P 0.914 / R 0.688, the floor).
  heldout20: { precision: 0.91, recall: 0.68 },
  // Judged blind by two teams of two annotators (65 of 66 agreed) before the round 17 detector
  // (e0963f7) ran on it (first run P 0.712 / R 0.561, the floor).
  heldout21: { precision: 0.71, recall: 0.56 },
  // Judged blind by two teams of two annotators (59 of 61 agreed) before the round 18 detector
  // (126d1f3) ran on it (first run P 0.837 / R 0.695, the floor).
  heldout22: { precision: 0.83, recall: 0.69 },
  // Judged blind by two teams of two (70 of 70 agreed) before the round 19 detector (bd3f7ac) ran on
  // it (first run P 0.855 / R 0.671, the floor).
  heldout23: { precision: 0.85, recall: 0.67 },
  // Judged blind by two teams of two (52 of 54 agreed) before the round 20 detector (9c8eafe) ran on
  // it (first run P 0.561 / R 0.426, the floor: the worst first run since heldout3).
  heldout24: { precision: 0.56, recall: 0.42 },
  // Judged blind by two teams of two (69 of 71 agreed) before the round 21 detector (dc44d5e) ran on
  // it (first run P 0.836 / R 0.648, the floor).
  heldout25: { precision: 0.83, recall: 0.64 },
  // Judged blind by two teams of two (69 of 71 of team A's agreed) before the round 22 detector
  // (f917aec) ran on it (first run P 0.816 / R 0.556, the floor).
  heldout26: { precision: 0.81, recall: 0.55 },
  // Judged blind by two teams of two (70 of team A's 70 agreed; B counted one call more) before the
  // round 23 detector (2203fdf) ran on it (first run P 0.897 / R 0.743, the floor).
  heldout27: { precision: 0.89, recall: 0.74 },
  // Judged blind by two teams of two (48 of 51 agreed) before the round 24 detector (74a9491) ran on
  // it (first run P 0.667 / R 0.510, the floor).
  heldout28: { precision: 0.66, recall: 0.5 },
  // Judged blind by two teams of two (66 of 68 agreed; two more of team B's counted) before the round
  // 25 detector (8e064ee) ran on it (first run P 0.804 / R 0.643, the floor).
  heldout29: { precision: 0.8, recall: 0.64 },
  // Judged blind by two teams of two (46 of 46 agreed) before the round 26 detector (d2ef33f) ran on it
  // (first run P 0.780 / R 0.696, the floor).
  heldout30: { precision: 0.78, recall: 0.69 },
  // Judged blind by two teams of two (60 of 64 agreed) before the round 27 detector (9ee93e3) ran on it
  // (first run P 0.667 / R 0.476, the floor).
  heldout31: { precision: 0.66, recall: 0.47 },
  // Judged blind by two teams of two (79 of team A's 79 agreed; B counted two condemnations more)
  // before the round 28 detector (45134b9) ran on it (first run P 0.769 / R 0.633, the floor).
  heldout32: { precision: 0.76, recall: 0.63 },
  // Judged blind by two teams of two (68 of 73 agreed; the rest settled by the rules) before the round
  // 29 detector (fbf874d) ran on it (first run P 0.818 / R 0.625, the floor).
  heldout33: { precision: 0.81, recall: 0.62 },
  // Longer articles (3,001–5,000 bytes: the short rows are used up). Judged blind by two teams of two
  // (145 of 148 agreed) and scored once with the round 29 detector again (fbf874d; first run P 0.857 /
  // R 0.694, the floor).
  heldout34: { precision: 0.85, recall: 0.69 },
  // Longer articles again. Judged blind by two teams of two (135 of team A's 142 agreed, three more on
  // the span with another name for the same coalition) before the round 30 detector (4e9a9a3) ran on
  // it (first run P 0.760 / R 0.535; R 0.563 once seven cue-less «X: …» headlines the rules call labels
  // were taken out; the floor).
  heldout35: { precision: 0.76, recall: 0.56 },
  // Longer articles. Judged blind by two teams of two (126 of team A's 128 agreed; the rules settled the
  // rest and took out two cue-less headlines) and scored once with the round 30 detector (7faa4fb, the
  // same as 4e9a9a3; first run P 0.830 / R 0.669, the floor).
  heldout36: { precision: 0.83, recall: 0.66 },
  // Longer articles. Judged blind by two teams of two (111 of team A's 112 agreed; an accusation with a
  // claim counts, as both teams had it on heldout36) and scored once with the round 31 detector
  // (74a5821; first run P 0.795 / R 0.625, the floor; the round 30 detector scores the same).
  heldout37: { precision: 0.79, recall: 0.62 },
  // Longer articles. Judged blind by two teams of two (team B agreed with all 110 of team A's and had two
  // more, a pledge and a complaint, which the rules leave out) and scored once with the round 31
  // detector (907b3ed; first run P 0.776 / R 0.691, the floor).
  heldout38: { precision: 0.77, recall: 0.69 },
  // Longer articles. Judged blind by two teams of two (143 of team A's 146 agreed; the rules settled the
  // rest) and scored once with the round 32 detector (b31e61d; first run P 0.686 / R 0.493, the floor;
  // the round 31 detector scores the same): a press review, interviews and digests.
  heldout39: { precision: 0.68, recall: 0.49 },
  // Longer articles. Judged blind by two teams of two (131 agreed; the rules settled the three others)
  // and scored once with the round 32 detector as it stands after the normWord → normalizeArabic
  // refactor (910dd6c, the same output as b31e61d; first run P 0.785 / R 0.641, the floor).
  heldout40: { precision: 0.78, recall: 0.64 },
  // Longer articles. Judged blind by two teams of two (87 agreed on span and speaker, 5 more on the span;
  // the rules settled the rest) and scored once with the round 33 detector (e11d368; first run P 0.662 /
  // R 0.548, the floor; the round 32 detector scores the same).
  heldout41: { precision: 0.66, recall: 0.54 },
  // Longer articles. Judged blind by two teams of two (124 agreed on span and speaker, 3 more on the span;
  // the rules settled the rest) and scored once with the round 34 detector (3a0738b; first run P 0.687 /
  // R 0.608, the floor).
  heldout42: { precision: 0.68, recall: 0.6 },
  // Longer articles. Judged blind by two teams of two (100 agreed on span and speaker; the rules settled
  // the rest) and scored once with the round 35 detector (8587c9e; first run P 0.759 / R 0.618, the
  // floor; the round 34 detector scores the same).
  heldout43: { precision: 0.75, recall: 0.61 },
  // Longer articles. Judged blind by two teams of two (145 agreed on span and speaker, one more on the
  // span; the rules settled the rest) and scored once with the round 35 detector (83da22c, the same as
  // 8587c9e; first run P 0.758 / R 0.644, the floor).
  heldout44: { precision: 0.75, recall: 0.64 },
  // Longer articles. Judged blind by two teams of two (125 agreed on span and speaker, 2 more on the span;
  // the rules settled the rest) and scored once with the round 36 detector (bd8ac1b; first run P 0.780 /
  // R 0.614, the floor; the round 35 detector scores the same).
  heldout45: { precision: 0.78, recall: 0.61 },
  // Longer articles. Judged blind by two teams of two (147 agreed on span and speaker, 3 more on the span;
  // the rules settled the rest) and scored once with the round 37 detector (7a1b1c7; first run P 0.646 /
  // R 0.560, the floor; rounds 35 and 36 score the same).
  heldout46: { precision: 0.64, recall: 0.56 },
  // Longer articles. Judged blind by two teams of two (130 agreed on span and speaker; the rules settled
  // the other two) and scored once with the round 37 detector as reviewed (131786d, hashing the same as
  // 7a1b1c7; first run P 0.760 / R 0.562, the floor).
  heldout47: { precision: 0.76, recall: 0.56 },
  // Longer articles. Judged blind by two teams of two (122 agreed on span and speaker, one more on the
  // span; the rules settled the rest) and scored once with the round 38 detector, part 1 (d34bdd5; first
  // run P 0.755 / R 0.621, the floor; the round 37 detector scores the same).
  heldout48: { precision: 0.75, recall: 0.62 },
  // Longer articles. Judged blind by two teams of two (121 agreed on span and speaker; the rules settled
  // the last) and scored once with the round 38 detector as reviewed (f917904; first run P 0.811 /
  // R 0.631, the floor).
  heldout49: { precision: 0.81, recall: 0.63 },
  // Longer articles. Judged blind by two teams of two (151 agreed on span and speaker; the rules settled
  // the other three) and scored once with the round 39 detector, part 1 (4324672; first run P 0.856 /
  // R 0.621, the floor; round 38 scores the same).
  heldout50: { precision: 0.85, recall: 0.62 },
  // Longer articles. Judged blind by two teams of two (141 agreed on span and speaker, 5 more on the
  // span; the rules settled the rest) and scored once with the round 39 detector, part 2 (1c14dd3;
  // first run P 0.810 (0.8099) / R 0.667, the floor; round 38 scores the same).
  heldout51: { precision: 0.80, recall: 0.66 },
};

describe.skipIf(!HAVE_CORPUS)('suggestions on the judged set', () => {
  const totals = new Map<string, Score>();
  for (const article of judged.articles) {
    const text = fs.readFileSync(path.join(CORPUS, article.file), 'utf8').normalize('NFC');
    const cps = [...text];
    // A hash of each judged span (no corpus text is stored) checks the file is the one judged.
    for (const s of article.statements) {
      const span = cps.slice(s.start, s.end).join('');
      const sha = createHash('sha256').update(span).digest('hex').slice(0, 16);
      if (sha !== s.spanSha256) throw new Error(`${article.file}: the text at ${s.start}–${s.end} is not the span that was judged`);
    }
    const found = detectStatements(text).map((s) => ({ start: s.start, end: s.end, speaker: s.speaker?.name ?? null }));
    totals.set(article.split, add(totals.get(article.split) ?? EMPTY_SCORE, score(article.statements, found)));
  }

  for (const [split, floor] of Object.entries(FLOORS)) {
    it(`${split}: precision ≥ ${floor.precision}, recall ≥ ${floor.recall}`, () => {
      const s = totals.get(split)!;
      expect(s, `no articles in split ${split}`).toBeDefined();
      console.log(`suggest ${split}: ${s.judged} judged, ${s.suggested} suggested, ${s.correct} correct: precision ${precision(s).toFixed(3)}, recall ${recall(s).toFixed(3)}`);
      expect(precision(s)).toBeGreaterThanOrEqual(floor.precision);
      expect(recall(s)).toBeGreaterThanOrEqual(floor.recall);
    });
  }
});

describe.skipIf(HAVE_CORPUS)('suggestions on the judged set (corpus absent)', () => {
  it(`is skipped: ${CORPUS} is not there (see ../shared/corpus/README.md)`, () => {
    expect(HAVE_CORPUS).toBe(false);
  });
});
