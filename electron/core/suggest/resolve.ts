/**
 * Which of the project's speakers a detected speaker is. First by the project's own key
 * (nameKey: normalised name or alias, as tags.ts compares them), then by the looser key of
 * shared/suggest/names.ts (ش/س, ظ/ض, ذ/ز, the definite article, عبد الله = عبدالله), then a
 * one-word name (a family name: «وأضاف غوتيريش») that belongs to exactly one speaker.
 */
import type { Tag } from '../../../shared/contract/annotations';
import type { DetectedSpeaker } from '../../../shared/suggest/types';
import { looseKey, looseWords } from '../../../shared/suggest/names';
import { nameKey } from '../annotations/tags';

export interface SpeakerMatch {
  tag: Tag;
  match: 'exact' | 'loose';
}

export interface SpeakerIndex {
  resolve(speaker: DetectedSpeaker): SpeakerMatch | null;
}

function addTo(map: Map<string, Tag[]>, key: string, tag: Tag): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [tag]);
  else if (!list.includes(tag)) list.push(tag);
}

/** An index over the speakers of a project (listTags(db) filtered to speakers). */
export function speakerIndex(tags: readonly Tag[]): SpeakerIndex {
  const exact = new Map<string, Tag[]>();
  const loose = new Map<string, Tag[]>();
  const words = new Map<string, Tag[]>();
  for (const tag of tags) {
    if (tag.kind !== 'speaker') continue;
    for (const name of [tag.name, ...tag.aliases]) {
      addTo(exact, nameKey(name), tag);
      addTo(loose, looseKey(name), tag);
      const parts = looseWords(name);
      if (parts.length > 1) for (const w of parts) if (w.length > 2) addTo(words, w, tag);
    }
  }
  // Only an unambiguous answer is a suggestion; two speakers with one key leave the choice to the analyst.
  const one = (list: Tag[] | undefined) => (list && list.length === 1 ? list[0]! : null);
  return {
    resolve(speaker) {
      const byName = one(exact.get(nameKey(speaker.name)));
      if (byName) return { tag: byName, match: 'exact' };
      const byLoose = one(loose.get(looseKey(speaker.name)));
      if (byLoose) return { tag: byLoose, match: 'loose' };
      const parts = looseWords(speaker.name);
      if (speaker.kind === 'person' && parts.length === 1) {
        const byWord = one(words.get(parts[0]!));
        if (byWord) return { tag: byWord, match: 'loose' };
      }
      return null;
    },
  };
}
