import { storage } from 'wxt/utils/storage';

/** What the reader chose: where the companion is paused, and how quickly a hover opens a card. */
export interface Settings {
  /** Paused everywhere. */
  paused: boolean;
  /** Hostnames where it is paused. */
  pausedSites: string[];
  /** How long the pointer must rest on a highlight before its card opens. */
  hoverDelayMs: number;
}

export const DEFAULT_SETTINGS: Settings = { paused: false, pausedSites: [], hoverDelayMs: 500 };

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export function isPausedOn(settings: Settings, hostname: string): boolean {
  return settings.paused || settings.pausedSites.includes(hostname);
}

/** Pauses or resumes one site; returns the new settings. */
export async function toggleSite(hostname: string): Promise<Settings> {
  const current = await settingsItem.getValue();
  const pausedSites = current.pausedSites.includes(hostname)
    ? current.pausedSites.filter((h) => h !== hostname)
    : [...current.pausedSites, hostname];
  const next = { ...current, pausedSites };
  await settingsItem.setValue(next);
  return next;
}

export async function toggleGlobal(): Promise<Settings> {
  const current = await settingsItem.getValue();
  const next = { ...current, paused: !current.paused };
  await settingsItem.setValue(next);
  return next;
}
