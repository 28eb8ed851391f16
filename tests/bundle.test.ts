import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { bundledLexicon, readBundledData } from '../build/lexicon-data';
import { validateBundle } from '../lexicon/validate-bundle';
import { lexiconFiles, matcherFiles } from '../build/bundled-lexicon';
import { compile } from '../lexicon/matcher';
import { relationsOf } from '../lexicon/relations';
import { EntrySchema } from '../lexicon/schema';
import { normalizeKey } from '../lexicon/tokenize';

const entitiesTsv = new URL('../../shared/corpus/entities.tsv', import.meta.url);
const required = readFileSync(entitiesTsv, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split('\t'));
const byId = new Map(bundledLexicon.entries.map((e) => [e.id, e]));

describe('the bundled lexicon', () => {
  it('passes its schema and cross-checks', () => {
    expect(() => validateBundle(readBundledData())).not.toThrow();
  });

  it.each(required)('knows %s as a %s', (id, type) => {
    expect(byId.get(id)?.type).toBe(type);
  });

  it('has an Arabic and an English summary on every card', () => {
    for (const e of bundledLexicon.entries) {
      expect(e.card.summary.ar.length, e.id).toBeGreaterThan(10);
      expect(e.card.summary.en.length, e.id).toBeGreaterThan(10);
    }
  });

  it('gives coordinates to every place and country', () => {
    // Central Asia is five countries: no one point stands for it, and none of its sources gives one.
    const pointless = new Set(['central-asia']);
    expect(bundledLexicon.entries.filter((e) => (e.type === 'place' || e.type === 'country') && !e.coords && !pointless.has(e.id)).map((e) => e.id)).toEqual(
      [],
    );
  });

  it('sources and dates at least 95% of its cards', () => {
    const sourced = bundledLexicon.entries.filter((e) => e.card.sources?.length && e.card.asOf);
    expect(sourced.length / bundledLexicon.entries.length).toBeGreaterThanOrEqual(0.95);
  });

  it('puts known places where they are', () => {
    // Within half a degree (a marker a few pixels off at most). A written country's point is its capital; a generated
    // one's (world-countries) its middle.
    const near = (id: string, lat: number, lon: number) => {
      const c = byId.get(id)?.coords;
      expect(c, id).toBeDefined();
      expect(Math.abs(c!.lat - lat), id).toBeLessThan(0.5);
      expect(Math.abs(c!.lon - lon), id).toBeLessThan(0.5);
    };
    near('dushanbe', 38.56, 68.77);
    near('bishkek', 42.87, 74.59);
    near('termez', 37.22, 67.28);
    near('khujand', 40.28, 69.62);
    near('kabul', 34.53, 69.17);
    near('almaty', 43.24, 76.89);
    near('tajikistan', 38.56, 68.77);
    near('germany', 51, 9);
  });

  it('holds no alias the tagger would refuse', () => {
    expect(compile(bundledLexicon).rejected).toEqual([]);
  });

  it('blocks no name an entry holds: a blocker wins over the name and would hide it («واشنطن بوست»)', () => {
    const names = new Set(bundledLexicon.entries.flatMap((e) => [e.name.ar, ...e.aliases].map(normalizeKey)));
    expect(bundledLexicon.rules.blockers.filter((b) => names.has(normalizeKey(b)))).toEqual([]);
  });

  it('names what a body belongs to apart from it: no alias adds «التابعة ل…» to another of its names', () => {
    // The owner is a mention of its own («قوات الرد السريع الجماعية» and «منظمة معاهدة الأمن الجماعي»).
    const owned = /^(.+?) التابع[ةه]? ?ل/;
    const swallowing = bundledLexicon.entries.flatMap((e) =>
      [e.name.ar, ...e.aliases].filter((a) => {
        const name = owned.exec(a)?.[1];
        return name !== undefined && (e.name.ar === name || e.aliases.includes(name));
      }),
    );
    expect(swallowing).toEqual([]);
  });

  it('lists the CSTO members with their status, and each member links back', () => {
    const members = relationsOf('csto', bundledLexicon.entries).filter((r) => r.type === 'has-member');
    expect(Object.fromEntries(members.map((r) => [r.target, r.status]))).toEqual({
      russia: 'member',
      belarus: 'member',
      kazakhstan: 'member',
      kyrgyzstan: 'member',
      tajikistan: 'member',
      armenia: 'frozen',
      uzbekistan: 'former',
      azerbaijan: 'former',
    });
    expect(relationsOf('tajikistan', bundledLexicon.entries)).toContainEqual(expect.objectContaining({ type: 'member-of', target: 'csto', status: 'member' }));
  });

  it("links Russia's 201st base to Tajikistan, Russia and the CSTO", () => {
    const targets = relationsOf('base-201', bundledLexicon.entries).map((r) => r.target);
    expect(targets).toEqual(expect.arrayContaining(['tajikistan', 'russia', 'csto']));
  });

  it('names the guarantors and host of the Astana process', () => {
    const rel = relationsOf('astana-process', bundledLexicon.entries);
    expect(
      rel
        .filter((r) => r.type === 'guaranteed-by')
        .map((r) => r.target)
        .sort(),
    ).toEqual(['iran', 'russia', 'turkey']);
    expect(rel.filter((r) => r.type === 'hosted-by').map((r) => r.target)).toContain('astana');
    expect(relationsOf('iran', bundledLexicon.entries)).toContainEqual(expect.objectContaining({ type: 'guarantor-of', target: 'astana-process' }));
  });
});

