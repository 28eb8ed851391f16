/**
 * Rebuilds lexicon/data/generated/countries.json: the world's countries and inhabited territories that have no
 * hand-written entry, from two datasets rather than typed by hand:
 *   - world-countries (https://github.com/mledoze/countries, ODbL): codes, English names, the UN region,
 *     independence, a representative point, and Arabic common and official names;
 *   - CLDR's Arabic territory names (cldr-localenames-modern, Unicode licence): the Arabic names Unicode's
 *     locale data uses, with their short and variant forms.
 * A record with an Arabic name that a hand-written entry already holds is left to that entry. Nisba adjectives
 * follow the regular pattern of the Arabic name (ألمانيا → ألماني، اليابان → ياباني); the few that do not, or
 * that are ordinary words, are listed below.
 *   npm run gen:countries
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readEntryFiles } from '../build/lexicon-data';
import { normalizeKey } from '../lexicon/tokenize';
import type { Entry, Rules } from '../lexicon/schema';

const require = createRequire(import.meta.url);
const packageVersion = (name: string) => (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;

interface Country {
  cca2: string;
  name: { common: string; official: string };
  subregion: string;
  latlng: [number, number];
  independent: boolean | null;
  translations: { ara?: { common: string; official: string } };
}
const countries = JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8')) as Country[];
const cldr = (
  JSON.parse(readFileSync(require.resolve('cldr-localenames-modern/main/ar/territories.json'), 'utf8')) as {
    main: { ar: { localeDisplayNames: { territories: Record<string, string> } } };
  }
).main.ar.localeDisplayNames.territories;

/** Uninhabited territories: no news names them as places of people. */
const UNINHABITED = new Set(['AQ', 'BV', 'HM', 'GS', 'UM', 'TF', 'IO']);
/** Territories news treats as states, whatever their recognition; the card says what the dataset says. */
const STATE_LIKE = new Set(['PS', 'XK', 'TW']);
/**
 * Names left out: misspelt in world-countries (against CLDR's spelling), or naming something else first:
 * «جمهورية الصين» (Taiwan's official name) is read as the People's Republic, «عمان» alone is as often Amman.
 */
const LEFT_OUT = new Set(['جمهورية أففانستان الإسلامية', 'المسكيك', 'صيربيا', 'جمهورية صيربيا', 'جمهورية الصين', 'عمان']);
/** Short names news writes that neither source lists: «أفريقيا الوسطى» for «جمهورية أفريقيا الوسطى». */
const SHORT_NAMES: Record<string, string[]> = {
  BA: ['البوسنة'],
  CF: ['أفريقيا الوسطى'],
  CZ: ['تشيكيا'],
  DO: ['الدومينيكان'],
  XK: ['كوسوفا'],
};
/** Parentheses hold another name only here («ميانمار (بورما)»); elsewhere a gloss («منطقة إدارية خاصة»). */
const PARENTHESES_NAME = new Set(['MM']);
/** Nisba forms that the regular pattern gets wrong, or cannot make from a name of several words. */
const IRREGULAR_NISBA: Record<string, string[]> = {
  النمسا: ['نمساوي'],
  الدانمرك: ['دنماركي', 'دانماركي'],
  'الإمارات العربية المتحدة': ['إماراتي'],
  'المملكة العربية السعودية': ['سعودي'],
  'الأراضي الفلسطينية': ['فلسطيني'],
  'البوسنة والهرسك': ['بوسني'],
};
/** Regular nisba forms that are also ordinary words or another people's adjective. */
const NISBA_REFUSED = new Set(['مجري' /* مجرى, a course */, 'روماني' /* also Roman */, 'قطري' /* قُطري, nation-wide */, 'جورجي' /* the first name Georgy */]);

const SUBREGIONS_AR: Record<string, string> = {
  'Australia and New Zealand': 'أستراليا ونيوزيلندا',
  Caribbean: 'منطقة البحر الكاريبي',
  'Central America': 'أمريكا الوسطى',
  'Central Asia': 'آسيا الوسطى',
  'Central Europe': 'أوروبا الوسطى',
  'Eastern Africa': 'شرق أفريقيا',
  'Eastern Asia': 'شرق آسيا',
  'Eastern Europe': 'أوروبا الشرقية',
  Melanesia: 'ميلانيزيا',
  Micronesia: 'ميكرونيزيا',
  'Middle Africa': 'وسط أفريقيا',
  'North America': 'أمريكا الشمالية',
  'Northern Africa': 'شمال أفريقيا',
  'Northern Europe': 'شمال أوروبا',
  Polynesia: 'بولينيزيا',
  'South America': 'أمريكا الجنوبية',
  'South-Eastern Asia': 'جنوب شرق آسيا',
  'Southeast Europe': 'جنوب شرق أوروبا',
  'Southern Africa': 'جنوب أفريقيا',
  'Southern Asia': 'جنوب آسيا',
  'Southern Europe': 'جنوب أوروبا',
  'Western Africa': 'غرب أفريقيا',
  'Western Asia': 'غرب آسيا',
  'Western Europe': 'أوروبا الغربية',
};

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const TASHKEEL = /[\u064b-\u0652]/g;
const namesIn = (s: string, code: string) =>
  s
    .split(/[()]/)
    .slice(0, PARENTHESES_NAME.has(code) ? undefined : 1)
    .map((p) => p.replace(TASHKEEL, '').trim())
    .filter((p) => p !== '' && !LEFT_OUT.has(p));

