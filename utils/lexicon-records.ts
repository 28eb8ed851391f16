import { browser } from 'wxt/browser';
import type { UserRecord } from '@/lexicon/user-lexicon';
import { watchLocalKeys } from './storage-watch';

/** Storage keys of the reader's entries: one per entry. */
export const RECORD_PREFIX = 'lexicon:';

/** The reader's records as stored, current version only (see recordsFrom). */
export async function readRecords(): Promise<UserRecord[]> {
  return recordsFrom(await browser.storage.local.get(null));
}

/**
 * The current-version records in a snapshot of local storage, without validating them again: the settings page
 * validated each one before writing it, and the background upgrades old versions when it starts. The content
 * script reads records this way, so it carries no validator.
 */
export function recordsFrom(values: Record<string, unknown>): UserRecord[] {
  return recordEntriesOf(values)
    .filter(([, value]) => (value as { v?: unknown })?.v === 1)
    .map(([, value]) => value as UserRecord);
}

/** Every stored record as it is, with its storage key. */
export async function storedRecords(): Promise<[key: string, value: unknown][]> {
  return recordEntriesOf(await browser.storage.local.get(null));
}

const recordEntriesOf = (values: Record<string, unknown>) => Object.entries(values).filter(([key]) => key.startsWith(RECORD_PREFIX));

/** Calls back whenever any record changes, from this page or another. */
export const watchRecords = (cb: () => void): (() => void) => watchLocalKeys((key) => key.startsWith(RECORD_PREFIX), cb);
