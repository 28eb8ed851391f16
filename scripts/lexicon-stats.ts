/**
 * Prints what the bundled lexicon holds: entries per type and origin (hand-written or generated), aliases and
 * compiled phrases, and which entries lack a source, an as-of date, coordinates (places, countries) or an
 * Arabic summary.
 *   npm run lexicon:stats [-- --list]   (--list names the entries behind each gap)
 */
import { readBundledData } from '../build/lexicon-data';
import { phrasesOf } from '../lexicon/aliases';
import { ENTITY_TYPES, type Entry, type Lexicon } from '../lexicon/schema';
import { validateBundle } from '../lexicon/validate-bundle';

const list = process.argv.includes('--list');
const data = readBundledData();
const lexicon: Lexicon = validateBundle(data);
const generated = new Set(lexicon.entries.filter((_, i) => data.files[i]!.startsWith('generated/')).map((e) => e.id));
const pct = (n: number, of: number) => `${((100 * n) / Math.max(of, 1)).toFixed(1)}%`;

console.log(`${lexicon.entries.length} entries (${lexicon.entries.length - generated.size} hand-written, ${generated.size} generated)`);
for (const type of ENTITY_TYPES) {
  const of = lexicon.entries.filter((e) => e.type === type);
  console.log(`  ${type.padEnd(13)} ${String(of.length).padStart(5)}   (${of.filter((e) => generated.has(e.id)).length} generated)`);
}
const aliases = lexicon.entries.reduce((n, e) => n + e.aliases.length, 0);
console.log(`${aliases} aliases, ${phrasesOf(lexicon).phrases.length} compiled phrases (nisba forms, ordinals and blockers included)`);

const gaps: [string, (e: Entry) => boolean][] = [
  ['no source', (e) => !e.card.sources?.length],
  ['no as-of date', (e) => !e.card.asOf],
  ['no coordinates (place, country)', (e) => (e.type === 'place' || e.type === 'country') && !e.coords],
  ['no Arabic summary', (e) => e.card.summary.ar.trim().length < 10],
];
for (const [what, lacks] of gaps) {
  const ids = lexicon.entries.filter(lacks).map((e) => e.id);
  console.log(`${what}: ${ids.length} (${pct(ids.length, lexicon.entries.length)})${list && ids.length ? `\n  ${ids.join(' ')}` : ''}`);
}
const withCoords = lexicon.entries.filter((e) => e.coords).length;
console.log(`with coordinates: ${withCoords} (${pct(withCoords, lexicon.entries.length)})`);
