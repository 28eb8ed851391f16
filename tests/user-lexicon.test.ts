import { describe, expect, it } from 'vitest';
import { bundledLexicon } from '../build/lexicon-data';
import { compile } from '../lexicon/matcher';
import { canonical, mergeLexicon, migrateRecord, recordFor, type UserRecord } from '../lexicon/user-lexicon';
import { entry } from './helpers/lexicon';

const moscow = bundledLexicon.entries.find((e) => e.id === 'moscow')!;

describe("merging the reader's records over the bundle", () => {
  it('keeps bundled entries, lays edits over them and appends added ones, with their origin', () => {
    const edited = { ...moscow, aliases: [...moscow.aliases, 'موسكفا'] };
    const added = entry('yangiqishloq', ['يانغيقيشلوق']);
    const { lexicon, origins } = mergeLexicon(bundledLexicon, [recordFor(edited, bundledLexicon), recordFor(added, bundledLexicon)]);
    expect(lexicon.entries).toHaveLength(bundledLexicon.entries.length + 1);
    expect(lexicon.entries.find((e) => e.id === 'moscow')!.aliases).toContain('موسكفا');
    expect(origins).toMatchObject({ moscow: 'edited', yangiqishloq: 'added', kabul: 'bundled' });
    const tagged = compile(lexicon).match('من موسكفا إلى يانغيقيشلوق');
    expect(tagged.map((m) => m.id)).toEqual(['moscow', 'yangiqishloq']);
  });
  it('never changes the bundle itself, so reset can restore it', () => {
    const before = canonical(bundledLexicon);
    mergeLexicon(bundledLexicon, [recordFor({ ...moscow, aliases: [] }, bundledLexicon)]);
    expect(canonical(bundledLexicon)).toBe(before);
  });
  it('drops relations to entries that no longer exist', () => {
    const added = entry('yangiqishloq', ['يانغيقيشلوق'], {
      card: {
        summary: { en: '', ar: '' },
        facts: [],
        relations: [
          { type: 'located-in', target: 'uzbekistan' },
          { type: 'related', target: 'gone' },
        ],
      },
    });
    const { lexicon } = mergeLexicon(bundledLexicon, [recordFor(added, bundledLexicon)]);
    expect(lexicon.entries.at(-1)!.card.relations).toEqual([{ type: 'located-in', target: 'uzbekistan' }]);
  });
  it('reads an added record as an edit once the bundle gains the same id', () => {
    const r: UserRecord = { v: 1, origin: 'added', entry: moscow, updatedAt: 1 };
    expect(mergeLexicon(bundledLexicon, [r]).origins.moscow).toBe('edited');
  });
});

describe('record migrations', () => {
  it('upgrades version-0 records, which had a source instead of an origin', () => {
    expect(migrateRecord({ entry: moscow, source: 'bundle-edit' })).toEqual({ v: 1, origin: 'edited', entry: moscow, updatedAt: 0 });
    expect(migrateRecord({ entry: moscow, source: 'pack' })?.origin).toBe('imported');
    expect(migrateRecord({ entry: moscow, source: 'user' })?.origin).toBe('added');
  });
  it('reads current records as they are and refuses broken ones', () => {
    const r = recordFor(moscow, bundledLexicon, undefined, 5);
    expect(migrateRecord(r)).toEqual(r);
    expect(migrateRecord({ v: 1, origin: 'edited', entry: { id: 'x' }, updatedAt: 1 })).toBeNull();
    expect(migrateRecord('junk')).toBeNull();
    expect(migrateRecord({ v: 9, origin: 'edited', entry: moscow, updatedAt: 1 })).toBeNull();
    expect(migrateRecord({ v: -1, origin: 'edited', entry: moscow, updatedAt: 1 })).toBeNull();
    expect(migrateRecord(null)).toBeNull();
  });
});
