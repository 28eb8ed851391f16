import * as v from 'valibot';
import { EntrySchema, type Entry, type Lexicon } from './schema';

/** Where an entry of the merged lexicon comes from. */
export type Origin = 'bundled' | 'edited' | 'added' | 'imported';

export const RECORD_VERSION = 1;

/**
 * One entry the reader changed or brought: stored apart from the bundle, so that an update of the bundled
 * lexicon never overwrites it. `edited` records shadow a bundled entry (which stays available for "reset").
 */
export interface UserRecord {
  v: typeof RECORD_VERSION;
  origin: Exclude<Origin, 'bundled'>;
  entry: Entry;
  updatedAt: number;
}

const RecordSchema = v.strictObject({
  v: v.literal(RECORD_VERSION),
  origin: v.picklist(['edited', 'added', 'imported']),
  entry: EntrySchema,
  updatedAt: v.number(),
});

/**
 * Steps that upgrade a stored record by one version each, in order: step i reads version i. A record without `v`
 * is version 0, from before records carried a version: `{ entry, source: 'user' | 'bundle-edit' | 'pack' }`.
 */
const MIGRATIONS: readonly ((raw: Record<string, unknown>) => Record<string, unknown>)[] = [
  (old) => ({
    v: 1,
    origin: old.source === 'bundle-edit' ? 'edited' : old.source === 'pack' ? 'imported' : 'added',
    entry: old.entry,
    updatedAt: 0,
  }),
];

/** Reads a stored record of any version, upgrading old ones step by step. Returns null for what cannot be read. */
export function migrateRecord(raw: unknown): UserRecord | null {
  if (!raw || typeof raw !== 'object') return null;
  let record = raw as Record<string, unknown>;
  const from = record.v ?? 0;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 0) return null;
  for (const step of MIGRATIONS.slice(from)) record = step(record);
  const parsed = v.safeParse(RecordSchema, record);
  return parsed.success ? parsed.output : null;
}

export interface MergedLexicon {
  lexicon: Lexicon;
  origins: Record<string, Origin>;
}

/**
 * The lexicon the reader uses: the bundle with the reader's records laid over it. Relations that point at an
 * entry which no longer exists are dropped rather than shown broken.
 */
export function mergeLexicon(bundle: Lexicon, records: readonly UserRecord[]): MergedLexicon {
  const byId = new Map(records.map((r) => [r.entry.id, r]));
  const origins: Record<string, Origin> = {};
  const entries: Entry[] = [];
  for (const e of bundle.entries) {
    const r = byId.get(e.id);
    entries.push(r ? r.entry : e);
    origins[e.id] = r ? (r.origin === 'added' ? 'edited' : r.origin) : 'bundled';
    byId.delete(e.id);
  }
  for (const r of byId.values()) {
    entries.push(r.entry);
    origins[r.entry.id] = r.origin === 'edited' ? 'added' : r.origin;
  }
  const ids = new Set(entries.map((e) => e.id));
  const sound = entries.map((e) =>
    e.card.relations.every((r) => ids.has(r.target)) ? e : { ...e, card: { ...e.card, relations: e.card.relations.filter((r) => ids.has(r.target)) } },
  );
  return { lexicon: { entries: sound, rules: bundle.rules }, origins };
}

/** The record that saves `entry` as the reader's own version of it. */
export function recordFor(entry: Entry, bundle: Lexicon, origin?: UserRecord['origin'], now = Date.now()): UserRecord {
  const bundled = bundle.entries.some((e) => e.id === entry.id);
  return { v: RECORD_VERSION, origin: origin ?? (bundled ? 'edited' : 'added'), entry, updatedAt: now };
}

/** A stable text form of a value, for comparing entries whatever the order of their keys. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

export const sameEntry = (a: Entry, b: Entry) => canonical(a) === canonical(b);
