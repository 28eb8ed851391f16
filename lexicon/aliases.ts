import { YEAR_TEMPLATE, type Entry, type Lexicon } from './schema';
import { ARTICLE } from './clitics';
import { ordinalAt } from './ordinals';
import { normalizeKey } from './tokenize';

export type MentionKind = 'name' | 'nisba';

/** One phrase the matcher looks for, already normalised. */
export interface Phrase {
  key: string;
  /** The entry it names; absent for a blocker, a phrase that contains a name but is not one. */
  id?: string;
  /**
   * `echo`: a short form of the entry's name, a name only after the full name earlier in the text; `quoted`: an
   * ordinary word that names the entry only in quotation marks after a head noun (قاعدة "كانت"); `credit`: an
   * outlet's quoted name, which is also a name as the credit of a dateline («/قنا/», «(وام) -»); `cued`: a surname
   * that is also a common word, a name only after a verb of saying or a title and the full name earlier in the text
   * («وقال دار»).
   */
  kind: MentionKind | 'block' | 'echo' | 'quoted' | 'credit' | 'cued';
  /** The alias as written in the lexicon, for messages. */
  source: string;
  /** Which rule made this phrase from the entry, so that a tool can say why a span matched. */
  rule: PhraseRule;
}

/** The rules that turn an entry into phrases, each with what it means (the tag CLI's --why prints them). */
export const PHRASE_RULES = {
  alias: 'an alias of the entry',
  ordinal: 'an alias with its ordinal number written the other way (in digits or in words)',
  givenNameSpelling: "a person's name with a given name in another spelling outlets use (rules.givenNameSpellings)",
  wordSpelling: 'a name of two words or more with a word in another spelling outlets use (rules.wordSpellings)',
  eventSynonym: "an event's name under another head noun of its synonym group (rules.eventHeadSynonyms)",
  eventPhrase: "an event's name with a phrase inside it said another way outlets use (rules.eventPhraseSynonyms)",
  bodySynonym: "a body's name under another head noun that translates the same word (rules.bodyHeadSynonyms)",
  placeSynonym: "a place's name under another word outlets use for its kind: a country's first-level division, a square (rules.placeHeadSynonyms)",
  outletSynonym: "an outlet's name under another noun of its kind (rules.outletHeadSynonyms)",
  ministryEllipsis: "a ministry's name without «وزارة» before its state's nisba, as news shortens it (rules.ministryEllipses)",
  stateName: "a state's official name built from its nisba (rules.stateNames)",
  seriesYear: 'a summit named by its organisation and year, the only summit of that organisation in that year',
  series: 'a summit named by its organisation alone: the organisation, or the summit whose host the page names (SharedNames.series)',
  summitOrdinal: "a summit's name with its ordinal before the organisation («القمة السادسة عشرة لبريكس» for «قمة بريكس السادسة عشرة»)",
  countryForm:
    "a body's name with its country's nisba said another way: another nisba or gender, or «في», ل or ب and the country's name; two states' nisbas in the other order",
  nisba: 'a nisba adjective of the entry, in any of its feminine, plural and dual forms',
  quoted: 'an ordinary word that names the entry only in quotation marks after a head noun (rules.headNouns)',
  credit:
    "an outlet's quoted name: in quotation marks after a head noun, as a dateline's credit (between slashes or dashes, or in brackets beside a dash, a colon, a full stop or the line's edge), or in brackets right after its full name",
  shortForm: 'a short form the entry lists, a name only after its full name earlier in the text',
  surname: "a person's surname alone, after the full name earlier in the text or after a title (rules.titles)",
  cuedSurname:
    "a person's surname that is also a common word or another's given name, alone only after a verb of saying (rules.speechVerbs) or a title (rules.titles) and the full name earlier in the text",
  givenNames: "a person's given names without the surname, after the full name earlier in the text",
  cuedGivenName:
    "a prince's or a sheikh's given name before «بن» in his full name, held by few people of the lexicon, alone only after a title (rules.titles) or a verb of saying (rules.speechVerbs) and the full name earlier in the text",
  opening: 'the first words of a longer name, after the full name earlier in the text',
  blocker: 'a phrase that holds a name but is not one (rules.blockers)',
} as const;
export type PhraseRule = keyof typeof PHRASE_RULES;

/** Each word's other spellings, by key (rules.givenNameSpellings, rules.wordSpellings). */
function spellingsOf(groups: readonly (readonly string[])[]): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, string[]>();
  for (const group of groups) {
    const keys = [...new Set(group.map(normalizeKey))];
    for (const key of keys) out.set(key, [...new Set([...(out.get(key) ?? []), ...keys.filter((k) => k !== key)])]);
  }
  return out;
}

/** Most spellings made of one name: a name of three given names with five spellings each would make 125. */
const MAX_SPELLING_FORMS = 16;

/** «عبد» and the name after it written as one word or two: outlets write «عبد الرحيم» and «عبدالرحيم» alike. */
const ABD_SPACED = /(^| )عبد (ال\S)/g;
const ABD_JOINED = /(^| )عبد(?=ال\S)/g;
/**
 * Persian compound given names written as one word or two: Iranian and Afghan names come as «محمدرضا» and «محمد
 * رضا», «عليرضا» and «علي رضا» (as keys, hamza folded).
 */
const COMPOUND_FIRST = 'محمد|علي|احمد|امير|غلام|حسين|محمود|حميد';
const COMPOUND_SECOND = 'رضا|علي|حسين|حسن|جواد|باقر|مهدي|كاظم|صادق|تقي|هادي';
const COMPOUND_SPACED = new RegExp(`(^| )(${COMPOUND_FIRST}) (${COMPOUND_SECOND})(?= )`, 'g');
const COMPOUND_JOINED = new RegExp(`(^| )(${COMPOUND_FIRST})(${COMPOUND_SECOND})(?= )`, 'g');
/** A name's key with «عبد» and Persian compound given names joined and split. */
const joinedForms = (key: string): string[] => [
  key,
  key.replace(ABD_SPACED, '$1عبد$2'),
  key.replace(ABD_JOINED, '$1عبد '),
  key.replace(COMPOUND_SPACED, '$1$2$3'),
  key.replace(COMPOUND_JOINED, '$1$2 $3'),
];

/**
 * An entry's names of two words or more with each word of `spellings` in its other spellings: a person's given names
 * («سيرجي لافروف» for «سيرغي لافروف»), any name's words outlets spell two ways («جمهورية الكونغو الديموقراطية»),
 * but for those the entry lists itself. A person's names also come with «عبد» joined to the name after it or not
 * («عبدالرحيم عطون» for «عبد الرحيم عطون») and a Persian compound given name joined or not («محمدرضا عارف»).
 */
