import { section } from '../strings';

/** UI strings of this feature; mounted as `searching.*` in both languages. */
export const searching = section({
  ar: {
    title: 'البحث',
  },
  en: {
    title: 'Search',
  },
});
