import { storage } from 'wxt/utils/storage';
import { SETTINGS_KEY, validSettings, type Settings } from './settings';

// The extension's pages read and write the settings through a storage item; the content script reads them with
// the reader's entries in one plain storage read (reader-state.ts), and so carries no storage library.
const stored = storage.defineItem<Partial<Settings>>(`local:${SETTINGS_KEY}`, { fallback: {}, version: 1 });

/** Settings as stored, checked and completed with defaults (validSettings): a new field needs no migration. */
export const settingsItem = {
  getValue: async (): Promise<Settings> => validSettings(await stored.getValue()),
  setValue: (value: Settings): Promise<void> => stored.setValue(value),
  watch: (cb: (value: Settings) => void): (() => void) => stored.watch((v) => cb(validSettings(v))),
};

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
