import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledLexicon } from '../build/lexicon-data';
import { exportPack } from '../lexicon/pack';
import { recordFor } from '../lexicon/user-lexicon';
import { StorageFullError, applyChange, loadRecords, saveRecord } from '../utils/lexicon-store';
import { RECORD_PREFIX, watchRecords } from '../utils/lexicon-records';
import { importPackText } from '../utils/lexicon-import';
import { entry } from './helpers/lexicon';

const snapshot = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));
const yangiqishloq = entry('yangiqishloq', ['يانغيقيشلوق']);

beforeEach(() => fakeBrowser.reset());

describe('the stored lexicon', () => {
  it('keeps one record per entry, so two pages editing different entries do not overwrite each other', async () => {
    // Two settings pages, each with its own stale view, save different entries.
    await Promise.all([saveRecord(recordFor(yangiqishloq, bundledLexicon)), saveRecord(recordFor(entry('gulistan', ['غوليستان']), bundledLexicon))]);
    expect((await loadRecords()).map((r) => r.entry.id)).toEqual(['gulistan', 'yangiqishloq']);
  });
  it('upgrades old records when it reads them, and rewrites them once', async () => {
    await fakeBrowser.storage.local.set({ [`${RECORD_PREFIX}yangiqishloq`]: { entry: yangiqishloq, source: 'user' } });
    expect(await loadRecords()).toEqual([{ v: 1, origin: 'added', entry: yangiqishloq, updatedAt: 0 }]);
    expect((await fakeBrowser.storage.local.get(`${RECORD_PREFIX}yangiqishloq`))[`${RECORD_PREFIX}yangiqishloq`]).toMatchObject({ v: 1 });
  });
  it('tells watchers of changes made anywhere', async () => {
    let calls = 0;
    const stop = watchRecords(() => calls++);
    await saveRecord(recordFor(yangiqishloq, bundledLexicon));
    await fakeBrowser.storage.local.set({ settings: {} });
    stop();
    expect(calls).toBe(1);
  });
  it('explains a full quota and keeps what was stored', async () => {
    await saveRecord(recordFor(yangiqishloq, bundledLexicon));
    const before = await snapshot();
    const set = fakeBrowser.storage.local.set;
    fakeBrowser.storage.local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    try {
      await expect(applyChange({ put: [recordFor(entry('gulistan', ['غوليستان']), bundledLexicon)], remove: ['yangiqishloq'] })).rejects.toBeInstanceOf(
        StorageFullError,
      );
    } finally {
      fakeBrowser.storage.local.set = set;
    }
    expect(await snapshot()).toBe(before);
  });
});

describe('importing packs', () => {
  it('imports a valid pack', async () => {
    expect(await importPackText(exportPack([yangiqishloq]), 'merge', bundledLexicon)).toEqual({ ok: true });
    expect((await loadRecords()).map((r) => [r.entry.id, r.origin])).toEqual([['yangiqishloq', 'imported']]);
  });

  /** Ways to break a valid pack, each certain to make it invalid. */
  const breakers: ((p: Record<string, unknown>, rand: () => number) => string)[] = [
    (p, r) => JSON.stringify(p).slice(0, Math.floor(r() * (JSON.stringify(p).length - 1))), // cut short
    (p) => JSON.stringify({ ...p, version: 2 }),
    (p) => JSON.stringify({ ...p, format: 'x' }),
    (p, r) => {
      const entries = structuredClone(p.entries) as Record<string, unknown>[];
      const e = entries[Math.floor(r() * entries.length)]!;
      const field = ['id', 'type', 'name', 'aliases', 'card'][Math.floor(r() * 5)]!;
      delete e[field];
      return JSON.stringify({ ...p, entries });
    },
    (p, r) => {
      const entries = structuredClone(p.entries) as { card: { summary: { en: string } } }[];
      entries[Math.floor(r() * entries.length)]!.card.summary.en = '<b onmouseover=alert(1)>x</b>';
      return JSON.stringify({ ...p, entries });
    },
    (p, r) => {
      const entries = structuredClone(p.entries) as unknown[];
      entries.push(entries[Math.floor(r() * entries.length)]);
      return JSON.stringify({ ...p, entries });
    },
    (p, r) => {
      const entries = structuredClone(p.entries) as { card: { relations: unknown[] } }[];
      entries[Math.floor(r() * entries.length)]!.card.relations.push({ type: 'related', target: `missing-${Math.floor(r() * 1e6)}` });
      return JSON.stringify({ ...p, entries });
    },
    (p, r) => {
      const entries = structuredClone(p.entries) as { type: unknown }[];
      entries[Math.floor(r() * entries.length)]!.type = [42, null, 'planet', {}][Math.floor(r() * 4)];
      return JSON.stringify({ ...p, entries });
    },
  ];

  // 200 imports validated against the whole bundled lexicon: seconds on a busy machine.
  it('refuses 200 generated broken packs and leaves the stored lexicon exactly as it was', async () => {
    await saveRecord(recordFor(yangiqishloq, bundledLexicon));
    const before = await snapshot();
    const valid = JSON.parse(exportPack(bundledLexicon.entries.slice(0, 12))) as Record<string, unknown>;
    let seed = 7;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 200; i++) {
      const text = breakers[i % breakers.length]!(valid, rand);
      for (const mode of ['merge', 'replace'] as const) {
        const result = await importPackText(text, mode, bundledLexicon);
        expect(result.ok, text.slice(0, 200)).toBe(false);
        expect(result.ok === false && result.error.length).toBeGreaterThan(10);
      }
      expect(await snapshot()).toBe(before);
    }
  }, 20_000);
});
