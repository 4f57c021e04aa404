import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { renderApp } from '../../test/render-app';
import type { ArticleInput } from '../../test/test-bridge';
import type { TagSeed } from '../../test/test-bridge-tags';

// Written for these tests (no corpus text).
const ARTICLES: ArticleInput[] = [
  { title: 'جلسة مجلس الأمن', text: 'جلسة مجلس الأمن\nقال الأمين العام إن الوضع خطير.' },
  { title: 'مؤتمر الحدود', text: 'مؤتمر الحدود\nبحث الوزراء أمن الحدود.' },
  { title: 'حملة الشباب', text: 'حملة الشباب\nأطلقت وزارة الشباب حملة على الإنترنت.' },
];
const PROJECT = '/home/analyst/ترميز.sqlite';

const SPEAKERS: TagSeed[] = [
  { kind: 'speaker', name: 'أنطونيو غوتيريش', aliases: ['غوتيريس', 'Antonio Guterres'], role: 'الأمين العام', organisation: 'الأمم المتحدة', articles: ['جلسة مجلس الأمن', 'مؤتمر الحدود'] },
  { kind: 'speaker', name: 'وزير الداخلية', articles: ['مؤتمر الحدود'] },
];
const THEMES: TagSeed[] = [
  { kind: 'theme', name: 'أمن', labelAr: 'الأمن', labelEn: 'Security', description: 'Everything about security', articles: ['مؤتمر الحدود'] },
  { kind: 'theme', name: 'حدود', labelEn: 'Borders', parent: 'أمن', articles: ['مؤتمر الحدود', 'مؤتمر الحدود'] },
  { kind: 'theme', name: 'تهريب', parent: 'حدود', articles: ['جلسة مجلس الأمن'] },
  { kind: 'theme', name: 'شباب', labelEn: 'Youth', articles: ['حملة الشباب', 'حملة الشباب', 'حملة الشباب'] },
];

async function openCodebook(tags: TagSeed[] = [...SPEAKERS, ...THEMES], language: 'ar' | 'en' = 'en') {
  const app = renderApp({ projects: { [PROJECT]: ARTICLES }, openProject: PROJECT, tags, language });
  await screen.findAllByTestId('library-row');
  await app.user.click(screen.getByRole('tab', { name: language === 'en' ? 'Codebook' : 'الترميز' }));
  await screen.findByTestId('codebook');
  await waitFor(() => expect(screen.queryByText(language === 'en' ? 'Loading…' : 'جارٍ التحميل…')).toBeNull());
  return app;
}

