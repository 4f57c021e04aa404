import { section } from '../strings';

/** UI strings of this feature; mounted as `share.*` in both languages. */
export const share = section({
  ar: {
    title: 'التصدير والمشاركة',
  },
  en: {
    title: 'Export and share',
  },
});
