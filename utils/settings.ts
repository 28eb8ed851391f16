import type { EntityType } from '@/lexicon/schema';
import { defaultLang, type Lang } from '@/components/i18n';

/** What the reader chose: where the companion is paused, and how quickly a hover opens a card. */
export interface Settings {
  /** Paused everywhere. */
  paused: boolean;
  /** Hostnames where it is paused. */
  pausedSites: string[];
  /** How long the pointer must rest on a highlight before its card opens. */
  hoverDelayMs: number;
  /** Entries the reader switched off: never tagged. */
  disabledIds: string[];
  /** Whole kinds of entries the reader switched off. */
  disabledTypes: EntityType[];
  /** Highlight colours the reader chose, as #rrggbb, by type; the others keep theirs. */
  colours: Partial<Record<EntityType, string>>;
  /** Language of the extension's pages; 'auto' follows the browser. */
  uiLanguage: 'auto' | 'en' | 'ar';
  /** Underline, quietly, the names on a page that the lexicon lacks (the side panel lists them either way). */
  showCandidates: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  pausedSites: [],
  hoverDelayMs: 500,
  disabledIds: [],
  disabledTypes: [],
  colours: {},
  uiLanguage: 'auto',
  showCandidates: false,
};

/** The key of the settings in local storage. */
export const SETTINGS_KEY = 'settings';

/** The settings in a snapshot of local storage, completed with defaults. */
export function settingsFrom(values: Record<string, unknown>): Settings {
  return { ...DEFAULT_SETTINGS, ...(values[SETTINGS_KEY] as Partial<Settings> | undefined) };
}

export function isPausedOn(settings: Settings, hostname: string): boolean {
  return settings.paused || settings.pausedSites.includes(hostname);
}

/** The language of the extension's pages: the reader's choice, else the browser's. */
export function uiLangOf(settings: Settings | null, browserLanguage: string): Lang {
  return settings && settings.uiLanguage !== 'auto' ? settings.uiLanguage : defaultLang(browserLanguage);
}