function spellingForms(
  id: string,
  keys: ReadonlySet<string>,
  spellings: ReadonlyMap<string, readonly string[]>,
  rule: 'givenNameSpelling' | 'wordSpelling',
): Phrase[] {
  const out = new Map<string, string>();
  for (const listed of keys) {
    if (rule === 'givenNameSpelling')
      for (const key of new Set(joinedForms(listed))) if (key.split(' ').length >= 2 && !keys.has(key) && !out.has(key)) out.set(key, listed);
    const words = listed.split(' ');
    if (words.length < 2 || !words.some((w) => spellings.has(w))) continue;
    let forms = [''];
    for (const word of words)
      forms = forms.flatMap((f) => [word, ...(spellings.get(word) ?? [])].map((w) => (f ? `${f} ${w}` : w))).slice(0, MAX_SPELLING_FORMS);
    for (const form of forms) if (!keys.has(form) && !out.has(form)) out.set(form, listed);
  }
  return [...out].map(([key, source]) => ({ key, id, kind: 'name', source, rule }));
}

/** Suffixes that make the feminine, plural and dual of a nisba adjective ending in ي (روسي → روسية، روسيون). */
const NISBA_SUFFIXES = ['', 'ه', 'ون', 'ين', 'تان', 'تين'];

const TEMPLATE = /\{([a-z0-9-]+)\}/;

/** The years `{year}` stands for: the editions of yearly exercises and forums since the Soviet Union's end. */
const YEARS = Array.from({ length: 2030 - 1991 + 1 }, (_, i) => String(1991 + i));

const ARABIC_WORD = /^[\u0600-\u06ff]+$/;
const NUMBER = /^[0-9]+$/;

/**
 * A name with a number after an Arabic word is also written with the article on the number, as an ordinal:
 * «القاعدة 201» and «القاعدة الـ201» (the tatweel vanishes and the article is a word of its own). An ordinal
 * written in words is also written in digits: «الجولة الحادية والعشرين» as «الجولة 21» and «الجولة الـ21».
 * Returns the key and every such form of it.
 */
export function ordinalForms(key: string): string[] {
  const words = key.split(' ');
  let forms: string[][] = [[]];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const before = words[i - 1];
    const afterWord = before !== undefined && ARABIC_WORD.test(before) && before !== ARTICLE;
    const inWords = afterWord ? ordinalAt((k) => words[k], i) : undefined;
    if (inWords?.inWords) {
      const written = words.slice(i, i + inWords.length);
      const digits = String(inWords.value);
      forms = forms.flatMap((form) => [
        [...form, ...written],
        [...form, digits],
        [...form, ARTICLE, digits],
      ]);
      i += inWords.length - 1;
      continue;
    }
    const ordinal = afterWord && NUMBER.test(word);
    forms = forms.flatMap((form) =>
      ordinal
        ? [
            [...form, word],
            [...form, ARTICLE, word],
          ]
        : [[...form, word]],
    );
  }
  return forms.map((form) => form.join(' '));
}

/** Names of entries that are not in the lexicon being flattened (the bundle, seen from the reader's additions). */
export type ExternalNames = (id: string) => readonly string[] | undefined;

/** Every written form of an entry's name: its Arabic name and aliases, with `{id}` and `{year}` templates expanded. */
export function namesOf(entry: Entry, byId: ReadonlyMap<string, Entry>, external?: ExternalNames): string[] {
  const out = new Set<string>();
  for (const alias of [entry.name.ar, ...entry.aliases]) {
    const m = TEMPLATE.exec(alias);
    if (!m) {
      out.add(alias);
      continue;
    }
    const target = byId.get(m[1]!);
    const names = m[1] === YEAR_TEMPLATE ? YEARS : target ? [target.name.ar, ...target.aliases] : (external?.(m[1]!) ?? []);
    for (const name of names) {
      if (!TEMPLATE.test(name)) out.add(alias.replace(TEMPLATE, name));
    }
  }
  return [...out];
}

/** The forms of a nisba stem: a stem in ي takes the feminine, plural and dual endings; others stand alone. */
export function nisbaForms(stem: string): string[] {
  const key = normalizeKey(stem);
  return key.endsWith('ي') ? NISBA_SUFFIXES.map((s) => key + s) : [key];
}

/** Each head word's synonym group, normalised (headGroupsOf). */
type HeadGroups = ReadonlyMap<string, readonly string[]>;

/** The synonym groups of rules.eventHeadSynonyms by head word, worked out once per lexicon. */
function headGroupsOf(groups: readonly (readonly string[])[]): HeadGroups {
  const groupOf = new Map<string, string[]>();
  for (const group of groups) {
    const heads = group.map(normalizeKey);
    for (const h of heads) groupOf.set(h, heads);
  }
  return groupOf;
}

/**
 * An entry's names under the other heads of their synonym group: an event's (rules.eventHeadSynonyms: «تفجيرات كرمان»
 * for «هجوم كرمان») or a body's (rules.bodyHeadSynonyms: «هيئة التحقيق الروسية» for «لجنة التحقيق الروسية»,
 * «وزارة الشؤون الداخلية في كازاخستان» for «وزارة الداخلية في كازاخستان»), keeping the article as the name has it. A
 * head may be several words; the longest one a name starts with is replaced. `keys` are the entry's own keys, which
 * win.
 */
function synonymForms(
  id: string,
  keys: ReadonlySet<string>,
  groupOf: HeadGroups,
  rule: 'eventSynonym' | 'bodySynonym' | 'placeSynonym' | 'outletSynonym',
): Phrase[] {
  const out: Phrase[] = [];
  const seen = new Set(keys);
  for (const key of keys) {
    const words = key.split(' ');
    const article = words[0]!.startsWith(ARTICLE) ? ARTICLE : '';
    for (let n = words.length - 1; n >= 1; n--) {
      const group = groupOf.get([words[0]!.slice(article.length), ...words.slice(1, n)].join(' '));
      if (!group) continue;
      for (const head of group) {
        const form = [article + head, ...words.slice(n)].join(' ');
        if (seen.has(form)) continue;
        seen.add(form);
        out.push({ key: form, id, kind: 'name', source: form, rule });
      }
      break;
    }
  }
  return out;
}

/**
 * A ministry's names with the first word of their head dropped where one nisba of the lexicon follows it, with the
 * article («الدفاع البيلاروسية» for «وزارة الدفاع البيلاروسية»; rules.ministryEllipses), each short form made once.
 */
