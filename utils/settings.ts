import { storage } from 'wxt/utils/storage';
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
}

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  pausedSites: [],
  hoverDelayMs: 500,
  disabledIds: [],
  disabledTypes: [],
  colours: {},
  uiLanguage: 'auto',
};

/** The key of the settings in local storage. */
export const SETTINGS_KEY = 'settings';

// Pure: a bundle that only reads stored values (the content script, through settingsFrom) drops the item, and
// with it the storage read WXT makes whenever an item is defined.
const stored = /* @__PURE__ */ storage.defineItem<Partial<Settings>>(`local:${SETTINGS_KEY}`, { fallback: {}, version: 1 });

/** The settings in a snapshot of local storage, completed with defaults. */
export function settingsFrom(values: Record<string, unknown>): Settings {
  return { ...DEFAULT_SETTINGS, ...(values[SETTINGS_KEY] as Partial<Settings> | undefined) };
}

/** Settings as stored, completed with defaults: fields added by later versions need no migration to be read. */
export const settingsItem = {
  getValue: async (): Promise<Settings> => ({ ...DEFAULT_SETTINGS, ...(await stored.getValue()) }),
  setValue: (value: Settings): Promise<void> => stored.setValue(value),
  watch: (cb: (value: Settings) => void): (() => void) => stored.watch((v) => cb({ ...DEFAULT_SETTINGS, ...v })),
};

export function isPausedOn(settings: Settings, hostname: string): boolean {
  return settings.paused || settings.pausedSites.includes(hostname);
}

/** Reads, changes and stores the settings; returns the new settings. */
export async function update(change: (s: Settings) => Partial<Settings>): Promise<Settings> {
  const current = await settingsItem.getValue();
  const next = { ...current, ...change(current) };
  await settingsItem.setValue(next);
  return next;
}

const toggled = (list: string[], item: string) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

/** Pauses or resumes one site. */
export const toggleSite = (hostname: string) => update((s) => ({ pausedSites: toggled(s.pausedSites, hostname) }));

export const toggleGlobal = () => update((s) => ({ paused: !s.paused }));

/** Switches an entry off in the lexicon, or back on. */
export const toggleDisabled = (id: string) => update((s) => ({ disabledIds: toggled(s.disabledIds, id) }));

/** The language of the extension's pages: the reader's choice, else the browser's. */
export function uiLangOf(settings: Settings | null, browserLanguage: string): Lang {
  return settings && settings.uiLanguage !== 'auto' ? settings.uiLanguage : defaultLang(browserLanguage);
}
