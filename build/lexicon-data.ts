import { readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityType, Lexicon } from '../lexicon/schema';
import * as v from 'valibot';
import { DiscoveryRulesSchema, type DiscoveryRules } from '../lexicon/discover';
import { COMPOUND_TAILS } from '../lexicon/aliases';
import { normalizeKey } from '../lexicon/tokenize';
import { ordinaryWords } from './ordinary-words';

// From a path string, not `new URL(…)`: a jsdom test environment replaces the URL class Node's fileURLToPath wants.
const DATA_DIR = `${resolve(dirname(fileURLToPath(import.meta.url)), '../lexicon/data')}/`;

/** The raw bundled data, before validation, with the file each entry came from for readable errors. */
export interface BundledData {
  entries: unknown[];
  /** `entries/place/batken.json`, or `generated/countries.json` for a generated entry; parallel to `entries`. */
  files: string[];
  rules: unknown;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const filesIn = (dir: string) =>
  readdirSync(DATA_DIR + dir)
    .filter((f) => f.endsWith('.json'))
    .sort();

/**
 * Reads the bundled lexicon from `lexicon/data/`: one hand-written entry per file at `entries/<type>/<id>.json`
 * (so an entry is found by its id and reviewed alone in a diff), the generated files of `generated/` (rebuilt by
 * the script each names, never edited by hand), `rules.json`, and the real words that are near spellings of
 * names (near-words.generated.json, scripts/gen-near-words.ts) as its `nearWords`. Node only: the extension receives the
 * lexicon compiled by the build (build/bundled-lexicon.ts).
 */
export function readBundledData(): BundledData {
  const { entries, files } = readEntryFiles();
  for (const file of filesIn('generated')) {
    const generated = readJson(`${DATA_DIR}generated/${file}`) as { entries: unknown[] };
    for (const entry of generated.entries) {
      entries.push(entry);
      files.push(`generated/${file}`);
    }
  }
  const { words } = readJson(DATA_DIR + 'near-words.generated.json') as { words: string[] };
  return { entries, files, rules: { ...(readJson(DATA_DIR + 'rules.json') as object), nearWords: words } };
}

/** The hand-written entries alone, with their files. */
export function readEntryFiles(): { entries: unknown[]; files: string[] } {
  const entries: unknown[] = [];
  const files: string[] = [];
  for (const type of readdirSync(DATA_DIR + 'entries').sort()) {
    for (const file of filesIn(`entries/${type}`)) {
      const path = `entries/${type}/${file}`;
      const entry = readJson(DATA_DIR + path) as { id?: unknown; type?: unknown };
      if (`${String(entry.id)}.json` !== file || entry.type !== type) {
        throw new Error(`lexicon/data/${path} holds ${String(entry.type)} "${String(entry.id)}": an entry lives at entries/<type>/<id>.json`);
      }
      entries.push(entry);
      files.push(path);
    }
  }
  return { entries, files };
}

/** The bundled lexicon as typed data, read once: the tests and the build validate it (validate-bundle.ts). */
export const bundledLexicon: Lexicon = readBundledData() as unknown as Lexicon;

/** Each bundled entry's type, by id. */
export const bundledTypes: ReadonlyMap<string, EntityType> = new Map(bundledLexicon.entries.map((e) => [e.id, e.type]));

/** The rules that propose names the lexicon lacks (lexicon/discover.ts), validated. */
export const discoveryRules: DiscoveryRules = v.parse(DiscoveryRulesSchema, readJson(DATA_DIR + 'discovery.json'));

/** How many of the lexicon's people must share an ordinary word as first name for it to count as one. */
const SHARED_FIRST_NAME = 3;

let firstNames: string[] | undefined;

/**
 * First names of the lexicon's people, from their multi-word Arabic names: a sign of a person it lacks. Not a title
 * written before a name, not a listed common word, and not an ordinary word (one of the Quran's) unless at least
 * SHARED_FIRST_NAME people have it: «محمد» and «إبراهيم» are first names, «حاجة» (need, of «حاجة لحبيب») is not.
 */
export function knownFirstNames(): string[] {
  if (firstNames) return firstNames;
  const { titles = [], homographs } = bundledLexicon.rules;
  const titleKeys = new Set(titles.map(normalizeKey));
  const ordinary = ordinaryWords();
  const people = new Map<string, number>();
  for (const e of bundledLexicon.entries.filter((e) => e.type === 'person')) {
    // «صدر» of «صدر الدين …» is half a compound given name, not a first name.
    const firsts = [e.name.ar, ...e.aliases]
      .filter((a) => /^[\u0600-\u06ff]+ [\u0600-\u06ff]/.test(a) && !COMPOUND_TAILS.has(normalizeKey(a.split(' ')[1]!)))
      .map((a) => a.split(' ')[0]!);
    for (const first of new Set(firsts)) people.set(first, (people.get(first) ?? 0) + 1);
  }
  firstNames = [...people]
    .filter(([name, count]) => {
      const key = normalizeKey(name);
      return !titleKeys.has(key) && !homographs[key] && (!ordinary.has(key) || count >= SHARED_FIRST_NAME);
    })
    .map(([name]) => name);
  return firstNames;
}
