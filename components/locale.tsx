import { createContext, type ComponentChildren } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { translator, type Lang, type Translate } from '@/utils/i18n';

/** The language the extension's UI speaks, and its messages in that language. */
export interface Locale {
  lang: Lang;
  t: Translate;
}

// Outside a provider (a component rendered alone in a test), the UI speaks English.
const LocaleContext = createContext<Locale>({ lang: 'en', t: translator('en') });

/** Gives the components inside it the reader's language, so that no component passes it on by hand. */
export function LocaleProvider({ lang, children }: { lang: Lang; children: ComponentChildren }) {
  const locale = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export const useLocale = (): Locale => useContext(LocaleContext);