function ministryEllipses(phrases: readonly Phrase[], byId: ReadonlyMap<string, Entry>, heads: readonly string[]): Phrase[] {
  const nisbas = new Set(phrases.filter((p) => p.kind === 'nisba').map((p) => p.key));
  const headKeys = heads.map((h) => `${normalizeKey(h)} `);
  const made = new Map<string, Phrase>();
  for (const p of phrases) {
    if (p.kind !== 'name' || byId.get(p.id!)?.type !== 'organization') continue;
    const head = headKeys.find((h) => p.key.startsWith(h));
    const tail = head && p.key.slice(head.length);
    if (!tail?.startsWith(ARTICLE) || tail.includes(' ') || !nisbas.has(tail.slice(ARTICLE.length))) continue;
    const key = p.key.slice(p.key.indexOf(' ') + 1);
    if (!made.has(key)) made.set(key, { key, id: p.id, kind: 'name', source: p.source, rule: 'ministryEllipsis' });
  }
  return [...made.values()];
}

/** Head of the names of a summit, normalised (قمة). */
const SUMMIT = normalizeKey('قمة');

/**
 * Who a summit is of when its ordinal comes first: the organisation itself, its states or their leaders («القمة
 * التاسعة لزعماء دول منظمة الدول التركية»).
 */
const ORDINAL_SUMMIT_OF = ['', 'دول', 'قادة', 'قادة دول', 'زعماء', 'زعماء دول', 'رؤساء', 'رؤساء دول'].map(normalizeKey);

/** ل attached to a word, the article's alif dropped as Arabic writes it (للمجلس). */
const withLam = (word: string) => (word.startsWith(ARTICLE) ? `ل${word.slice(1)}` : `ل${word}`);

/**
 * A summit named with its ordinal last («قمة بريكس السادسة عشرة», «قمة بريكس الـ16») is also named with the ordinal
 * first and the organisation after ل («القمة السادسة عشرة لبريكس», «القمة الـ16 لقادة دول بريكس»), under any name
 * of its organisation (`orgNames`, as keys: «لمجموعة بريكس»). A bare number last, and any number from 100 up, is a
 * year, not an edition.
 */
function summitOrdinalForms(id: string, keys: ReadonlySet<string>, orgNames: readonly string[]): Phrase[] {
  const out: Phrase[] = [];
  const seen = new Set(keys);
  for (const key of keys) {
    const words = key.split(' ');
    if (words[0] !== SUMMIT) continue;
    for (let at = 2; at < words.length; at++) {
      const ordinal = ordinalAt((k) => words[k], at);
      if (!ordinal || at + ordinal.length !== words.length || (!ordinal.inWords && ordinal.length === 1) || ordinal.value >= 100) continue;
      const named = words.slice(1, at).join(' ');
      for (const of of orgNames.includes(named) ? orgNames : [named]) {
        for (const head of ORDINAL_SUMMIT_OF) {
          const [first, ...rest] = `${head} ${of}`.trim().split(' ');
          const form = [ARTICLE + SUMMIT, ...words.slice(at), withLam(first!), ...rest].join(' ');
          if (seen.has(form)) continue;
          seen.add(form);
          out.push({ key: form, id, kind: 'name', source: form, rule: 'summitOrdinal' });
        }
      }
    }
  }
  return out;
}

/**
 * An event's names with a phrase of a group of rules.eventPhraseSynonyms («من محادثات») said as each other phrase of
 * the group («لاجتماعات»), one phrase at a time. `groups` are normalised; `keys` are the entry's own keys, which win.
 */
function phraseSynonymForms(id: string, keys: ReadonlySet<string>, groups: readonly (readonly string[])[]): Phrase[] {
  const out: Phrase[] = [];
  const seen = new Set(keys);
  for (const key of keys) {
    const spaced = ` ${key} `;
    for (const group of groups) {
      for (const phrase of group) {
        const at = spaced.indexOf(` ${phrase} `);
        if (at < 0) continue;
        for (const other of group) {
          const form = `${spaced.slice(0, at)} ${other} ${spaced.slice(at + phrase.length + 2)}`.trim();
          if (seen.has(form)) continue;
          seen.add(form);
          out.push({ key: form, id, kind: 'name', source: form, rule: 'eventPhrase' });
        }
      }
    }
  }
  return out;
}

/** A country's official names from one nisba stem in ي and the rules' templates (rules.stateNames). */
function stateNamesOf(id: string, stem: string, templates: readonly string[]): Phrase[] {
  const key = normalizeKey(stem);
  if (!key.endsWith('ي')) return [];
  // The feminine as written (الإيرانية), which normalises to the key's feminine (الايرانيه).
  const feminine = `${ARTICLE}${stem.trim()}ة`;
  return templates.map((t) => {
    const source = t.replace('{nisba}', feminine);
    return { key: normalizeKey(source), id, kind: 'name', source, rule: 'stateName' };
  });
}

const YEAR = /\b(?:19|20)\d\d\b/g;
const ARABIC = /[\u0600-\u06ff]/;

/**
 * Summits named by their organisation and year («قمة منظمة الدول التركية 2025», «قمة شنغهاي 2022»): for each event
 * whose names open with قمة, related to one organisation and dated in one year, قمة with each of the organisation's
 * Arabic names and the year, unless another summit of that organisation falls in the same year.
 */
function seriesYearForms(entries: readonly Entry[], byId: ReadonlyMap<string, Entry>): Phrase[] {
  const editions = new Map<string, string[]>();
  for (const { id, org, year } of summitsOf(entries, byId)) {
    const key = `${org} ${year}`;
    editions.set(key, [...(editions.get(key) ?? []), id]);
  }
  const out: Phrase[] = [];
  for (const [key, ids] of editions) {
    if (ids.length !== 1) continue;
    const [org, year] = key.split(' ') as [string, string];
    for (const name of summitNamesOf(byId.get(org)!)) {
      out.push({ key: `${name.key} ${year}`, id: ids[0]!, kind: 'name', source: `${name.source} ${year}`, rule: 'seriesYear' });
    }
  }
  return out;
}

/**
 * Summits named by their organisation alone («قمة منظمة شنغهاي للتعاون»), as the organisation's: which summit it is,
 * the page says by naming its host (SharedNames.series), and when it does not the organisation is the honest reading.
 */
function seriesForms(entries: readonly Entry[], byId: ReadonlyMap<string, Entry>): Phrase[] {
  const orgs = new Set(summitsOf(entries, byId).map((s) => s.org));
  return [...orgs].flatMap((org) =>
    summitNamesOf(byId.get(org)!).map((name): Phrase => ({ key: name.key, id: org, kind: 'name', source: name.source, rule: 'series' })),
  );
}

