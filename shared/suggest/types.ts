/** What the suggestion engine proposes: a reported statement and who made it. */

export type SpeakerKind = 'person' | 'organisation';

/** The speaker as the article names them (not yet resolved against the project's speakers). */
export interface DetectedSpeaker {
  /** The name as written (a person's name without title, an organisation, or a description such as «مصدر مطلع»). */
  name: string;
  /** Title and role written with the name (وزير الخارجية, الناطق الإعلامي لـ…). */
  role?: string;
  /** The organisation named in the role, when there is one. */
  organisation?: string;
  kind: SpeakerKind;
  /** From the verb's agreement (قالت → feminine); undefined when the cue does not show it. */
  feminine?: boolean;
}

/** How the statement was found: the cue's kind and the cue word(s) as written. */
export type CueKind = 'verb' | 'participle' | 'frame' | 'inverted' | 'quote-continuation';

export interface Suggestion {
  /** Code-point offsets into the article text of the statement's content (not the cue), end exclusive. */
  start: number;
  end: number;
  /** The content as written (the article text between start and end). */
  text: string;
  speaker: DetectedSpeaker | null;
  /** The cue word(s) as written, e.g. «وقالت» or «مشيرا إلى» or «بحسب». */
  cue: string;
  cueKind: CueKind;
  /**
   * 0–1: estimated chance that span and speaker are right, from the evidence the rules had
   * (confidence.ts; measured on the tuned splits, so optimistic on unseen articles).
   */
  confidence: number;
}
