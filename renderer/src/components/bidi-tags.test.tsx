/**
 * Speaker and theme names, the analyst's name and typed text inside the UI's plain text
 * (tooltips, placeholders, translated sentences) are isolated (FSI … PDI), and a field that may
 * hold either language keeps the UI's direction while empty (its placeholder then reads right).
 */
import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../test/render-app';
import type { ArticleInput } from '../test/test-bridge';
import type { TagSeed } from '../test/test-bridge-tags';
import { ACTOR } from '../test/test-bridge-history';

const FSI = '\u2068';
const LRI = '\u2066';
const PDI = '\u2069';

// Written for these tests (no corpus text): names in Latin letters and in Arabic.
const ARTICLE: ArticleInput = {
  title: 'مؤتمر المياه',
  text: 'مؤتمر المياه\nقال Guterres إن المياه حق للجميع.\nوأكدت الوزيرة أن الخطة ستبدأ في الربيع.',
  file: '/data/مؤتمر water.txt',
};
const PROJECT = '/home/analyst/مياه.sqlite';
const TAGS: TagSeed[] = [
  { kind: 'speaker', name: 'António Guterres', articles: ['مؤتمر المياه'] },
  { kind: 'theme', name: 'مياه', labelEn: 'Water 2030', description: 'Rivers, dams (UN)', color: '#2f6f6a' },
];
const cp = (needle: string) => [...ARTICLE.text.slice(0, ARTICLE.text.indexOf(needle))].length;
const span = (needle: string) => ({ start: cp(needle), end: cp(needle) + [...needle].length });

function open(language: 'ar' | 'en') {
  return renderApp({ projects: { [PROJECT]: [ARTICLE] }, openProject: PROJECT, tags: TAGS, language });
}

describe.each(['ar', 'en'] as const)('names in tooltips and sentences (%s)', (language) => {
  it('the codebook isolates names in its tooltips and its "nothing matches", and its find field keeps the UI direction while empty', async () => {
    const { user } = open(language);
    await screen.findAllByTestId('library-row');
    await user.click(screen.getByRole('tab', { name: language === 'en' ? 'Codebook' : 'الترميز' }));
    const speaker = await screen.findByTestId('speaker-item');
    expect(within(speaker).getByTestId('speaker-filter').getAttribute('title')).toContain(`${FSI}António Guterres${PDI}`);
    expect(within(speaker).getByTestId('tag-edit').getAttribute('title')).toContain(`${FSI}António Guterres${PDI}`);
    const theme = screen.getByTestId('theme-item');
    const label = language === 'en' ? 'Water 2030' : 'مياه';
    expect(within(theme).getByTestId('theme-filter').getAttribute('title')).toMatch(new RegExp(`^${FSI}Rivers, dams \\(UN\\)${PDI}\\n\\n.*${FSI}${label}${PDI}`, 'su'));
    expect(within(theme).getByTestId('tag-delete').getAttribute('title')).toContain(`${FSI}${label}${PDI}`);

    const find = screen.getByTestId('find-speaker');
    expect(find.hasAttribute('dir')).toBe(false);
    await user.type(find, 'Kofi 2');
    expect(find.getAttribute('dir')).toBe('auto');
    expect(screen.getByTestId('speakers').textContent).toContain(`${FSI}Kofi 2${PDI}`);
  });

  it('a palette colour reads "#2f6f6a" in its tooltip (isolated left to right)', async () => {
    const { user } = open(language);
    await screen.findAllByTestId('library-row');
    await user.click(screen.getByRole('tab', { name: language === 'en' ? 'Codebook' : 'الترميز' }));
    await user.click(await screen.findByTestId('add-theme'));
    const swatches = within(screen.getByTestId('theme-form')).getAllByRole('radio');
    for (const swatch of swatches) expect(swatch.getAttribute('title')).toMatch(new RegExp(`^${LRI}#[0-9a-f]{6}${PDI}$`));
  });

  it('the reader: the speaker pick and the note keep the UI direction while empty; who made a quote is isolated', async () => {
    const { user, stores } = open(language);
    await user.click((await screen.findAllByTestId('library-row'))[0]);
    await screen.findByTestId('reader-body');
    await act(() => stores.annotations.getState().create(span('المياه حق للجميع')));
    await user.click(await screen.findByTestId('quote-item'));
    const editor = await screen.findByTestId('highlight-editor');
    expect(editor.querySelector('.editor-provenance')?.textContent).toContain(`${FSI}${ACTOR}${PDI}`);

    const note = screen.getByTestId('note-input');
    expect(note.hasAttribute('dir')).toBe(false);
    await user.type(note, 'Note');
    expect(note.getAttribute('dir')).toBe('auto');

    await user.click(screen.getByTestId('editor-choose-speaker'));
    const pick = within(await screen.findByTestId('speaker-pick')).getByRole('combobox');
    expect(pick.hasAttribute('dir')).toBe(false);
    await user.type(pick, 'Kofi');
    expect(pick.getAttribute('dir')).toBe('auto');
  });
});

describe('suggestions', () => {
  it('the statement outline’s tooltip, the cue and "accept all" isolate the speaker and the cue', async () => {
    const { user } = renderApp({
      projects: { [PROJECT]: [ARTICLE] },
      openProject: PROJECT,
      language: 'ar',
      suggestions: {
        [ARTICLE.title]: [
          { text: 'المياه حق للجميع', speaker: 'Guterres', cue: 'قال' },
          { text: 'الخطة ستبدأ في الربيع', speaker: 'Guterres', cue: 'وأكدت' },
        ],
      },
    });
    await user.click((await screen.findAllByTestId('library-row'))[0]);
    await screen.findByTestId('reader-body');
    await user.keyboard('g');
    await waitFor(() => expect(screen.getAllByTestId('suggestion-item')).toHaveLength(2));
    const outline = screen.getByTestId('reader-body').querySelector('[data-sg][title]');
    expect(outline?.getAttribute('title')).toContain(`${FSI}Guterres${PDI}`);
    expect(outline?.getAttribute('title')).toContain(`${FSI}قال${PDI}`);
    const [first] = screen.getAllByTestId('suggestion-item');
    expect(first.querySelector('.sg-meta')?.textContent).toContain(`${FSI}قال${PDI}`);
    await waitFor(() => expect(screen.getByTestId('suggestion-accept-all').textContent).toContain(`${FSI}Guterres${PDI} (2)`));
  });
});
