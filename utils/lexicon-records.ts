import { browser } from 'wxt/browser';
import type { UserRecord } from '@/lexicon/user-lexicon';

/** Storage keys of the reader's entries: one per entry. */
export const RECORD_PREFIX = 'lexicon:';

/**
 * The reader's records as stored, current version only, without validating them again: the settings page
 * validated each one before writing it, and the background upgrades old versions when it starts. This is the
 * content script's reader, which must stay small.
 */
export async function readRecords(): Promise<UserRecord[]> {
  return (await storedRecords())
    .filter(([, value]) => (value as { v?: unknown })?.v === 1)
    .map(([, value]) => value as UserRecord);
}

/** Every stored record as it is, with its storage key. */
export async function storedRecords(): Promise<[key: string, value: unknown][]> {
  return Object.entries(await browser.storage.local.get(null)).filter(([key]) => key.startsWith(RECORD_PREFIX));
}

/** Calls back whenever any record changes, from this page or another. */
export function watchRecords(cb: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((k) => k.startsWith(RECORD_PREFIX))) cb();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
