import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { createAnchor } from '../../../../shared/anchors/quote-selector';
import { QUERY_NOTE_CODES } from '../../../../shared/search/notes';
import { ar } from '../../i18n/ar';
import { en } from '../../i18n/en';
import { renderApp } from '../../test/render-app';
import type { ArticleInput } from '../../test/test-bridge';
import type { TagSeed } from '../../test/test-bridge-tags';

// Written for these tests, without diacritics (the test double matches exact substrings).
const ARTICLES: ArticleInput[] = [
  {
    title: 'مجلس الامن يناقش الارهاب',
    text: 'مجلس الامن يناقش الارهاب\nقال الامين العام ان الارهاب خطر على السلام في المنطقة كلها.\nوقال الوزير ان الحوار مستمر.',
    source: 'وكالة الانباء',
    published: '2018-03-05',
  },
  { title: 'مؤتمر الحدود', text: 'مؤتمر الحدود\nناقش المؤتمر امن الحدود.', source: 'Wire', published: '2019-06-01' },
];
const TAGS: TagSeed[] = [
  // `articles` gives the codebook's quote counts (the double counts seeds, not seeded quotes).
  { kind: 'speaker', name: 'انطونيو غوتيريش', aliases: ['غوتيريس'], articles: [ARTICLES[0].title] },
  { kind: 'speaker', name: 'وزير الخارجية', articles: [ARTICLES[0].title] },
  { kind: 'theme', name: 'الامن', labelEn: 'Security', color: '#f4c542' },
  { kind: 'theme', name: 'الارهاب', labelEn: 'Terrorism', parent: 'الامن', color: '#f497b6', articles: [ARTICLES[0].title] },
];
const PROJECT = '/home/analyst/بحث.sqlite';

/** The app with two quotes in the first article (one with a note) and the Search tab open. */
async function openWithQuotes(language: 'en' | 'ar' = 'en') {
  const app = renderApp({ projects: { [PROJECT]: ARTICLES }, openProject: PROJECT, tags: TAGS, language });
  const { test } = app;
  const { text } = ARTICLES[0];
  const span = (needle: string) => {
    const start = [...text.slice(0, text.indexOf(needle))].length;
    return { start, end: start + [...needle].length };
  };
  // The double numbers articles in the order given.
  const id = 'article-1';
  const quote = (needle: string, extra: { speakerId?: string; themeIds?: string[]; note?: string }) => {
    const at = span(needle);
    return test.highlights.seedRaw({ articleId: id, ...createAnchor(text, at.start, at.end), ...extra });
  };
  const terror = quote('ان الارهاب خطر على السلام', {
    speakerId: test.tags.idOf('speaker', 'انطونيو غوتيريش'),
    themeIds: [test.tags.idOf('theme', 'الارهاب')],
    note: 'تصريح مهم عن الخطر',
  });
  const dialogue = quote('ان الحوار مستمر', { speakerId: test.tags.idOf('speaker', 'وزير الخارجية') });
  await app.user.click(await screen.findByTestId('tab-search'));
  return { ...app, id, terror, dialogue };
}

