import { browser } from 'wxt/browser';
import { migrateRecord, type UserRecord } from '@/lexicon/user-lexicon';
import type { StoreChange } from '@/lexicon/pack';
import { RECORD_PREFIX, storedRecords } from './lexicon-records';

/*
 * The reader's lexicon in browser.storage.local, one key per entry. Two settings pages editing different
 * entries never overwrite each other, and a change is one storage call that succeeds or fails whole.
 */

const keyOf = (id: string) => RECORD_PREFIX + id;

export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super("The browser has no room left for the extension's data, so nothing was saved. Remove some entries you added or imported, then try again.");
    this.name = 'StorageFullError';
    this.cause = cause;
  }
}

/** Every stored record, upgraded to the current version; unreadable ones are skipped. */
export async function loadRecords(): Promise<UserRecord[]> {
  const records: UserRecord[] = [];
  const upgraded: Record<string, UserRecord> = {};
  for (const [key, raw] of await storedRecords()) {
    const record = migrateRecord(raw);
    if (!record) continue;
    records.push(record);
    if ((raw as { v?: unknown }).v !== record.v) upgraded[key] = record;
  }
  // Old records are rewritten once in the current version, so later reads need no migration.
  if (Object.keys(upgraded).length > 0) await browser.storage.local.set(upgraded).catch(() => {});
  return records.sort((a, b) => a.entry.id.localeCompare(b.entry.id));
}

function isQuotaError(e: unknown): boolean {
  return /quota|QUOTA_BYTES|exceeded/i.test(String((e as Error)?.message ?? e));
}

/** Writes and deletes records; on a full quota nothing is written and StorageFullError explains why. */
export async function applyChange(change: StoreChange): Promise<void> {
  if (change.put.length > 0) {
    try {
      await browser.storage.local.set(Object.fromEntries(change.put.map((r) => [keyOf(r.entry.id), r])));
    } catch (e) {
      throw isQuotaError(e) ? new StorageFullError(e) : e;
    }
  }
  if (change.remove.length > 0) await browser.storage.local.remove(change.remove.map(keyOf));
}

export const saveRecord = (record: UserRecord) => applyChange({ put: [record], remove: [] });
export const removeRecord = (id: string) => applyChange({ put: [], remove: [id] });
export async function removeAllRecords(): Promise<void> {
  const records = await loadRecords();
  await applyChange({ put: [], remove: records.map((r) => r.entry.id) });
}
