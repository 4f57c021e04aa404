import { describe, expect, it } from 'vitest';
import type { Tag } from '../../../../shared/contract/index';
import { themeTree } from '../../state/codebook-store';
import { matchesQuery, numberKeys, subtreeIds, tagLabel, visibleTree } from './tag-text';
import { checkFields, fieldOfServerError, localiseServerError, splitAliases } from './validate';

const tag = (over: Partial<Tag>): Tag => ({
  id: 'x',
  kind: 'theme',
  name: 'x',
  labelAr: null,
  labelEn: null,
  description: null,
  color: null,
  parentId: null,
  role: null,
  organisation: null,
  aliases: [],
  position: 0,
  count: 0,
  ...over,
});

describe('codebook text helpers', () => {
  it('labels follow the UI language and fall back to the name', () => {
    const t = tag({ name: 'إرهاب', labelAr: 'الإرهاب', labelEn: 'Terrorism' });
    expect(tagLabel(t, 'ar')).toBe('الإرهاب');
    expect(tagLabel(t, 'en')).toBe('Terrorism');
    expect(tagLabel({ ...t, labelEn: '  ' }, 'en')).toBe('إرهاب');
  });

  it('matches names, aliases and labels after Arabic normalisation', () => {
    const t = tag({ kind: 'speaker', name: 'أنطونيو غوتيريش', aliases: ['غوتيريس', 'Antonio Guterres'] });
    expect(matchesQuery(t, 'انطونيو')).toBe(true);
    expect(matchesQuery(t, 'غُوتيريس')).toBe(true); // a damma typed in does not matter
    expect(matchesQuery(t, 'GUTERRES')).toBe(true);
    expect(matchesQuery(t, '  ')).toBe(true);
    expect(matchesQuery(t, 'فورونكوف')).toBe(false);
  });

  it('keeps ancestors of matches in a filtered tree, numbers the first nine themes, finds subtrees', () => {
    const tags = [
      tag({ id: 'a', name: 'أمن', position: 0 }),
      tag({ id: 'b', name: 'حدود', parentId: 'a', position: 1 }),
      tag({ id: 'c', name: 'تهريب', parentId: 'b', position: 2 }),
      tag({ id: 'd', name: 'شباب', position: 3 }),
    ];
    const tree = themeTree(tags);
    expect(visibleTree(tree, 'تهريب').map((r) => r.tag.id)).toEqual(['a', 'b', 'c']);
    expect([...numberKeys(tree)]).toEqual([['a', 1], ['b', 2], ['c', 3], ['d', 4]]);
    expect([...subtreeIds(tags, 'b')].sort()).toEqual(['b', 'c']);
  });
});

describe('codebook form checks', () => {
  it('splits aliases one a line and checks the contract limits', () => {
    expect(splitAliases(' غوتيريس \n\n Guterres\r\n')).toEqual(['غوتيريس', 'Guterres']);
    expect(checkFields({ name: ' ' })).toEqual({ name: { key: 'codebook.nameEmpty' } });
    expect(checkFields({ name: 'ا'.repeat(200), role: 'ب'.repeat(201) })).toEqual({
      role: { key: 'codebook.tooLong', values: { max: 200, count: 201 } },
    });
    expect(checkFields({ name: 'n', aliases: Array.from({ length: 101 }, (_, i) => `a${i}`) }).aliases).toMatchObject({ key: 'codebook.tooManyAliases' });
  });

  it('routes a duplicate refusal to the name or to the aliases', () => {
    const message = (m: string) => `A speaker named "X" already exists (it matches "${m}").`;
    expect(fieldOfServerError(message('غوتيريش'), ' غوتيريش ', [])).toBe('name');
    expect(fieldOfServerError(message('Guterres'), 'غوتيريش', ['Guterres'])).toBe('aliases');
    expect(fieldOfServerError('Something else went wrong.', 'غوتيريش', [])).toBe('form');
  });
});

describe('application refusals in the UI language', () => {
  it('turns the duplicate and cycle messages into i18n messages, and leaves others as written', () => {
    expect(localiseServerError('A theme named "أمن" already exists (it matches "امن").')).toEqual({
      key: 'codebook.duplicateTheme',
      values: { name: '\u2068أمن\u2069', typed: '\u2068امن\u2069' },
    });
    expect(localiseServerError('"حدود" is inside this theme already; a theme cannot be placed under itself or its own sub-themes.')).toEqual({
      key: 'codebook.cycle',
      values: { name: '\u2068حدود\u2069' },
    });
    expect(localiseServerError('Disk full.')).toBe('Disk full.');
  });
});
