import en from '../locales/en.json';
import ar from '../locales/ar.json';

/**
 * UI strings come from locales/*.json, the files @wxt-dev/i18n also turns into the browser's _locales (for the
 * manifest). browser.i18n cannot switch language at run time, and the panel offers a switch, so the UI reads the
 * same files here and picks the language itself.
 */
export type Lang = 'en' | 'ar';
export const LANGS: readonly Lang[] = ['en', 'ar'];

type Messages = Record<string, unknown>;
const MESSAGES: Record<Lang, Messages> = { en, ar };

export type Translate = (key: string, ...substitutions: string[]) => string;

/** Message names allow only [A-Za-z0-9_], so the lexicon's hyphenated keys (first-flight) are looked up with _. */
function lookup(messages: Messages, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.replace(/-/g, '_').split('.')) node = (node as Messages | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}

export function translator(lang: Lang): Translate {
  return (key, ...subs) => {
    const message = lookup(MESSAGES[lang], key) ?? lookup(MESSAGES.en, key) ?? key;
    return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
}

/** The browser's UI language if we speak it, else English. */
export function defaultLang(uiLanguage: string | undefined): Lang {
  return uiLanguage?.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

export const dirOf = (lang: Lang): 'rtl' | 'ltr' => (lang === 'ar' ? 'rtl' : 'ltr');
