/**
 * An article's editable metadata as typed by the analyst → what the store keeps: spaces
 * collapsed, '' as null, the date read by dates.ts (Arabic month names, Arabic-Indic digits,
 * ISO) and kept as yyyy-mm-dd, the URL an http(s) address. The inspector checks with this
 * before saving (to say what is wrong beside the field) and the core checks again.
 */
import { REASONS, reasoned, type Reasoned } from '../contract/reasons';
import { parseDate } from './dates';
import { clipTitle } from './title';

export interface ArticleMetaInput {
  title: string;
  source: string;
  published: string;
  place: string;
  url: string;
  author: string;
}

export interface ArticleMetaValue {
  title: string;
  source: string | null;
  published: string | null;
  place: string | null;
  url: string | null;
  author: string | null;
}

/** Codes, so the UI can say them in its language; `META_PROBLEM_TEXT` has the English. */
export type MetaProblem = 'titleEmpty' | 'dateUnreadable' | 'urlInvalid';

const PROBLEM_REASON = { titleEmpty: 'meta_title_empty', dateUnreadable: 'meta_date_unreadable', urlInvalid: 'meta_url_invalid' } as const;
const FIELD_REASON = {
  title: 'meta_field_title',
  source: 'meta_field_source',
  published: 'meta_field_published',
  place: 'meta_field_place',
  url: 'meta_field_url',
  author: 'meta_field_author',
} as const;

export const META_PROBLEM_TEXT: Record<MetaProblem, string> = {
  titleEmpty: REASONS.meta_title_empty,
  dateUnreadable: REASONS.meta_date_unreadable,
  urlInvalid: REASONS.meta_url_invalid,
};

/**
 * The problems of a refused edit or paste as one reason ("title: an article needs a title;
 * url: not a web address…"), each field and problem a reason of its own so the UI says the
 * whole list in its language. `problems` has at least one entry (checkArticleMeta's refusal).
 */
export function metaProblemsReason(problems: Partial<Record<keyof ArticleMetaInput, MetaProblem>>): Reasoned {
  const items = (Object.entries(problems) as [keyof ArticleMetaInput, MetaProblem][]).map(([field, problem]) =>
    reasoned('meta_field_problem', { field: reasoned(FIELD_REASON[field]), problem: reasoned(PROBLEM_REASON[problem]) }),
  );
  return items.reduceRight((rest, first) => reasoned('meta_problem_more', { first, rest }));
}

export type MetaCheck =
  | { ok: true; value: ArticleMetaValue }
  | { ok: false; problems: Partial<Record<keyof ArticleMetaInput, MetaProblem>> };

const field = (v: string): string | null => {
  const t = v.replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
};

/** http(s)://host[...] with no spaces (shared/ has no URL class: it runs in every layer). */
export function isWebAddress(value: string): boolean {
  return /^https?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/i.test(value);
}

export function checkArticleMeta(input: ArticleMetaInput): MetaCheck {
  const problems: Partial<Record<keyof ArticleMetaInput, MetaProblem>> = {};
  const title = field(input.title);
  if (title === null) problems.title = 'titleEmpty';
  const typedDate = field(input.published);
  const published = typedDate === null ? null : parseDate(typedDate);
  if (typedDate !== null && published === null) problems.published = 'dateUnreadable';
  const url = input.url.trim() === '' ? null : input.url.trim();
  if (url !== null && !isWebAddress(url)) problems.url = 'urlInvalid';
  if (Object.keys(problems).length) return { ok: false, problems };
  return {
    ok: true,
    value: {
      title: clipTitle(title ?? ''),
      source: field(input.source),
      published,
      place: field(input.place),
      url,
      author: field(input.author),
    },
  };
}
