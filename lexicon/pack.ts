import * as v from 'valibot';
import { EntrySchema, crossCheck, issuePath, type Entry } from './schema';
import { recordFor, sameEntry, type Origin, type UserRecord } from './user-lexicon';
import type { Lexicon } from './schema';

/**
 * A lexicon pack: the JSON file the settings page exports and imports.
 *   { "format": "arabic-news-companion/lexicon", "version": 1, "exportedAt": "…", "entries": [Entry, …] }
 */
export const PACK_FORMAT = 'arabic-news-companion/lexicon';
export const PACK_VERSION = 1;
/**
 * Bounds that refuse a runaway file before parsing it, with room for a full export to read back: the bundled
 * lexicon of 8,900 entries exports to 25.3 MB, so MAX_PACK_ENTRIES of them take about 57 MB.
 */
export const MAX_PACK_BYTES = 64_000_000;
export const MAX_PACK_ENTRIES = 20_000;

export interface Pack {
  format: typeof PACK_FORMAT;
  version: typeof PACK_VERSION;
  exportedAt?: string;
  entries: Entry[];
}

export type PackResult = { ok: true; pack: Pack } | { ok: false; error: string };

const fail = (error: string): PackResult => ({ ok: false, error });

/**
 * Reads a pack, refusing it whole at the first kind of problem found, with a message that names the place
 * (entry index and id, field) and the problem. `known` are the ids relations may point at besides the pack's.
 */
export function parsePack(text: string, known: ReadonlySet<string>): PackResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_PACK_BYTES) return fail(`The file is ${(bytes / 1e6).toFixed(1)} MB; a pack may be at most ${MAX_PACK_BYTES / 1e6} MB.`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return fail(`The file is not valid JSON (${(e as Error).message}).`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return fail('The file is not a lexicon pack: it must be a JSON object.');
  const obj = raw as Record<string, unknown>;
  if (obj.format !== PACK_FORMAT) return fail(`The file is not a lexicon pack: "format" must be "${PACK_FORMAT}".`);
  if (obj.version !== PACK_VERSION)
    return fail(`The pack has version ${JSON.stringify(obj.version)}; this version of the extension reads version ${PACK_VERSION}.`);
  if (!Array.isArray(obj.entries)) return fail('The pack has no "entries" list.');
  if (obj.entries.length > MAX_PACK_ENTRIES) return fail(`The pack has ${obj.entries.length} entries; at most ${MAX_PACK_ENTRIES} are accepted.`);

  const entries: Entry[] = [];
  for (const [i, rawEntry] of obj.entries.entries()) {
    const result = v.safeParse(EntrySchema, rawEntry);
    const id = (rawEntry as { id?: unknown } | null)?.id;
    const where = `Entry ${i + 1}${typeof id === 'string' ? ` ("${id}")` : ''}`;
    if (!result.success) {
      const issue = result.issues[0];
      return fail(`${where}: ${issuePath(issue) || 'the entry'}: ${issue.message}.`);
    }
    entries.push(result.output);
  }
  const seen = new Map<string, number>();
  for (const [i, e] of entries.entries()) {
    const first = seen.get(e.id);
    if (first !== undefined) return fail(`Entry ${i + 1} ("${e.id}"): the id is used twice (also entry ${first + 1}).`);
    seen.set(e.id, i);
  }
  const ids = new Set([...known, ...seen.keys()]);
  for (const [i, e] of entries.entries()) {
    for (const r of e.card.relations) {
      if (!ids.has(r.target))
        return fail(`Entry ${i + 1} ("${e.id}"): relation "${r.type}" points at "${r.target}", which is neither in the pack nor in the lexicon.`);
    }
  }
  // Template aliases ({id}) are checked with the lexicon they will join.
  const problems = crossCheck([...entries, ...[...known].filter((k) => !seen.has(k)).map(stub)]);
  const alias = problems.find((p) => p.includes('refers to unknown entry'));
  if (alias) return fail(alias.replace(/^entry/, 'Entry'));
  return {
    ok: true,
    pack: { format: PACK_FORMAT, version: PACK_VERSION, exportedAt: typeof obj.exportedAt === 'string' ? obj.exportedAt : undefined, entries },
  };
}

/** A placeholder for an entry known by id only, for cross-checking template aliases. */
function stub(id: string): Entry {
  return { id, type: 'place', name: { en: id, ar: id }, aliases: [], card: { summary: { en: '', ar: '' }, facts: [], relations: [] } };
}

export type ImportMode = 'merge' | 'replace';

export interface ImportPreview {
  added: Entry[];
  changed: { before: Entry; after: Entry }[];
  unchanged: Entry[];
  /** Entries the reader edited or added that the import would overwrite with something else. */
  conflicts: { before: Entry; after: Entry }[];
  /** With `replace`: the reader's own entries that the import removes (edits of bundled entries are reset). */
  removed: Entry[];
}

/** What importing `pack` into the current lexicon would do, before anything is stored. */
export function previewImport(current: readonly Entry[], origins: Readonly<Record<string, Origin>>, pack: Pack, mode: ImportMode): ImportPreview {
  const byId = new Map(current.map((e) => [e.id, e]));
  const preview: ImportPreview = { added: [], changed: [], unchanged: [], conflicts: [], removed: [] };
  const inPack = new Set(pack.entries.map((e) => e.id));
  for (const after of pack.entries) {
    const before = byId.get(after.id);
    if (!before) preview.added.push(after);
    else if (sameEntry(before, after)) preview.unchanged.push(after);
    else if (origins[after.id] !== 'bundled') preview.conflicts.push({ before, after });
    else preview.changed.push({ before, after });
  }
  if (mode === 'replace') {
    preview.removed = current.filter((e) => origins[e.id] !== 'bundled' && !inPack.has(e.id));
  }
  return preview;
}

export interface StoreChange {
  put: UserRecord[];
  remove: string[];
}

/** The records to write and delete for an import. Nothing is written for entries the pack leaves unchanged. */
export function importChanges(records: readonly UserRecord[], bundle: Lexicon, pack: Pack, mode: ImportMode, now = Date.now()): StoreChange {
  const current = new Map(records.map((r) => [r.entry.id, r]));
  const bundled = new Map(bundle.entries.map((e) => [e.id, e]));
  const put: UserRecord[] = [];
  for (const entry of pack.entries) {
    const mine = current.get(entry.id)?.entry ?? bundled.get(entry.id);
    if (mine && sameEntry(mine, entry)) continue;
    put.push(recordFor(entry, bundle, bundled.has(entry.id) ? 'edited' : 'imported', now));
  }
  const inPack = new Set(pack.entries.map((e) => e.id));
  const remove = mode === 'replace' ? records.filter((r) => !inPack.has(r.entry.id)).map((r) => r.entry.id) : [];
  return { put, remove };
}

/** A pack of the given entries, ready to save as a file. */
export function exportPack(entries: readonly Entry[], now = new Date()): string {
  const pack: Pack = { format: PACK_FORMAT, version: PACK_VERSION, exportedAt: now.toISOString(), entries: [...entries] };
  return JSON.stringify(pack, null, 2) + '\n';
}