/** A summit of one organisation dated in one year, with the places its relations say hosted it. */
export interface Summit {
  id: string;
  org: string;
  year: string;
  hosts: string[];
}

/** The summits of one organisation dated in one year: events whose names open with قمة, related to one organisation. */
export function summitsOf(entries: readonly Entry[], byId: ReadonlyMap<string, Entry>): Summit[] {
  const out: Summit[] = [];
  for (const entry of entries) {
    if (entry.type !== 'event' || !entry.aliases.some(isSummitName)) continue;
    // The series is the one organisation the summit relates to, or a series of summits that is an entry of its own
    // (the China–Central Asia summit), which its editions are part of.
    const related = [...new Set(entry.card.relations.map((r) => r.target).filter((id) => byId.get(id)?.type === 'organization'))];
    const series = entry.card.relations.filter((r) => r.type === 'part-of' && isSummitSeries(byId.get(r.target))).map((r) => r.target);
    const orgs = related.length > 1 ? namedIn(entry, related, byId) : related.length > 0 ? related : series;
    const dates = entry.card.facts.find((f) => f.key === 'dates')?.value.en ?? '';
    const years = [...new Set(dates.match(YEAR) ?? [])];
    if (orgs.length !== 1 || years.length !== 1) continue;
    const hosts = entry.card.relations.filter((r) => r.type === 'hosted-by').map((r) => r.target);
    out.push({ id: entry.id, org: orgs[0]!, year: years[0]!, hosts });
  }
  return out;
}

/**
 * How a summit is named after its organisation: of it, of its states or of their leaders («قمة دول منظمة …», «قمة قادة
 * منظمة …»), or as the meeting of its leaders («اجتماع رؤساء دول منظمة …»; a meeting of the organisation alone may be
 * its ministers').
 */
const SUMMIT_OF = [
  'قمة',
  'قمة دول',
  'قمة بلدان',
  'قمة قادة',
  'قمة قادة دول',
  'قمة زعماء',
  'قمة رؤساء',
  'قمة رؤساء دول',
  'اجتماع قادة',
  'اجتماع قادة دول',
  'اجتماع زعماء',
  'اجتماع رؤساء',
  'اجتماع رؤساء دول',
];

/** Whether a name opens with قمة. */
const isSummitName = (name: string) => normalizeKey(name).startsWith(`${SUMMIT} `);

/**
 * Of the organisations a summit relates to, those its own names hold («قمة كومنولث الدول المستقلة في دوشنبه 2025»
 * holds the CIS, not its Council of Heads of State; «قمة منظمة معاهدة الأمن الجماعي في دوشنبه 2015» the CSTO, not
 * the SCO that met there too): the one whose summits it is.
 */
function namedIn(summit: Entry, orgs: readonly string[], byId: ReadonlyMap<string, Entry>): string[] {
  const names = summit.aliases.filter(isSummitName).map((alias) => ` ${normalizeKey(alias)} `);
  return orgs.filter((id) =>
    namesOf(byId.get(id)!, byId)
      .filter((n) => ARABIC.test(n))
      .some((n) => names.some((name) => name.includes(` ${normalizeKey(n)} `))),
  );
}

/** Whether an entry is a series of summits in its own right: an event named with قمة («قمة الصين – آسيا الوسطى»). */
const isSummitSeries = (entry: Entry | undefined) => entry?.type === 'event' && [entry.name.ar, ...entry.aliases].some(isSummitName);

/** قمة with each of an organisation's Arabic names, as keys, with the name as written; a series' own names. */
export function summitNamesOf(org: Entry): { key: string; source: string }[] {
  const names = [org.name.ar, ...org.aliases].filter((n) => ARABIC.test(n) && !TEMPLATE.test(n));
  const written = org.type === 'event' ? names.filter(isSummitName) : names.flatMap((n) => SUMMIT_OF.map((head) => `${head} ${n}`));
  const keys = new Map(written.map((name) => [normalizeKey(name), name]));
  return [...keys].map(([key, source]) => ({ key, source }));
}

/** Relations that put an entry inside its country, so that «X في <country>» names it as well as «X <nisba>». */
const INSIDE = new Set(['part-of', 'located-in']);
/** Whether `entry` lies inside the country `countryId`, itself or through what it is part of (a service of a committee). */
function inside(entry: Entry, countryId: string, byId: ReadonlyMap<string, Entry>, depth = 3): boolean {
  return entry.card.relations.some(
    (r) => INSIDE.has(r.type) && (r.target === countryId || (depth > 1 && byId.has(r.target) && inside(byId.get(r.target)!, countryId, byId, depth - 1))),
  );
}
/** A feminine noun, as a key (وكالة، قوات): the nisba that agrees with it takes ة. */
const FEMININE = /(ه|ات)$/;
/** Heads of names of troops, as keys: their nisba agrees in any gender and number. */
const COLLECTIVES: ReadonlySet<string> = new Set(['قوات', 'القوات', 'حرس', 'الحرس'].map(normalizeKey));

/** A word that ends like an adjective (القومي، الجوية): «X <adjective> <nisba>» has no «X of <country>». */
const ADJECTIVE_LIKE = /(ي|يه)$/;

/** Prepositions written onto a country's name after a body's («لجمهورية أوزبكستان», «بالاتحاد الروسي»). */
const PREPOSITIONS = ['ل', 'ب'];
/** A preposition written onto a name: ل takes the article's alif with it («للاتحاد»), ب does not («بالاتحاد»). */
const prefixed = (preposition: string, name: string) =>
  preposition === 'ل' && name.startsWith(ARTICLE) ? `لل${name.slice(ARTICLE.length)}` : preposition + name;

/**
 * Names of a country's bodies and places said the other ways Arabic says whose they are. With the nisba last
 * («وزارة العمل الطاجيكية», «إقليم السند الباكستاني»): another nisba of that country («مجلس النواب الطاجيكستاني»);
 * the country's name after the noun without its article («وزارة عمل طاجيكستان»); and, for what lies inside the
 * country, «في» and its name («وزارة العمل في طاجيكستان») or ل and ب on its official name («وزارة الطاقة بجمهورية
 * أوزبكستان»). With the country's name last («وكالة أنباء الإمارات»): the nisba agreeing with the first noun, the
 * noun before it taking the article («وكالة الأنباء الإماراتية»). The gender stays: it tells the body from its
 * officer («الخارجية القيرغيزية», the ministry; «وزير الخارجية القيرغيزي», the minister). Two states' nisbas last come in
 * either order («النزاع الفلسطيني الإسرائيلي», «النزاع الإسرائيلي الفلسطيني»). A body abroad (a base, an embassy) is not «في» its owner's country, so that form needs a part-of or
 * located-in relation to the country (or to a body inside it), and a head of two words or more: «الخارجية في قيرغيزستان» is as often the
 * end of «وزير الخارجية في قيرغيزستان».
 */
