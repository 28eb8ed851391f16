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

/**
 * Message names allow only [A-Za-z0-9_], so the lexicon's hyphenated keys (first-flight) are looked up with _.
 * A message that counts is an object of plural forms (zero, one, two, few, many, other: Arabic uses all six),
 * chosen by Intl.PluralRules for the number in its first substitution.
 */
function lookup(messages: Messages, key: string, plural: Intl.PluralRules, count: string | undefined): string | undefined {
  let node: unknown = messages;
  for (const part of key.replace(/-/g, '_').split('.')) node = (node as Messages | undefined)?.[part];
  if (node && typeof node === 'object' && count !== undefined) {
    const forms = node as Record<string, unknown>;
    node = forms[plural.select(Number(count))] ?? forms.other;
  }
  return typeof node === 'string' ? node : undefined;
}

const PLURALS: Record<Lang, Intl.PluralRules> = { en: new Intl.PluralRules('en'), ar: new Intl.PluralRules('ar') };

export function translator(lang: Lang): Translate {
  return (key, ...subs) => {
    const message = lookup(MESSAGES[lang], key, PLURALS[lang], subs[0]) ?? lookup(MESSAGES.en, key, PLURALS.en, subs[0]) ?? key;
    return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
}

/** The browser's UI language if we speak it, else English. */
export function defaultLang(uiLanguage: string | undefined): Lang {
  return uiLanguage?.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

/**
 * Wraps text that keeps its own direction (a keyboard shortcut, a file name) in Unicode isolates, so that it reads
 * as one piece inside a message of either direction: «Alt+Shift+Period / Alt+Shift+Comma» stays in its order in Arabic.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

export const dirOf = (lang: Lang): 'rtl' | 'ltr' => (lang === 'ar' ? 'rtl' : 'ltr');
