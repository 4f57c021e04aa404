import { section } from '../strings';

/** UI strings of this feature; mounted as `suggestions.*` in both languages. */
export const suggestions = section({
  ar: {
    title: 'الاقتراحات',
  },
  en: {
    title: 'Suggestions',
  },
});
