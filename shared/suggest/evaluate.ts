/**
 * Scoring the detector against a judged set (tests/suggest/judged.json): shared by the Vitest
 * check and scripts/bench-suggest.mjs so both count the same way.
 *
 * A suggestion is correct when its span overlaps a judged statement by at least half of the
 * shorter of the two AND its speaker names the judged speaker: after loose normalisation
 * (names.ts), the words of one name that are not titles are all among the other's words
 * (موتا = تياغو موتا; الوزير alone does not match سامح شكري). Each judged statement counts once.
 * precision = correct / suggested; recall = judged statements found correctly / judged.
 */
import { TITLES } from './lexicon';
import { looseWords } from './names';

export interface JudgedStatement {
  start: number;
  end: number;
  speaker: string;
}

export interface Scored {
  start: number;
  end: number;
  speaker: string | null;
}

export interface Score {
  judged: number;
  suggested: number;
  correct: number;
  /** Suggested spans that overlap a judged statement, right speaker or not. */
  spanFound: number;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return shorter > 0 && shared >= shorter / 2;
}

export function sameSpeaker(predicted: string | null, judged: string): boolean {
  if (!predicted) return false;
  const p = looseWords(predicted);
  const j = looseWords(judged);
  const notTitle = (w: string) => !TITLES.has(w) && !TITLES.has(`ال${w}`);
  const jCore = j.filter(notTitle);
  const pCore = p.filter(notTitle);
  if (jCore.length === 0 || pCore.length === 0) {
    // A speaker known only by a description (متحدث باسم قوات الإنقاذ): all of one in the other.
    return p.length > 0 && (p.every((w) => j.includes(w)) || j.every((w) => p.includes(w)));
  }
  return pCore.every((w) => j.includes(w)) || jCore.every((w) => p.includes(w));
}

/**
 * Which suggestions are correct (in order, each judged statement matched once), and which overlap
 * a judged span at all: the per-suggestion view behind score(), for calibrating confidence.
 */
export function judgeEach(judged: JudgedStatement[], suggested: Scored[]): { correct: boolean; spanFound: boolean }[] {
  const used = new Set<number>();
  return suggested.map((s) => {
    let hit = -1;
    let anyOverlap = false;
    for (let k = 0; k < judged.length; k++) {
      if (used.has(k) || !overlaps(s, judged[k]!)) continue;
      anyOverlap = true;
      if (sameSpeaker(s.speaker, judged[k]!.speaker)) {
        hit = k;
        break;
      }
    }
    if (hit >= 0) used.add(hit);
    return { correct: hit >= 0, spanFound: anyOverlap };
  });
}

export function score(judged: JudgedStatement[], suggested: Scored[]): Score {
  const each = judgeEach(judged, suggested);
  return {
    judged: judged.length,
    suggested: suggested.length,
    correct: each.filter((e) => e.correct).length,
    spanFound: each.filter((e) => e.spanFound).length,
  };
}

export function add(a: Score, b: Score): Score {
  return { judged: a.judged + b.judged, suggested: a.suggested + b.suggested, correct: a.correct + b.correct, spanFound: a.spanFound + b.spanFound };
}

export const EMPTY_SCORE: Score = { judged: 0, suggested: 0, correct: 0, spanFound: 0 };

export function precision(s: Score): number {
  return s.suggested === 0 ? 1 : s.correct / s.suggested;
}

export function recall(s: Score): number {
  return s.judged === 0 ? 1 : s.correct / s.judged;
}