function countryForms(entries: readonly Entry[], byId: ReadonlyMap<string, Entry>, rules: Lexicon['rules']): Phrase[] {
  // The nisbas of each country by gender: «الروسي» → [Russia, the masculine], «الروسيه» → [Russia, the feminine].
  const nisbaOf = new Map<string, [Entry, string]>();
  // The same, the other way: each country's nisbas of each gender, by `${id} ${gender}`.
  const nisbasOf = new Map<string, string[]>();
  // The names of each country, as keys.
  const namesOfCountry = new Map<Entry, string[]>();
  const countryNamed = new Map<string, Entry>();
  for (const country of entries.filter((e) => e.type === 'country')) {
    for (const stem of country.nisba ?? []) {
      const key = normalizeKey(stem);
      if (!key.endsWith('ي')) continue;
      for (const gender of ['', 'ه']) {
        const nisba = ARTICLE + key + gender;
        nisbaOf.set(nisba, [country, gender]);
        nisbasOf.set(`${country.id} ${gender}`, [...(nisbasOf.get(`${country.id} ${gender}`) ?? []), nisba]);
      }
    }
    const names = [country.name.ar, ...country.aliases].filter((n) => ARABIC.test(n) && !TEMPLATE.test(n)).map(normalizeKey);
    namesOfCountry.set(country, [...new Set(names)]);
    for (const name of names) countryNamed.set(name, country);
  }
  const nisbas = (country: Entry, gender: string) => nisbasOf.get(`${country.id} ${gender}`) ?? [];
  // Troops have no officer to tell them from, and news gives them any agreement: «حرس الحدود الطاجيكية»,
  // «حرس الحدود القرغيزيون».
  const agreeing = (head: string, country: Entry, gender: string) =>
    COLLECTIVES.has(head)
      ? [...nisbas(country, ''), ...nisbas(country, 'ه')].flatMap((n) => (n.endsWith('ي') ? [n, n + 'ون', n + 'ين'] : [n]))
      : nisbas(country, gender);
  const genderOf = (head: string) => (FEMININE.test(head) ? 'ه' : '');
  const foreignRun = (entry: Entry) =>
    entry.card.relations.some((r) => (r.type === 'operated-by' || r.type === 'part-of') && byId.get(r.target)?.type === 'organization');
  const countries = entries.filter((e) => e.type === 'country');
  // Bodies every state has, named alone («مجلس الأمن القومي»), and the shorter names they go by with a nisba
  // («مجلس الأمن» in «مجلس الأمن الطاجيكي»), as keys.
  const generic = new Map<string, string[]>((rules.stateBodies ?? []).map((name) => [normalizeKey(name), [normalizeKey(name)]]));
  for (const name of rules.nationalBodies?.names ?? [])
    for (const qualifier of rules.nationalBodies?.qualifiers ?? [])
      generic.set(normalizeKey(`${name} ${qualifier}`), [normalizeKey(`${name} ${qualifier}`), normalizeKey(name)]);
  const out: Phrase[] = [];
  for (const entry of entries) {
    if (entry.type === 'country' || entry.type === 'person') continue;
    const seen = new Set<string>();
    const add = (key: string, source: string) => {
      if (seen.has(key)) return;
      seen.add(key);
      out.push({ key, id: entry.id, kind: 'name', source, rule: 'countryForm' });
    };
    for (const alias of namesOf(entry, byId)) {
      const words = normalizeKey(alias).split(' ');
      if (words.length < 2) continue;
      const found = nisbaOf.get(words[words.length - 1]!);
      // Two states' nisbas after the noun name the same war or border in either order.
      const first = words.length >= 3 ? nisbaOf.get(words[words.length - 2]!) : undefined;
      if (found && first && first[0] !== found[0]) add([...words.slice(0, -2), words[words.length - 1], words[words.length - 2]].join(' '), alias);
      if (found) {
        const [country, gender] = found;
        const head = words.slice(0, -1);
        for (const nisba of agreeing(words[0]!, country, gender)) add(`${head.join(' ')} ${nisba}`, alias);
        const noun = head[head.length - 1]!;
        if (noun.startsWith(ARTICLE) && noun !== 'الله' && !ADJECTIVE_LIKE.test(noun)) {
          const owned = [...head.slice(0, -1), noun.slice(ARTICLE.length)].join(' ');
          for (const name of namesOfCountry.get(country)!) add(`${owned} ${name}`, alias);
        }
        if (words.length < 3 || !inside(entry, country.id, byId)) continue;
        // «في», or ل and ب written onto an official name of two words or more: «وزارة الطاقة بجمهورية أوزبكستان»,
        // «القوات المسلحة للاتحاد الروسي». Onto a short name they are as often a verb's object: «أرسلت وزارة الدفاع
        // لأوكرانيا».
        for (const name of namesOfCountry.get(country)!)
          for (const joined of [`في ${name}`, ...(name.includes(' ') ? PREPOSITIONS.map((p) => prefixed(p, name)) : [])])
            add(`${head.join(' ')} ${joined}`, alias);
        continue;
      }
      // A body every state has, named alone: with the nisba of the country it is inside, it is this one.
      for (const name of generic.get(words.join(' ')) ?? [])
        for (const country of countries.filter((c) => inside(entry, c.id, byId)))
          for (const nisba of agreeing(words[0]!, country, genderOf(words[0]!))) add(`${name} ${nisba}`, alias);
      // A body of the country it is inside, with «في» and the country's name last («مجلس الأمن في طاجيكستان»): the
      // nisba says it too, unless the name holds another country's («قوات الحدود الروسية في طاجيكستان») or another
      // body runs it (a mission of the UN in Tajikistan is not Tajik).
      const within = entry.type === 'organization' && !foreignRun(entry) ? words.lastIndexOf('في') : -1;
      const host = within >= 2 ? countryNamed.get(words.slice(within + 1).join(' ')) : undefined;
      if (host && inside(entry, host.id, byId) && !words.slice(0, within).some((w) => nisbaOf.has(w)))
        for (const nisba of agreeing(words[0]!, host, genderOf(words[0]!))) add(`${words.slice(0, within).join(' ')} ${nisba}`, alias);
      // The country's name last, after a noun without the article: «وكالة أنباء الإمارات», «جيش باكستان».
      for (let n = 1; n < words.length; n++) {
        const country = countryNamed.get(words.slice(words.length - n).join(' '));
        const noun = words[words.length - n - 1]!;
        if (!country || noun.startsWith(ARTICLE) || !ARABIC.test(noun)) continue;
        const head = [...words.slice(0, words.length - n - 1), ARTICLE + noun];
        for (const nisba of nisbas(country, FEMININE.test(words[0]!) ? 'ه' : '')) add(`${head.join(' ')} ${nisba}`, alias);
      }
    }
  }
  return out;
}

