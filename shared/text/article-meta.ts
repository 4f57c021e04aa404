/**
 * An article's editable metadata as typed by the analyst → what the store keeps: spaces
 * collapsed, '' as null, the date read by dates.ts (Arabic month names, Arabic-Indic digits,
 * ISO) and kept as yyyy-mm-dd, the URL an http(s) address. The inspector checks with this
 * before saving (to say what is wrong beside the field) and the core checks again.
 */
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

export const META_PROBLEM_TEXT: Record<MetaProblem, string> = {
  titleEmpty: 'an article needs a title',
  dateUnreadable: 'not a date Daftar can read; write it as 2024-11-04 or 4 نوفمبر 2024',
  urlInvalid: 'not a web address; it must start with http:// or https://',
};

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