function nisbaOf(name: string): string[] {
  if (IRREGULAR_NISBA[name]) return IRREGULAR_NISBA[name]!;
  if (name.includes(' ')) return [];
  const base = name.replace(/^ال/, '');
  let stem: string;
  if (base.endsWith('يا')) stem = base.slice(0, -2) + 'ي';
  else if (/[اة]$/.test(base)) stem = base.slice(0, -1) + 'ي';
  else if (/[يوى]$/.test(base))
    return []; // مالي، توغو: the adjective is the name itself or irregular
  else stem = base + 'ي';
  return NISBA_REFUSED.has(stem) ? [] : [stem];
}

const handWritten = readEntryFiles().entries as Entry[];
const { homographs } = JSON.parse(readFileSync(new URL('../lexicon/data/rules.json', import.meta.url), 'utf8')) as Rules;
const taken = new Set(handWritten.flatMap((e) => [e.name.ar, ...e.aliases].map(normalizeKey)));
const worldVersion = packageVersion('world-countries');
const cldrVersion = packageVersion('cldr-localenames-modern');

const drafts = countries
  .filter((c) => !UNINHABITED.has(c.cca2))
  .map((c) => {
    const primary = (cldr[c.cca2] ?? c.translations.ara?.common ?? '').replace(TASHKEEL, '').split('(')[0]!.trim();
    const names = [
      ...namesIn(cldr[c.cca2] ?? '', c.cca2),
      ...Object.entries(cldr)
        .filter(([k]) => k.startsWith(`${c.cca2}-alt-`))
        .flatMap(([, v]) => namesIn(v, c.cca2)),
      ...namesIn(c.translations.ara?.common ?? '', c.cca2),
      ...namesIn(c.translations.ara?.official ?? '', c.cca2),
      ...(SHORT_NAMES[c.cca2] ?? []),
    ];
    return { c, primary, names: [...new Set(names)] };
  })
  .filter((d) => !d.names.some((n) => taken.has(normalizeKey(n))));

// A name two records share (سانت مارتن for both Saint Martins, الكونغو for both Congos) names neither for sure.
const owners = new Map<string, number>();
for (const d of drafts) for (const n of new Set(d.names.map(normalizeKey))) owners.set(n, (owners.get(n) ?? 0) + 1);

const entries: Entry[] = drafts.map(({ c, primary, names }) => {
  const state = c.independent === true || STATE_LIKE.has(c.cca2);
  const region = c.subregion || 'Oceania';
  const regionAr = SUBREGIONS_AR[region] ?? 'أوقيانوسيا';
  // A name that is also a common word (مالي، بنين) stays the card's name; rules.json keeps it from matching.
  const aliases = names.filter((n) => owners.get(normalizeKey(n)) === 1 && !homographs[normalizeKey(n)]);
  const nisba = state ? nisbaOf(primary) : [];
  return {
    id: slug(c.name.common),
    type: state ? 'country' : 'place',
    name: { en: c.name.common, ar: aliases.includes(primary) ? primary : (aliases[0] ?? primary) },
    // «Saint Helena, Ascension and Tristan da Cunha»: a comma ends a name, so such an English name is no alias.
    aliases: [...aliases, ...(c.name.common.includes(',') ? [] : [c.name.common])],
    ...(nisba.length > 0 ? { nisba } : {}),
    coords: { lat: c.latlng[0], lon: c.latlng[1] },
    card: {
      summary: state
        ? { en: `${c.name.official}: a country in ${region}.`, ar: `${primary}: دولة في ${regionAr}.` }
        : {
            en: `${c.name.official}: a territory in ${region}, not listed as independent in ISO 3166.`,
            ar: `${primary}: إقليم في ${regionAr}، غير مدرج دولةً مستقلة في معيار ISO 3166.`,
          },
      facts: [],
      relations: [],
      sources: [
        { url: 'https://github.com/mledoze/countries', title: `world-countries ${worldVersion} (names, region, coordinates)` },
        { url: 'https://github.com/unicode-org/cldr-json', title: `Unicode CLDR ${cldrVersion}, Arabic territory names` },
      ],
      asOf: '2025-06',
    },
  };
});

const out = {
  generatedBy: 'scripts/gen-countries.ts (npm run gen:countries); do not edit by hand',
  sources: [`world-countries ${worldVersion}`, `cldr-localenames-modern ${cldrVersion}`],
  entries,
};
writeFileSync(new URL('../lexicon/data/generated/countries.json', import.meta.url), JSON.stringify(out, null, 2) + '\n');
console.log(`${entries.length} countries and territories written; ${countries.length - UNINHABITED.size - entries.length} left to hand-written entries`);