/** Why an alias cannot be matched as written, or null when it can. */
export function aliasProblem(alias: string, homographs: Lexicon['rules']['homographs'], key = normalizeKey(alias)): string | null {
  if (key === '') return 'has no letters or digits to match';
  const meaning = homographs[key];
  if (meaning) return `is a common word: ${meaning.en}`;
  if (!key.includes(' ') && /^[\u0600-\u06ff]{1,2}$/.test(key)) return 'is shorter than three letters';
  return null;
}

export interface PhraseList {
  phrases: Phrase[];
  /** Aliases left out, each with the reason. */
  rejected: { id: string; alias: string; reason: string }[];
}

/**
 * Flattens a lexicon into the phrases the matcher compiles. `external` supplies the names of entries outside
 * it that its `{id}` templates may name (normalised keys will do: normalising is idempotent).
 */
export function phrasesOf(lexicon: Lexicon, external?: ExternalNames): PhraseList {
  const byId = new Map(lexicon.entries.map((e) => [e.id, e]));
  const phrases: Phrase[] = [];
  const rejected: PhraseList['rejected'] = [];
  const headGroups = headGroupsOf(lexicon.rules.eventHeadSynonyms ?? []);
  const phraseGroups = (lexicon.rules.eventPhraseSynonyms ?? []).map((group) => group.map(normalizeKey));
  const bodyGroups = headGroupsOf(lexicon.rules.bodyHeadSynonyms ?? []);
  const placeGroups = headGroupsOf(lexicon.rules.placeHeadSynonyms ?? []);
  const outletGroups = headGroupsOf(lexicon.rules.outletHeadSynonyms ?? []);
  const spellings = spellingsOf(lexicon.rules.givenNameSpellings ?? []);
  const wordSpellings = spellingsOf(lexicon.rules.wordSpellings ?? []);
  // Each summit's organisation's names, as keys: a summit's ordinal name may call it by any of them.
  const orgNamesOf = new Map(
    summitsOf(lexicon.entries, byId).map((s) => {
      const org = byId.get(s.org)!;
      return [
        s.id,
        org.type === 'organization'
          ? namesOf(org, byId, external)
              .filter((n) => ARABIC.test(n))
              .map(normalizeKey)
          : [],
      ] as const;
    }),
  );
  for (const entry of lexicon.entries) {
    const keys = new Set<string>();
    for (const alias of namesOf(entry, byId, external)) {
      const key = normalizeKey(alias);
      const problem = aliasProblem(alias, lexicon.rules.homographs, key);
      // A display name that is a listed common word (مالي) is guarded by that rule: it is shown, never matched.
      if (problem && !(alias === entry.name.ar && lexicon.rules.homographs[key])) rejected.push({ id: entry.id, alias, reason: problem });
      if (problem) continue;
      for (const form of ordinalForms(key)) {
        if (keys.has(form)) continue;
        keys.add(form);
        phrases.push({ key: form, id: entry.id, kind: 'name', source: alias, rule: form === key ? 'alias' : 'ordinal' });
      }
    }
    phrases.push(
      ...(entry.type === 'person'
        ? spellingForms(entry.id, keys, spellings, 'givenNameSpelling')
        : spellingForms(entry.id, keys, wordSpellings, 'wordSpelling')),
    );
    if (entry.type === 'event')
      phrases.push(
        ...synonymForms(entry.id, keys, headGroups, 'eventSynonym'),
        ...phraseSynonymForms(entry.id, keys, phraseGroups),
        ...summitOrdinalForms(entry.id, keys, orgNamesOf.get(entry.id) ?? []),
      );
    // Agencies credit their wires by these short names, so a dateline vouches for an outlet's quoted name too.
    const quotedKind = entry.type === 'media' ? 'credit' : 'quoted';
    for (const name of entry.quoted ?? []) phrases.push({ key: normalizeKey(name), id: entry.id, kind: quotedKind, source: name, rule: quotedKind });
    for (const name of entry.short ?? []) phrases.push({ key: normalizeKey(name), id: entry.id, kind: 'echo', source: name, rule: 'shortForm' });
    for (const stem of entry.nisba ?? []) {
      for (const key of nisbaForms(stem)) phrases.push({ key, id: entry.id, kind: 'nisba', source: stem, rule: 'nisba' });
      if (entry.type === 'country') phrases.push(...stateNamesOf(entry.id, stem, lexicon.rules.stateNames ?? []));
    }
  }
  const written = new Set(phrases.map((p) => p.key));
  const generated = [...seriesYearForms(lexicon.entries, byId), ...seriesForms(lexicon.entries, byId), ...countryForms(lexicon.entries, byId, lexicon.rules)];
  phrases.push(...generated.filter((p) => !written.has(p.key)));
  phrases.push(...ministryEllipses(phrases, byId, lexicon.rules.ministryEllipses ?? []).filter((p) => !written.has(p.key)));
  // A body's names under another head, its names with a nisba or a country's name among them; a region's under
  // another word for a division; an outlet's under another noun of its kind. Where the lexicon writes a name under
  // another head itself, it is that entry's.
  // «قناة مصر» is no name of «تلفزيون مصر»: an outlet named after a place is that place under any other noun.
  const placeKeys = new Set(
    phrases.filter((p) => p.kind === 'name' && (byId.get(p.id!)?.type === 'place' || byId.get(p.id!)?.type === 'country')).map((p) => p.key),
  );
  const namesPlace = (p: Phrase) => p.rule === 'outletSynonym' && placeKeys.has(p.key.slice(p.key.indexOf(' ') + 1));
  const keysOfType = (type: string) => {
    const byEntry = new Map<string, Set<string>>();
    for (const p of phrases)
      if (p.kind === 'name' && p.id !== undefined && byId.get(p.id)?.type === type) byEntry.set(p.id, (byEntry.get(p.id) ?? new Set()).add(p.key));
    return byEntry;
  };
  for (const [type, groups, rule] of [
    ['organization', bodyGroups, 'bodySynonym'],
    ['place', placeGroups, 'placeSynonym'],
    ['media', outletGroups, 'outletSynonym'],
  ] as const)
    for (const [id, keys] of keysOfType(type)) phrases.push(...synonymForms(id, keys, groups, rule).filter((p) => !written.has(p.key) && !namesPlace(p)));
  for (const blocker of lexicon.rules.blockers) phrases.push({ key: normalizeKey(blocker), kind: 'block', source: blocker, rule: 'blocker' });
  phrases.push(...echoesOf(phrases, new Map(lexicon.entries.map((e) => [e.id, e.type])), lexicon.rules.homographs));
  return { phrases, rejected };
}

