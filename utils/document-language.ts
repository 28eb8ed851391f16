import { dirOf, translator, type Lang } from './i18n';

/**
 * Gives an extension page the reader's language: `lang` and `dir` on the root, so screen readers pronounce it and
 * the browser lays it out, and its title translated (`title.<page>` in locales/).
 */
export function setDocumentLanguage(lang: Lang, page: 'panel' | 'options' | 'popup' | 'welcome'): void {
  const root = document.documentElement;
  root.lang = lang;
  root.dir = dirOf(lang);
  document.title = translator(lang)(`title.${page}`);
}
