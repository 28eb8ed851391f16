import { browser } from 'wxt/browser';
import type { UserRecord } from '@/lexicon/user-lexicon';
import { RECORD_PREFIX, recordsFrom } from './lexicon-records';
import { SETTINGS_KEY, settingsFrom, type Settings } from './settings';
import { watchLocalKeys } from './storage-watch';

/** What the content script needs from storage: the reader's settings and entries. */
export interface ReaderState {
  settings: Settings;
  records: UserRecord[];
}

/**
 * Both in one storage read: every round trip to the browser delays the first highlights of every page. A read
 * made earlier (while the page loaded) is used when given, unless it failed.
 */
export async function readReaderState(early?: Promise<Record<string, unknown>>): Promise<ReaderState> {
  const values: Record<string, unknown> = (await early?.catch(() => undefined)) ?? (await browser.storage.local.get(null));
  return { settings: settingsFrom(values), records: recordsFrom(values) };
}

/** Calls back whenever the settings or any of the reader's entries change. */
export const watchReaderState = (cb: () => void): (() => void) => watchLocalKeys((key) => key === SETTINGS_KEY || key.startsWith(RECORD_PREFIX), cb);