/**
 * Words a short form may not end on: it would stop in the middle of a name (قوة الأمم المتحدة المؤقتة في), on the
 * plural of a summit's name that waits for whose summit it is (قمة رؤساء، قمة قادة، قمة دول), or on the noun of an
 * outlet's kind that waits for whose it is («وكالة أنباء» is any news agency, not Fars).
 */
const DANGLING = new Set([
  'في',
  'من',
  'على',
  'الى',
  'عن',
  'مع',
  'و',
  'ل',
  'لل',
  'التابعه',
  'التابع',
  'روساء',
  'قاده',
  'زعماء',
  'دول',
  'بلدان',
  'انباء',
  'of',
  'the',
  'and',
  'for',
]);
/** Fewest letters of a surname read alone («متقي»); one that is also a given name of the lexicon never is (عباس). */
const MIN_SURNAME = 4;
/** Fewest letters of a surname read only after a verb of saying («دار»): shorter ones are particles and names' links. */
const MIN_CUED_SURNAME = 3;
/**
 * People of the lexicon whose names open with a given name that makes the last two of a longer name a full name of
 * its own: «محمد منصور» is anyone's name, not a short form of «أختر محمد منصور».
 */
const COMMON_GIVEN_NAME_HOLDERS = 8;
/** The most people of the lexicon a given name read alone after a title may belong to. */
const MAX_GIVEN_NAME_HOLDERS = 2;
/** «بن» and «ابن» ("son of"), «بنت» ("daughter of"), as keys: what follows is the father's name. */
const FATHER = new Set(['بن', 'ابن', 'بنت']);
/** «آل» (the house of), as a key: «آل نهيان» names a dynasty, not one of its members. */
const DYNASTY = new Set(['ال']);
/** Words that link a given name to the next one: a short form never ends in one («عبد» of «عبد الله»). */
const LINKS = new Set([...FATHER, ...DYNASTY, 'عبد', 'ابو', 'ام']);
/** Every run of one to three neighbouring words, as a key: the names a longer name may hold («الأمم المتحدة»). */
export const wordRuns = (words: readonly string[]): string[] =>
  words.flatMap((_, i) => [1, 2, 3].filter((n) => i + n <= words.length).map((n) => words.slice(i, i + n).join(' ')));

/** Kinds of entry whose names open with what the text may call any of their kind («وزارة الدفاع», «الهجوم الإرهابي»). */
const DESCRIBED_TYPES: ReadonlySet<string> = new Set(['organization', 'military', 'event']);

/** Second halves of compound given names («فصيح الدين», «فضل الرحمن»): never a surname on their own. */
export const COMPOUND_TAILS: ReadonlySet<string> = new Set(['الدين', 'الله', 'الرحمن', 'الرحمان']);
/** Words that tell a son from his father («ماركوس الابن»): never a surname on their own. */
const GENERATIONS = new Set(['الابن', 'الاب', 'جونيور']);
/** Turkish and Persian endings written apart («جاويش أوغلو», «قاضي زاده»): the surname is the two words, never the ending. */
const SURNAME_ENDINGS: ReadonlySet<string> = new Set(['أوغلو', 'اوغلو', 'أغلو', 'زاده', 'زادة'].map(normalizeKey));
/** Particles of European surnames («دي ميستورا», «فون دير لاين»): the surname with them is a short form too. */
const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['دي', 'دو', 'دا', 'فون', 'دير', 'لو'].map(normalizeKey));
/** Regnal numbers («عبد الله الثاني») and every other ordinal: ordinary words («كانون الثاني»), never a short form. */
const isOrdinalWord = (word: string) => ordinalAt((k) => (k === 0 ? word : undefined), 0)?.inWords === true;

/**
 * Short forms news uses after a full name: the first words of a longer name («وزارة الخارجية» after «وزارة
 * الخارجية الصينية», «مجلس الشيوخ» after «مجلس الشيوخ الكازاخستاني») and a person's last name («متقي» after «أمير
 * خان متقي»). Each is a name only where the same text has named its entry in full before it; a form that is
 * itself a name, or a word the rules call common, is left out.
 */