describe('the files the build writes for the background', () => {
  // addons.mozilla.org's linter parses no file of 5 MB or more: a file near that must be split before it gets there.
  const LINTER_LIMIT = 5_000_000;
  it("are each under four fifths of the store linter's limit", () => {
    const sizes = [...lexiconFiles(), ...matcherFiles()].map((f) => [f.relativeDest, Buffer.byteLength(f.contents)] as const);
    expect(sizes.length).toBeGreaterThan(3);
    expect(sizes.filter(([, bytes]) => bytes >= 0.8 * LINTER_LIMIT)).toEqual([]);
  });
});

describe('validation', () => {
  const bundledData = readBundledData();
  it('names the entry and field of a bad entry', () => {
    const broken = { ...bundledData, entries: [...bundledData.entries, { id: 'Bad Id', type: 'planet' }] };
    expect(() => validateBundle(broken)).toThrow(new RegExp(`entry ${bundledData.entries.length}: id: must be lower-case`));
  });
  it('refuses markup in text fields', () => {
    const e = structuredClone(bundledLexicon.entries[0]!);
    e.card.summary.en = '<img src=x onerror=alert(1)>';
    expect(v.safeParse(EntrySchema, e).issues?.[0]?.message).toBe('must be plain text, not markup');
  });
  it('refuses coordinates off the globe', () => {
    const entry = bundledData.entries[0] as object;
    for (const [coords, message] of [
      [{ lat: 91, lon: 10 }, /coords\.lat: latitude must be between -90 and 90/],
      [{ lat: -90.5, lon: 10 }, /coords\.lat: latitude must be between -90 and 90/],
      [{ lat: 10, lon: 180.1 }, /coords\.lon: longitude must be between -180 and 180/],
      [{ lat: 10, lon: -181 }, /coords\.lon: longitude must be between -180 and 180/],
    ] as const) {
      const broken = { ...bundledData, entries: [...bundledData.entries.slice(1), { ...entry, coords }] };
      expect(() => validateBundle(broken)).toThrow(message);
    }
    const edge = { ...bundledData, entries: [...bundledData.entries.slice(1), { ...entry, coords: { lat: -90, lon: 180 } }] };
    expect(() => validateBundle(edge)).not.toThrow();
  });
  it('refuses a relation to an unknown entry and a duplicate id', () => {
    const first = structuredClone(bundledLexicon.entries[0]!);
    first.card.relations.push({ type: 'related', target: 'atlantis' });
    const broken = { ...bundledData, entries: [...bundledData.entries, first] };
    expect(() => validateBundle(broken)).toThrow(/duplicate id[\s\S]*unknown entry "atlantis"/);
  });
});
