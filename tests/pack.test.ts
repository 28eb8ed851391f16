import { describe, expect, it } from 'vitest';
import { bundledLexicon } from '../build/lexicon-data';
import { MAX_PACK_BYTES, PACK_FORMAT, exportPack, importChanges, parsePack, previewImport, type Pack } from '../lexicon/pack';
import { mergeLexicon, recordFor } from '../lexicon/user-lexicon';
import type { Entry } from '../lexicon/schema';
import { entry } from './helpers/lexicon';

const known = new Set(bundledLexicon.entries.map((e) => e.id));
const yangiqishloq = entry('yangiqishloq', ['يانغيقيشلوق'], {
  card: { summary: { en: 'A city.', ar: 'مدينة.' }, facts: [], relations: [{ type: 'located-in', target: 'uzbekistan' }] },
});
const pack = (entries: unknown[], over: Record<string, unknown> = {}) => JSON.stringify({ format: PACK_FORMAT, version: 1, entries, ...over });

describe('reading a pack', () => {
  it('accepts a valid pack', () => {
    const result = parsePack(pack([yangiqishloq]), known);
    expect(result).toEqual({ ok: true, pack: { format: PACK_FORMAT, version: 1, exportedAt: undefined, entries: [yangiqishloq] } });
  });

  const broken: [string, string, string][] = [
    ['not JSON', '{"format": ', 'The file is not valid JSON'],
    ['not an object', '[1, 2]', 'The file is not a lexicon pack: it must be a JSON object.'],
    ['the wrong format', pack([], { format: 'something-else' }), `The file is not a lexicon pack: "format" must be "${PACK_FORMAT}".`],
    ['the wrong version', pack([], { version: 2 }), 'The pack has version 2; this version of the extension reads version 1.'],
    ['no entries', JSON.stringify({ format: PACK_FORMAT, version: 1 }), 'The pack has no "entries" list.'],
    [
      'a bad id',
      pack([{ ...yangiqishloq, id: 'Yangi Qishloq' }]),
      'Entry 1 ("Yangi Qishloq"): id: must be lower-case latin letters, digits and single hyphens.',
    ],
    ['a missing field', pack([yangiqishloq, { ...yangiqishloq, id: 'b', name: { en: 'B' } }]), 'Entry 2 ("b"): name.ar:'],
    ['an unknown type', pack([{ ...yangiqishloq, type: 'planet' }]), 'Entry 1 ("yangiqishloq"): type:'],
    [
      'markup in a text field',
      pack([{ ...yangiqishloq, card: { ...yangiqishloq.card, summary: { en: '<script>alert(1)</script>', ar: '' } } }]),
      'Entry 1 ("yangiqishloq"): card.summary.en: must be plain text, not markup.',
    ],
    ['an empty alias', pack([{ ...yangiqishloq, aliases: ['  '] }]), 'Entry 1 ("yangiqishloq"): aliases[0]: must be empty'],
    ['an unknown field', pack([{ ...yangiqishloq, colour: 'red' }]), 'Entry 1 ("yangiqishloq"): colour:'],
    ['duplicate ids', pack([yangiqishloq, yangiqishloq]), 'Entry 2 ("yangiqishloq"): the id is used twice (also entry 1).'],
    [
      'an unknown relation target',
      pack([{ ...yangiqishloq, card: { ...yangiqishloq.card, relations: [{ type: 'located-in', target: 'atlantis' }] } }]),
      'Entry 1 ("yangiqishloq"): relation "located-in" points at "atlantis", which is neither in the pack nor in the lexicon.',
    ],
    [
      'an unknown template',
      pack([{ ...yangiqishloq, aliases: ['مدينة {atlantis}'] }]),
      'Entry yangiqishloq: alias "مدينة {atlantis}" refers to unknown entry "{atlantis}"',
    ],
  ];
  it.each(broken)('refuses %s, naming the place and the problem', (_, text, message) => {
    const result = parsePack(text, known);
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.error.startsWith(message.replace(/ must be empty$/, ''))).toBe(true);
  });
  it('refuses an oversized file before parsing it', () => {
    const huge = pack([{ ...yangiqishloq, aliases: ['ا'.repeat(100)] }]).padEnd(MAX_PACK_BYTES + 10, ' ');
    const result = parsePack(huge, known);
    expect(result).toEqual({ ok: false, error: `The file is ${(MAX_PACK_BYTES / 1e6 + 0).toFixed(1)} MB; a pack may be at most ${MAX_PACK_BYTES / 1e6} MB.` });
  });
});

describe('previewing and applying an import', () => {
  const moscow = bundledLexicon.entries.find((e) => e.id === 'moscow')!;
  const kabul = bundledLexicon.entries.find((e) => e.id === 'kabul')!;
  const myKabul: Entry = { ...kabul, aliases: [...kabul.aliases, 'كابُل'] };
  const records = [recordFor(myKabul, bundledLexicon, 'edited', 1), recordFor(entry('mine', ['شيء']), bundledLexicon, 'added', 1)];
  const merged = mergeLexicon(bundledLexicon, records);
  const incoming: Pack = {
    format: PACK_FORMAT,
    version: 1,
    entries: [yangiqishloq, { ...moscow, aliases: ['موسكو'] }, { ...kabul }, merged.lexicon.entries.find((e) => e.id === 'kazakhstan')!],
  };

  it("says what is new, what changes, what conflicts with the reader's own edits", () => {
    const p = previewImport(merged.lexicon.entries, merged.origins, incoming, 'merge');
    expect(p.added.map((e) => e.id)).toEqual(['yangiqishloq']);
    expect(p.changed.map((c) => c.after.id)).toEqual(['moscow']);
    expect(p.conflicts.map((c) => c.after.id)).toEqual(['kabul']);
    expect(p.unchanged.map((e) => e.id)).toEqual(['kazakhstan']);
    expect(p.removed).toEqual([]);
    expect(previewImport(merged.lexicon.entries, merged.origins, incoming, 'replace').removed.map((e) => e.id)).toEqual(['mine']);
  });
  it("merging writes only what changes; replacing also removes the reader's entries not in the pack", () => {
    const merge = importChanges(records, bundledLexicon, incoming, 'merge', 7);
    expect(merge.put.map((r) => [r.entry.id, r.origin])).toEqual([
      ['yangiqishloq', 'imported'],
      ['moscow', 'edited'],
      ['kabul', 'edited'],
    ]);
    expect(merge.remove).toEqual([]);
    expect(importChanges(records, bundledLexicon, incoming, 'replace', 7).remove).toEqual(['mine']);
  });
  it('round-trips: an exported pack reads back to the same entries', () => {
    const text = exportPack(merged.lexicon.entries, new Date('2026-01-01T00:00:00Z'));
    const back = parsePack(text, new Set());
    expect(back.ok && back.pack.entries).toEqual(merged.lexicon.entries);
    expect(back.ok && back.pack.exportedAt).toBe('2026-01-01T00:00:00.000Z');
  });
});
