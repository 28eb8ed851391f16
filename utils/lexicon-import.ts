import { importChanges, parsePack, previewImport, type ImportMode, type ImportPreview, type Pack } from '@/lexicon/pack';
import { mergeLexicon } from '@/lexicon/user-lexicon';
import type { Lexicon } from '@/lexicon/schema';
import { applyChange, loadRecords } from './lexicon-store';

export type ReadResult = { ok: true; pack: Pack; preview: (mode: ImportMode) => ImportPreview } | { ok: false; error: string };

/** Reads a pack against the lexicon as it is stored now; nothing is written. */
export async function readPack(text: string, bundle: Lexicon): Promise<ReadResult> {
  const records = await loadRecords();
  const { lexicon, origins } = mergeLexicon(bundle, records);
  const parsed = parsePack(text, new Set(lexicon.entries.map((e) => e.id)));
  if (!parsed.ok) return parsed;
  return { ok: true, pack: parsed.pack, preview: (mode) => previewImport(lexicon.entries, origins, parsed.pack, mode) };
}

/** Stores a pack that readPack accepted. One storage call: it happens whole or not at all. */
export async function importPack(pack: Pack, mode: ImportMode, bundle: Lexicon): Promise<void> {
  await applyChange(importChanges(await loadRecords(), bundle, pack, mode));
}

/** Reads and stores a pack in one go; on any problem the stored lexicon is left exactly as it was. */
export async function importPackText(text: string, mode: ImportMode, bundle: Lexicon): Promise<{ ok: true } | { ok: false; error: string }> {
  const read = await readPack(text, bundle);
  if (!read.ok) return read;
  await importPack(read.pack, mode, bundle);
  return { ok: true };
}