describe('search scopes and codebook filters', () => {
  it('searches quotes only, shows speaker and themes, and opening one focuses it in the reader', async () => {
    const { user, test, terror, stores } = await openWithQuotes();
    await user.click(screen.getByTestId('search-scope-quotes'));
    await user.type(screen.getByTestId('search-input'), 'الارهاب{Enter}');
    const [result] = await screen.findAllByTestId('search-result');
    expect(screen.getByTestId('search-total').textContent).toBe('Quotes: 1');
    expect(test.callsOf('search.query').at(-1)).toMatchObject({ query: 'الارهاب', scope: 'quotes' });
    expect(within(result).getByTestId('search-result-speaker').textContent).toBe('انطونيو غوتيريش');
    // Themes in the UI language when they have a label.
    expect(within(result).getAllByTestId('search-result-theme').map((t) => t.textContent)).toEqual(['Terrorism']);
    expect([...within(result).getByTestId('search-snippet').querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['الارهاب']);
    expect(result.textContent).toContain('In: مجلس الامن يناقش الارهاب');

    await user.click(within(result).getByRole('button'));
    await waitFor(() => expect(stores.annotations.getState().selectedId).toBe(terror));
    const body = screen.getByTestId('reader-body');
    await waitFor(() => expect([...body.querySelectorAll('mark.hl-selected')].map((m) => m.textContent).join('')).toBe('ان الارهاب خطر على السلام'));
    expect(result.getAttribute('aria-current')).toBe('true');
  });

  it('searches notes only, with the quote they are on', async () => {
    const { user, terror, stores } = await openWithQuotes();
    await user.click(screen.getByTestId('search-scope-notes'));
    await user.type(screen.getByTestId('search-input'), 'الخطر{Enter}');
    const [result] = await screen.findAllByTestId('search-result');
    expect(screen.getByTestId('search-total').textContent).toBe('Notes: 1');
    expect(result.textContent).toContain('Note on a quote');
    expect(within(result).getByTestId('search-result-quote').textContent).toContain('ان الارهاب خطر على السلام');
    await user.click(within(result).getByRole('button'));
    await waitFor(() => expect(stores.annotations.getState().selectedId).toBe(terror));
    // A word only in a quote is not in the notes.
    await user.clear(screen.getByTestId('search-input'));
    await user.type(screen.getByTestId('search-input'), 'الحوار{Enter}');
    expect((await screen.findByTestId('search-no-results')).textContent).toContain('No note matches this search.');
  });

  it('the speaker and theme pickers list the codebook with counts and filter the search', async () => {
    const { user, test } = await openWithQuotes();
    const speaker = screen.getByTestId('search-speaker');
    await waitFor(() => expect(within(speaker).getAllByRole('option').map((o) => o.textContent)).toEqual(['All speakers', '\u2068انطونيو غوتيريش\u2069 (1)', '\u2068وزير الخارجية\u2069 (1)']));
    const theme = screen.getByTestId('search-theme');
    // The tree shows as indentation; labels in the UI language.
    expect(within(theme).getAllByRole('option').map((o) => o.textContent)).toEqual(['All themes', '\u2068Security\u2069 (0)', '\u00a0\u00a0\u2068Terrorism\u2069 (1)']);
    await user.click(screen.getByTestId('search-scope-quotes'));
    await user.selectOptions(speaker, test.tags.idOf('speaker', 'وزير الخارجية'));
    // A filter alone lists that speaker's quotes.
    const [only] = await screen.findAllByTestId('search-result');
    expect(within(only).getByTestId('search-result-speaker').textContent).toBe('وزير الخارجية');
    expect(test.callsOf('search.query').at(-1)).toMatchObject({ scope: 'quotes', filters: { speakerId: test.tags.idOf('speaker', 'وزير الخارجية') } });
    await user.selectOptions(theme, test.tags.idOf('theme', 'الارهاب'));
    await waitFor(() => expect(test.callsOf('search.query').at(-1)).toMatchObject({ filters: { themeId: test.tags.idOf('theme', 'الارهاب') } }));
    await screen.findByTestId('search-no-results');
  });

  // The arrow keys between the radio buttons are the browser's own (e2e: search-scope.spec.ts).
  it('the scope switch is a radio group, and the notes the engine sends are shown in Arabic', async () => {
    const { user } = await openWithQuotes('ar');
    expect(screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).checked)).toEqual([true, false, false]);
    expect(within(screen.getByTestId('search-scope')).getByText('الاقتباسات')).toBeTruthy();
    await user.type(screen.getByTestId('search-input'), '"مجلس الامن{Enter}');
    expect((await screen.findByTestId('search-explanation')).textContent).toBe('علامة التنصيص الختامية ناقصة: بُحث عن «مجلس الامن» كعبارة.');
  });
});

describe('query notes in the UI', () => {
  it('every code the engine may send has a sentence in both languages', () => {
    for (const code of QUERY_NOTE_CODES) {
      expect(ar.searching.notes[code], code).toBeTruthy();
      expect(en.searching.notes[code], code).toBeTruthy();
    }
    expect(Object.keys(ar.searching.notes).sort()).toEqual([...QUERY_NOTE_CODES].sort());
  });
});