function echoesOf(phrases: readonly Phrase[], types: ReadonlyMap<string, string>, homographs: Lexicon['rules']['homographs']): Phrase[] {
  const names = new Set(phrases.filter((p) => p.kind !== 'echo').map((p) => p.key));
  /** Whether words name something on their own, with or without the article («الدوحة», «الأمم المتحدة», «الروسية»). */
  const isName = (key: string) => names.has(key) || (key.startsWith(ARTICLE) && names.has(key.slice(ARTICLE.length)));
  const holdsName = (words: readonly string[]) => wordRuns(words).some(isName);
  const out: Phrase[] = [];
  const seen = new Set<string>();
  // Keys that name people only: a surname two people share may be listed as one's name and still shorten the other's.
  const notPersonal = new Set(phrases.filter((p) => p.kind !== 'echo' && !(p.kind === 'name' && types.get(p.id ?? '') === 'person')).map((p) => p.key));
  const add = (key: string, id: string, source: string, rule: PhraseRule, kind: 'echo' | 'cued' = 'echo') => {
    // A surname that is a nisba or name with the article («الطاجيكي», «البلوش») stays that nisba or name.
    const bare = key.startsWith(ARTICLE) ? key.slice(ARTICLE.length) : undefined;
    const named = names.has(key) && !(rule === 'surname' && !notPersonal.has(key));
    if (named || (bare !== undefined && names.has(bare)) || (kind === 'echo' && homographs[key]) || seen.has(`${id} ${key}`)) return;
    seen.add(`${id} ${key}`);
    out.push({ key, id, kind, source, rule });
  };
  // The first words of people's names: a surname that is also someone's given name («عباس» of «محمود عباس» and of
  // «عباس عراقجي») names neither alone. A first word before «الله» or «الدين» is half of a compound given name
  // («رحمان الله»), not a given name of its own: «رحمان» stays Rahmon's surname.
  // A name that ends another of its person's names is a surname of two words («باقري كني» of «علي باقري كني»): its first
  // word is no given name.
  const personNames = phrases.filter((p) => p.kind === 'name' && p.id !== undefined && types.get(p.id) === 'person' && p.key.includes(' '));
  const namesOfPerson = new Map<string, string[]>();
  for (const p of personNames) namesOfPerson.set(p.id!, [...(namesOfPerson.get(p.id!) ?? []), p.key]);
  const givenNames = new Set(
    personNames
      .filter((p) => !namesOfPerson.get(p.id!)!.some((longer) => longer.endsWith(` ${p.key}`)))
      .map((p) => p.key.split(' '))
      .filter((words) => !COMPOUND_TAILS.has(words[1]!))
      .map((words) => words[0]!),
  );
  // The people each first word opens a name of.
  const openers = new Map<string, Set<string>>();
  for (const p of personNames) {
    const first = p.key.slice(0, p.key.indexOf(' '));
    openers.set(first, (openers.get(first) ?? new Set()).add(p.id!));
  }
  for (const p of phrases) {
    if (p.kind !== 'name' || p.id === undefined) continue;
    const words = p.key.split(' ');
    if (words.length < 2) continue;
    if (types.get(p.id) === 'person') {
      const last = words[words.length - 1]!;
      const link = words[words.length - 2]!;
      if (FATHER.has(link)) {
        // «محمد بن سلمان» is shortened to «بن سلمان»: «سلمان» alone is his father, often named beside him.
        if (/^[\u0600-\u06ff]+$/.test(last)) add(`${link} ${last}`, p.id, p.source, 'surname');
      } else if (SURNAME_ENDINGS.has(last)) {
        if (words.length > 2 && !LINKS.has(link)) add(`${link} ${last}`, p.id, p.source, 'surname');
      } else if (!LINKS.has(link) && !isOrdinalWord(last) && !COMPOUND_TAILS.has(last) && !GENERATIONS.has(last) && /^[\u0600-\u06ff]+$/.test(last)) {
        // Not the second half of a compound name either («العزيز» of «عبد العزيز»). A surname that is another's given
        // name, a short word or a common one («مسعود», «دار», «رئيسي») is read only after a verb of saying or a title.
        if (!givenNames.has(last) && last.length >= MIN_SURNAME && !homographs[last]) add(last, p.id, p.source, 'surname');
        else if (last.length >= MIN_CUED_SURNAME) add(last, p.id, p.source, 'cuedSurname', 'cued');
      }
      const particles = words.slice(0, -1).reduceRight((n, w, at) => (n === words.length - 2 - at && SURNAME_PARTICLES.has(w) ? n + 1 : n), 0);
      if (particles > 0 && words.length > particles + 1) add(words.slice(-particles - 1).join(' '), p.id, p.source, 'surname');
      // The last two of three names and more («بردي محمدوف» after «سردار بردي محمدوف», «جومارت توكاييف»), unless the
      // first of them is half of a compound given name («الرحمن حقاني» of «خليل الرحمن حقاني», «الغني برادر» of «عبد
      // الغني برادر») or a link.
      const arabic = words.every((w) => /^[\u0600-\u06ff]+$/.test(w));
      const third = words[words.length - 3];
      if (
        arabic &&
        third !== undefined &&
        !LINKS.has(third) &&
        !LINKS.has(link) &&
        !COMPOUND_TAILS.has(link) &&
        !SURNAME_ENDINGS.has(last) &&
        !GENERATIONS.has(last) &&
        !isOrdinalWord(last) &&
        (openers.get(link)?.size ?? 0) < COMMON_GIVEN_NAME_HOLDERS
      )
        add(`${link} ${last}`, p.id, p.source, 'surname');
      // The given names of three words and more («خليل الرحمن» after «خليل الرحمن حقاني», «تميم بن حمد» after «تميم بن
      // حمد آل ثاني»): two words at least, so that a single common first name is never one, and not ending in a link.
      const given = words.slice(0, DYNASTY.has(link) ? -2 : -1);
      if (given.length >= 2 && arabic && !LINKS.has(given[given.length - 1]!)) add(given.join(' '), p.id, p.source, 'givenNames');
      // «الشيخ تميم» after «تميم بن حمد آل ثاني»: princes and sheikhs go by their given name, but so do many others
      // («محمد»), so only one that few people of the lexicon hold, and only after a title or a verb of saying.
      const first = words[0]!;
      if (
        arabic &&
        FATHER.has(words[1]!) &&
        !LINKS.has(first) &&
        first.length >= MIN_CUED_SURNAME &&
        openers.get(first)!.size <= MAX_GIVEN_NAME_HOLDERS &&
        !homographs[first] &&
        !isOrdinalWord(first)
      )
        add(first, p.id, p.source, 'cuedGivenName', 'cued');
      continue;
    }
    // Troops' first words are what any troops are called («حرس الحدود», «قوات حفظ السلام»): no short form of one body.
    // A summit's name with its ordinal put first opens like every edition of that number («القمة الـ12 لبريكس»): the
    // names its entry lists make its short forms. A state name the templates built opens like every other state's
    // («الجمهورية الإسلامية» is no short form of India named as «الهند»): only the names an entry lists are shortened.
    if (COLLECTIVES.has(words[0]!) || p.rule === 'summitOrdinal' || p.rule === 'stateName') continue;
    // Nor does an opening that ends in an ordinal («القمة الأولى» of «القمة الأولى لدول الخليج وآسيا الوسطى»): any first
    // summit, or «this summit, the first of its kind».
    // And a body's or an event's opening that names nothing, a head and ordinary words («وزارة الدفاع» of «وزارة
    // الدفاع الروسية», «الهجوم الإرهابي» of «الهجوم الإرهابي على قاعة مدينة كروكوس»), is what the text calls it, not
    // its name; one with a name in it is («اجتماع الدوحة», «قوة الأمم المتحدة المؤقتة»).
    const described = DESCRIBED_TYPES.has(types.get(p.id) ?? '');
    for (let n = 2; n < words.length; n++)
      if (!DANGLING.has(words[n - 1]!) && !isOrdinalWord(words[n - 1]!) && (!described || holdsName(words.slice(1, n))))
        add(words.slice(0, n).join(' '), p.id, p.source, 'opening');
  }
  return out;
}
