import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/index';
import { historyLabel } from './history-label';

const FSI = '\u2068';
const LRI = '\u2066';
const PDI = '\u2069';

describe('historyLabel (the undo button and its tooltip)', () => {
  const ar = createI18n('ar').t;
  const en = createI18n('en').t;

  it('isolates the names of speakers and themes, and the title of an edited article', () => {
    expect(historyLabel('merge speaker Kofi Annan 2 into كوفي عنان', ar)).toBe(`دمج المتحدث ${FSI}Kofi Annan 2${PDI} في ${FSI}كوفي عنان${PDI}`);
    expect(historyLabel('create theme مياه', en)).toBe(`create theme ${FSI}مياه${PDI}`);
    expect(historyLabel('Edit details of “UN report 2024”', ar)).toBe(`تعديل بيانات «${FSI}UN report 2024${PDI}»`);
  });

  it('lays out a merged project file left to right (its extension stays after its name)', () => {
    expect(historyLabel('merge /home/سارة/أرشيف.sqlite', ar)).toBe(`دمج ${LRI}/${LRI}home${PDI}/${LRI}سارة${PDI}/${LRI}أرشيف.sqlite${PDI}${PDI}`);
  });

  it('leaves labels without names as they are', () => {
    expect(historyLabel('create highlight', en)).toBe('create highlight');
  });
});
