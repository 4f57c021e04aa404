import { section } from '../strings';

/** UI strings of this feature; mounted as `importing.*` in both languages. */
export const importing = section({
  ar: {
    title: 'الاستيراد',
  },
  en: {
    title: 'Import',
  },
});