/** Type into a field by pasting: the same change events as typing, without a render per key. */
async function fill(user: UserEvent, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

// Generous per-test time: other suites may share the machine; a healthy run takes ~1 s a test.
const SLOW = { timeout: 20_000 };

/** Text as read, without the invisible bidi isolates around interpolated names. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u2066-\u2069]/g, '');

const speakerItems = () => screen.queryAllByTestId('speaker-item');
const themeItems = () => screen.queryAllByTestId('theme-item');
const themeItem = (label: string) => themeItems().find((li) => within(li).queryByTestId('theme-filter')?.textContent === label)!;
const speakerItem = (name: string) => speakerItems().find((li) => within(li).getByTestId('speaker-filter').textContent === name)!;

describe('codebook: speakers', SLOW, () => {
  it('adds a speaker with aliases, role and organisation; aliases show as chips', async () => {
    const { user, test } = await openCodebook([]);
    expect(screen.getByTestId('speakers').textContent).toContain('No speakers yet.');
    await user.click(screen.getByTestId('add-speaker'));
    await fill(user, screen.getByTestId('speaker-name'), '  فولوديمير فورونكوف ');
    await fill(user, screen.getByTestId('speaker-aliases'), 'Vladimir Voronkov\n\nفورونكوف\n');
    await fill(user, screen.getByTestId('speaker-role'), 'وكيل الأمين العام');
    await fill(user, screen.getByTestId('speaker-organisation'), 'مكتب مكافحة الإرهاب');
    await user.click(screen.getByTestId('speaker-save'));

    await waitFor(() => expect(speakerItems()).toHaveLength(1));
    expect(screen.queryByTestId('speaker-form')).toBeNull();
    const item = speakerItems()[0];
    expect(within(item).getByTestId('speaker-filter').textContent).toBe('فولوديمير فورونكوف');
    expect(within(item).getAllByRole('listitem').map((chip) => chip.textContent)).toEqual(['Vladimir Voronkov', 'فورونكوف']);
    expect(item.textContent).toContain('وكيل الأمين العام · مكتب مكافحة الإرهاب');
    expect(within(item).getByTestId('tag-count').textContent).toBe('0');
    expect(test.callsOf('tags.create')).toEqual([
      {
        kind: 'speaker',
        name: 'فولوديمير فورونكوف',
        aliases: ['Vladimir Voronkov', 'فورونكوف'],
        role: 'وكيل الأمين العام',
        organisation: 'مكتب مكافحة الإرهاب',
      },
    ]);
  });

  it('refuses a duplicate (after Arabic normalisation) with the message next to the field, keeping what was typed', async () => {
    const { user, test } = await openCodebook();
    await user.click(screen.getByTestId('add-speaker'));
    // Hamza and no hamza are the same name to Daftar.
    await fill(user, screen.getByTestId('speaker-name'), 'انطونيو غوتيريش');
    await fill(user, screen.getByTestId('speaker-role'), 'أمين عام');
    await user.click(screen.getByTestId('speaker-save'));

    const name = screen.getByTestId('speaker-name');
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    const message = document.getElementById(name.getAttribute('aria-describedby')!)!;
    expect(plain(message.textContent)).toBe('A speaker named "أنطونيو غوتيريش" already exists (it matches "انطونيو غوتيريش").');
    expect(name).toHaveProperty('value', 'انطونيو غوتيريش');
    expect(screen.getByTestId('speaker-role')).toHaveProperty('value', 'أمين عام');
    expect(speakerItems()).toHaveLength(2);

    // An alias that is another speaker's name is put next to the aliases.
    await user.clear(name);
    await fill(user, name, 'الأمين العام للأمم المتحدة');
    await fill(user, screen.getByTestId('speaker-aliases'), 'وزير الداخلية');
    await user.click(screen.getByTestId('speaker-save'));
    const aliases = screen.getByTestId('speaker-aliases');
    await waitFor(() => expect(aliases.getAttribute('aria-invalid')).toBe('true'));
    expect(name.getAttribute('aria-invalid')).toBeNull();
    expect(document.getElementById(aliases.getAttribute('aria-describedby')!)!.textContent).toContain('already exists');
    expect(test.callsOf('tags.create')).toHaveLength(2);
  });

  it('keeps a half-typed speaker while the analyst looks at the library tab', async () => {
    const { user } = await openCodebook([]);
    await user.click(screen.getByTestId('add-speaker'));
    await fill(user, screen.getByTestId('speaker-name'), 'فورونكوف');
    await user.click(screen.getByRole('tab', { name: 'Library' }));
    expect(screen.getByTestId('codebook').closest('[role="tabpanel"]')?.hasAttribute('hidden')).toBe(true);
    expect(screen.getAllByTestId('library-row')).toHaveLength(3);
    await user.click(screen.getByRole('tab', { name: 'Codebook' }));
    expect(screen.getByTestId('speaker-name')).toHaveProperty('value', 'فورونكوف');
  });

  it('checks empty, space-only and over-long names before sending anything', async () => {
    const { user, test } = await openCodebook([]);
    await user.click(screen.getByTestId('add-speaker'));
    await user.click(screen.getByTestId('speaker-save'));
    expect(screen.getByTestId('field-error').textContent).toBe('A name cannot be empty or only spaces.');
    await fill(user, screen.getByTestId('speaker-name'), '   ');
    await user.click(screen.getByTestId('speaker-save'));
    expect(screen.getByTestId('field-error').textContent).toBe('A name cannot be empty or only spaces.');
    fireEvent.change(screen.getByTestId('speaker-name'), { target: { value: 'ع'.repeat(201) } });
    await user.click(screen.getByTestId('speaker-save'));
    expect(screen.getByTestId('field-error').textContent).toBe('At most 200 characters (this has 201).');
    expect(test.callsOf('tags.create')).toEqual([]);
  });

  it('edits a speaker in place', async () => {
    const { user, test } = await openCodebook();
    await user.click(within(speakerItem('وزير الداخلية')).getByTestId('tag-edit'));
    const form = screen.getByTestId('speaker-form');
    expect(within(form).getByTestId('speaker-name')).toHaveProperty('value', 'وزير الداخلية');
    await fill(user, within(form).getByTestId('speaker-aliases'), 'الوزير');
    await user.click(within(form).getByTestId('speaker-save'));
    await waitFor(() => expect(screen.queryByTestId('speaker-form')).toBeNull());
    expect(within(speakerItem('وزير الداخلية')).getByRole('listitem').textContent).toBe('الوزير');
    expect(test.callsOf('tags.update')).toEqual([
      { id: test.tags.idOf('speaker', 'وزير الداخلية'), patch: { name: 'وزير الداخلية', aliases: ['الوزير'], role: null, organisation: null } },
    ]);
  });

  it('finds speakers by any alias, ignoring hamza and diacritics', async () => {
    const { user } = await openCodebook();
    const find = screen.getByTestId('find-speaker');
    await fill(user, find, 'غوتيريس');
    expect(speakerItems().map((li) => within(li).getByTestId('speaker-filter').textContent)).toEqual(['أنطونيو غوتيريش']);
    await user.clear(find);
    await fill(user, find, 'انطونيو');
    expect(speakerItems()).toHaveLength(1);
    await user.clear(find);
    await fill(user, find, 'guterres');
    expect(speakerItems()).toHaveLength(1);
    await user.clear(find);
    await fill(user, find, 'لا أحد');
    expect(speakerItems()).toHaveLength(0);
    expect(screen.getByTestId('speakers').textContent).toContain('Nothing matches “\u2068لا أحد\u2069”.');
  });

  it('merges one speaker into another: aliases combine and the quotes move', async () => {
    const { user, test } = await openCodebook();
    await user.click(within(speakerItem('وزير الداخلية')).getByTestId('tag-merge'));
    const dialog = screen.getByTestId('merge-tag-dialog');
    expect(plain(dialog.textContent)).toContain('Merge “وزير الداخلية” into…');
    expect(dialog.textContent).toContain('Quotes that move: 1.');
    await user.selectOptions(within(dialog).getByTestId('merge-target'), test.tags.idOf('speaker', 'أنطونيو غوتيريش'));
    await user.click(within(dialog).getByTestId('merge-tag-confirm'));

    await waitFor(() => expect(speakerItems()).toHaveLength(1));
    const merged = speakerItem('أنطونيو غوتيريش');
    expect(within(merged).getAllByRole('listitem').map((c) => c.textContent)).toEqual(['غوتيريس', 'Antonio Guterres', 'وزير الداخلية']);
    expect(within(merged).getByTestId('tag-count').textContent).toBe('3');
    expect(plain(screen.getByTestId('codebook-status').textContent)).toBe('Merged “وزير الداخلية” into “أنطونيو غوتيريش”.');
  });

  it('deletes a speaker after a confirmation that counts the quotes affected', async () => {
    const { user, test } = await openCodebook();
    await user.click(within(speakerItem('أنطونيو غوتيريش')).getByTestId('tag-delete'));
    const dialog = screen.getByRole('alertdialog');
    expect(plain(dialog.textContent)).toContain('Delete the speaker “أنطونيو غوتيريش”?');
    expect(within(dialog).getByTestId('delete-tag-count').textContent).toBe('Quotes affected: 2. They keep their text but lose this speaker.');
    expect(dialog.textContent).toContain('undo');
    // Cancel changes nothing; the confirmation deletes.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(test.callsOf('tags.delete')).toEqual([]);
    await user.click(within(speakerItem('أنطونيو غوتيريش')).getByTestId('tag-delete'));
    await user.click(within(screen.getByRole('alertdialog')).getByTestId('delete-tag-confirm'));
    await waitFor(() => expect(speakerItems()).toHaveLength(1));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(plain(screen.getByTestId('codebook-status').textContent)).toBe('Deleted “أنطونيو غوتيريش”; quotes affected: 2.');
  });
});

describe('codebook: themes', SLOW, () => {
  it('renders the tree with depth, UI-language labels, counts, descriptions and number keys 1–9', async () => {
    const many: TagSeed[] = Array.from({ length: 8 }, (_, i) => ({ kind: 'theme', name: `موضوع ${i + 1}` }));
    await openCodebook([...THEMES, ...many]);
    const rows = themeItems();
    expect(rows.map((li) => [within(li).getByTestId('theme-filter').textContent, li.dataset.depth])).toEqual([
      ['Security', '0'],
      ['Borders', '1'],
      ['تهريب', '2'],
      ['Youth', '0'],
      ...many.map((m) => [m.name, '0']),
    ]);
    expect(rows.map((li) => within(li).queryByTestId('number-key')?.textContent ?? null)).toEqual([
      '1', '2', '3', '4', '5', '6', '7', '8', '9', null, null, null,
    ]);
    expect(within(rows[1]).getByTestId('tag-count').textContent).toBe('2');
    expect(rows[0].textContent).toContain('Everything about security');
    expect(within(rows[0]).getByTestId('theme-filter').getAttribute('title')).toContain('Everything about security');
    expect((rows[0].querySelector('.swatch') as HTMLElement).style.background).not.toBe('');
  });

  it('shows Arabic labels in the Arabic UI, falling back to the name', async () => {
    await openCodebook(THEMES, 'ar');
    expect(themeItems().map((li) => within(li).getByTestId('theme-filter').textContent)).toEqual(['الأمن', 'حدود', 'تهريب', 'شباب']);
  });

  it('adds a theme under a parent with labels, a palette colour and a description', async () => {
    const { user, test } = await openCodebook(THEMES);
    await user.click(screen.getByTestId('add-theme'));
    const form = screen.getByTestId('theme-form');
    await fill(user, within(form).getByTestId('theme-name'), 'هجرة');
    await fill(user, within(form).getByTestId('theme-labelEn'), 'Migration');
    await fill(user, within(form).getByTestId('theme-description'), 'Crossings and asylum');
    await user.click(within(form).getByRole('radio', { name: 'Colour #c7a4ff' }));
    await user.selectOptions(within(form).getByTestId('theme-parent'), test.tags.idOf('theme', 'حدود'));
    await user.click(within(form).getByTestId('theme-save'));
    await waitFor(() => expect(themeItem('Migration')).toBeDefined());
    expect(themeItem('Migration').dataset.depth).toBe('2');
    expect(test.callsOf('tags.create')).toEqual([
      { kind: 'theme', name: 'هجرة', labelAr: null, labelEn: 'Migration', description: 'Crossings and asylum', color: '#c7a4ff', parentId: test.tags.idOf('theme', 'حدود') },
    ]);
  });

  it('re-parents with the keyboard through "Move…", never offering the theme’s own sub-themes', async () => {
    const { user, test } = await openCodebook(THEMES);
    await user.click(within(themeItem('Youth')).getByTestId('tag-move'));
    const select = within(themeItem('Youth')).getByTestId('move-under-select') as HTMLSelectElement;
    expect(document.activeElement).toBe(select);
    await user.selectOptions(select, test.tags.idOf('theme', 'تهريب'));
    // Tab to "Move" and press Enter: no mouse needed.
    await user.keyboard('{Tab}{Enter}');
    await waitFor(() => expect(themeItem('Youth').dataset.depth).toBe('3'));
    expect(test.callsOf('tags.update')).toEqual([{ id: test.tags.idOf('theme', 'شباب'), patch: { parentId: test.tags.idOf('theme', 'تهريب') } }]);

    // Security's own subtree cannot be chosen; top level can.
    await user.click(within(themeItem('Security')).getByTestId('tag-move'));
    const options = [...(within(themeItem('Security')).getByTestId('move-under-select') as HTMLSelectElement).options];
    expect(options.filter((o) => o.disabled).map((o) => o.textContent?.trim())).toEqual(['Security', 'Borders', 'تهريب', 'Youth']);
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('move-under')).toBeNull();
  });

  it('drops a theme onto another (becomes its child) and onto the root area (top level)', async () => {
    const { test } = await openCodebook(THEMES);
    const drag = (from: HTMLElement, to: HTMLElement) => {
      fireEvent.dragStart(from);
      fireEvent.dragOver(to);
      fireEvent.drop(to);
      fireEvent.dragEnd(from);
    };
    drag(themeItem('Youth'), themeItem('Security'));
    await waitFor(() => expect(themeItem('Youth').dataset.depth).toBe('1'));
    drag(themeItem('تهريب'), screen.getByTestId('theme-drop-root'));
    await waitFor(() => expect(themeItem('تهريب').dataset.depth).toBe('0'));
    expect(test.callsOf('tags.update')).toEqual([
      { id: test.tags.idOf('theme', 'شباب'), patch: { parentId: test.tags.idOf('theme', 'أمن') } },
      { id: test.tags.idOf('theme', 'تهريب'), patch: { parentId: null } },
    ]);
  });

  it('refuses a drop that would make a cycle, with the application’s message, and changes nothing', async () => {
    await openCodebook(THEMES);
    fireEvent.dragStart(themeItem('Security'));
    fireEvent.dragOver(themeItem('تهريب'));
    fireEvent.drop(themeItem('تهريب'));
    const error = await screen.findByTestId('move-error');
    expect(error.textContent).toContain('\u2068Security\u2069');
    expect(plain(error.textContent)).toBe(
      'Could not move “Security”: "تهريب" is inside this theme already; a theme cannot be placed under itself or its own sub-themes.',
    );
    expect(themeItems().map((li) => li.dataset.depth)).toEqual(['0', '1', '2', '0']);
  });

  it('says a refusal in Arabic in the Arabic UI', async () => {
    const { user } = await openCodebook(THEMES, 'ar');
    fireEvent.dragStart(themeItem('الأمن'));
    fireEvent.dragOver(themeItem('حدود'));
    fireEvent.drop(themeItem('حدود'));
    expect(plain((await screen.findByTestId('move-error')).textContent)).toBe(
      'تعذّر نقل «الأمن»: «حدود» داخل هذا الموضوع أصلًا؛ لا يوضع موضوع تحت نفسه ولا تحت موضوعاته الفرعية.',
    );
    await user.click(screen.getByTestId('add-theme'));
    await fill(user, screen.getByTestId('theme-name'), 'امن');
    await user.click(screen.getByTestId('theme-save'));
    expect(plain((await screen.findAllByTestId('field-error'))[0].textContent)).toBe('يوجد موضوع باسم «أمن» من قبل (يطابق «امن»).');
  });

  it('deletes a theme with the count of quotes affected; its sub-themes move up', async () => {
    const { user } = await openCodebook(THEMES);
    await user.click(within(themeItem('Borders')).getByTestId('tag-delete'));
    expect(within(screen.getByRole('alertdialog')).getByTestId('delete-tag-count').textContent).toBe(
      'Quotes affected: 2. They keep their text but lose this theme; its sub-themes move up one level.',
    );
    await user.click(screen.getByTestId('delete-tag-confirm'));
    await waitFor(() => expect(themeItem('Borders')).toBeUndefined());
    expect(themeItem('تهريب').dataset.depth).toBe('1');
  });

  it('merges a theme into another, never into its own sub-themes', async () => {
    const { user, test } = await openCodebook(THEMES);
    await user.click(within(themeItem('Security')).getByTestId('tag-merge'));
    const choices = [...(screen.getByTestId('merge-target') as HTMLSelectElement).options].map((o) => o.textContent?.trim());
    expect(choices).toEqual(['Youth']);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    await user.click(within(themeItem('Youth')).getByTestId('tag-merge'));
    await user.selectOptions(screen.getByTestId('merge-target'), test.tags.idOf('theme', 'حدود'));
    await user.click(screen.getByTestId('merge-tag-confirm'));
    await waitFor(() => expect(themeItem('Youth')).toBeUndefined());
    expect(within(themeItem('Borders')).getByTestId('tag-count').textContent).toBe('5');
  });
});

describe('codebook filter narrows the library', SLOW, () => {
  it('clicking a speaker filters the library (chip with ×), clicking again or × clears it', async () => {
    const { user, test } = await openCodebook();
    const guterres = () => within(speakerItem('أنطونيو غوتيريش')).getByTestId('speaker-filter');
    await user.click(guterres());
    expect(guterres().getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('tab', { name: /Library/ }).textContent).toContain('filter on');
    await waitFor(() => expect(test.callsOf('articles.list').at(-1)).toMatchObject({ speakerId: test.tags.idOf('speaker', 'أنطونيو غوتيريش') }));

    await user.click(screen.getByRole('tab', { name: /Library/ }));
    expect(screen.getByTestId('library-filter').textContent).toContain('Speaker: \u2068أنطونيو غوتيريش\u2069');
    await waitFor(() => expect(screen.getAllByTestId('library-row').map((r) => r.querySelector('.row-title')?.textContent)).toEqual(['جلسة مجلس الأمن', 'مؤتمر الحدود']));
    expect(screen.getByTestId('article-count').textContent).toBe('Articles: 2');

    await user.click(screen.getByTestId('library-filter-clear'));
    await waitFor(() => expect(screen.getAllByTestId('library-row')).toHaveLength(3));
    expect(screen.queryByTestId('library-filter')).toBeNull();

    // Click again clears too.
    await user.click(screen.getByRole('tab', { name: 'Codebook' }));
    await user.click(guterres());
    await user.click(guterres());
    expect(guterres().getAttribute('aria-pressed')).toBe('false');
    expect(test.callsOf('articles.list').at(-1)).toMatchObject({ speakerId: null, themeId: null });
  });

  it('a theme filter includes its sub-themes; speaker and theme filters combine; no match says so', async () => {
    const { user, test } = await openCodebook();
    await user.click(within(themeItem('Borders')).getByTestId('theme-filter'));
    await user.click(screen.getByRole('tab', { name: /Library/ }));
    // Borders has quotes in مؤتمر الحدود; its sub-theme تهريب in جلسة مجلس الأمن.
    await waitFor(() => expect(screen.getAllByTestId('library-row')).toHaveLength(2));
    expect(screen.getByTestId('library-filter').textContent).toContain('Theme: \u2068Borders\u2069');

    await user.click(screen.getByRole('tab', { name: 'Codebook' }));
    await user.click(within(speakerItem('وزير الداخلية')).getByTestId('speaker-filter'));
    await user.click(screen.getByRole('tab', { name: /Library/ }));
    await waitFor(() => expect(screen.getAllByTestId('library-row')).toHaveLength(1));
    expect(screen.getByTestId('library-filter').textContent).toContain('Speaker: \u2068وزير الداخلية\u2069');

    await user.click(screen.getByRole('tab', { name: 'Codebook' }));
    await user.click(within(themeItem('Youth')).getByTestId('theme-filter'));
    await user.click(screen.getByRole('tab', { name: /Library/ }));
    expect(await screen.findByTestId('library-no-matches')).toBeDefined();
    expect(test.callsOf('articles.list').at(-1)).toMatchObject({ speakerId: test.tags.idOf('speaker', 'وزير الداخلية'), themeId: test.tags.idOf('theme', 'شباب') });
  });

  it('deleting the filtered speaker drops the filter and the library shows everything again', async () => {
    const { user } = await openCodebook();
    await user.click(within(speakerItem('وزير الداخلية')).getByTestId('speaker-filter'));
    await user.click(within(speakerItem('وزير الداخلية')).getByTestId('tag-delete'));
    await user.click(screen.getByTestId('delete-tag-confirm'));
    await waitFor(() => expect(speakerItems()).toHaveLength(1));
    await user.click(screen.getByRole('tab', { name: 'Library' }));
    await waitFor(() => expect(screen.getAllByTestId('library-row')).toHaveLength(3));
    expect(screen.queryByTestId('library-filter')).toBeNull();
  });
});
