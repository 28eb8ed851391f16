import * as v from 'valibot';
import { ENTITY_TYPES, type EntityType } from '@/lexicon/schema';
import { defaultLang, type Lang } from '@/utils/i18n';

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

/** What each stored field must be; anything else in storage (an old version's field, a broken value) is ignored. */
const FIELDS: { [K in keyof Settings]: v.GenericSchema<unknown, Settings[K]> } = {
  paused: v.boolean(),
  pausedSites: v.array(v.string()),
  hoverDelayMs: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(5000)),
  disabledIds: v.array(v.string()),
  disabledTypes: v.array(v.picklist(ENTITY_TYPES)),
  colours: v.record(v.picklist(ENTITY_TYPES), v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i))) as v.GenericSchema<unknown, Settings['colours']>,
  uiLanguage: v.picklist(['auto', 'en', 'ar']),
  showCandidates: v.boolean(),
};

/**
 * Settings as stored, checked field by field and completed with defaults: a field that is missing (added by a later
 * version) or broken falls back to its default alone, and the reader's other choices stand.
 */
export function validSettings(stored: unknown): Settings {
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (stored && typeof stored === 'object') {
    for (const [key, schema] of Object.entries(FIELDS)) {
      const parsed = v.safeParse(schema, (stored as Record<string, unknown>)[key]);
      if (parsed.success) out[key] = parsed.output;
    }
  }
  return out as unknown as Settings;
}

/** The settings in a snapshot of local storage. */
export const settingsFrom = (values: Record<string, unknown>): Settings => validSettings(values[SETTINGS_KEY]);

export function isPausedOn(settings: Settings, hostname: string): boolean {
  return settings.paused || settings.pausedSites.includes(hostname);
}

/** The language of the extension's pages: the reader's choice, else the browser's. */
export function uiLangOf(settings: Settings | null, browserLanguage: string): Lang {
  return settings && settings.uiLanguage !== 'auto' ? settings.uiLanguage : defaultLang(browserLanguage);
}
