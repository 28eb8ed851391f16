import { ARTICLE, MAX_PROCLITIC_LENGTH, PROCLITIC_LETTERS, strippedReadings } from './clitics';
import { WordFilter } from './wordhash';
import { phrasesOf, summitNamesOf, summitsOf, wordRuns, type MentionKind, type PhraseList } from './aliases';
import { PhraseTrie, type Ending, type TrieData } from './trie';
import type { EntityType, Lexicon } from './schema';
import { relationsOf } from './relations';
import { Tokens, normalizeKey, tokenize } from './tokenize';
import { Gap, skipLetters } from './chars';
import { LOOSE_LONG_LENGTH, LOOSE_MIN_LENGTH, NearNames, editsWithin, looseEdgesOf, looselyNear, nearIndex, soundAlike, stemLength } from './near';
import { ordinalLength, yearWordLength } from './ordinals';
import { PATRONYMIC_ENDINGS, spelledAlike, variantIndexOf, VariantNames, type VariantIndex, type VariantName } from './name-variants';

export interface Mention {
  id: string;
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
  /** A name of the entity, or a quieter nisba adjective related to it (الروسية). */
  kind: MentionKind;
  /** Read from a near spelling of one of its names (كازخستان), not from a name as the lexicon writes it. */
  approximate?: true;
  /** Inside the span of the mention before it, a longer name (only with the `nested` option). */
  nested?: true;
  /** Every entry the name may stand for, when several share it: the text chose `id`, a reader may choose another. */
  choices?: string[];
}

interface Best {
  /** The trie node of the phrase's first word. */
  root: number;
  end: number;
  hit: Ending | null;
  node: number;
  outside: number;
  approximate: boolean;
  /**
   * The longest phrase from here that is a name only where the text licenses it (a short form after its full name,
   * a quoted name after a head noun), kept apart.
   */
  licensedEnd: number;
  licensedNode: number;
  /** Proclitic letters before the licensed phrase, left outside its mention. */
  licensedOutside: number;
}

/** A Best with nothing found yet; `approximate` when the walk starts from a near spelling. */
const newBest = (approximate = false): Best => ({
  root: 0,
  end: -1,
  hit: null,
  node: 0,
  outside: 0,
  approximate,
  licensedEnd: -1,
  licensedNode: 0,
  licensedOutside: 0,
});

/** A node a word starts a phrase at, with the proclitic letters left outside the mention. */
interface Start {
  node: number;
  outside: number;
  /** The stem is too short to be a name alone: only the start of a longer one. */
  short: boolean;
  /** The page ran two of the name's words together (respacedStart). */
  respaced?: boolean;
  /** Read with an article the name does not have: never a person («المؤدي» is not Modi). */
  article?: boolean;
  /** A head noun read with an article its name does not have («الولاية»): a common noun before a name in apposition. */
  articledHead?: boolean;
}

/** The root nodes of the names a word may be a near spelling of, in one reading of it. */
interface NearStart {
  outside: number;
  nodes: (number | undefined)[];
}

/** A map that forgets everything when it grows past `limit`: a memo that a long session cannot grow without end. */
class BoundedCache<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly limit = 50_000) {}

  get(key: K, make: () => V): V {
    let value = this.map.get(key);
    if (value === undefined) {
      if (this.map.size >= this.limit) this.map.clear();
      value = make();
      this.map.set(key, value);
    }
    return value;
  }
}

const KIND_RANK: Record<Ending['kind'], number> = { block: 3, name: 2, nisba: 1, echo: 0, quoted: 0, credit: 0, cued: 0 };

/** Whether an ending found in the trie is a mention as it stands (not a blocker, not a short form to license). */
const isMention = (kind: Ending['kind']): kind is MentionKind => kind === 'name' || kind === 'nisba';
/** Fewest letters of each part of a name's word written with a space moved (respacedChild). */
const MIN_PART = 3;
/** The conjunction, which a page may write apart from the next word of a name (respacedChild). */
const AND = 'و';
/**
 * Fewest letters of a word read as a name's first two words run together («الولاياتالمتحدة»): longer than nearly
 * every Arabic word, so that the split is tried on few words.
 */
const MIN_RUN_TOGETHER = 10;
/** Phrases that are names only where the text licenses them. */
type LicensedKind = 'echo' | 'quoted' | 'credit' | 'cued';

export interface Matcher {
  /**
   * Mentions in text order. With `nested`, a name inside a longer name (كابول in «مطار كابول») follows the longer
   * one as a mention of its own, marked `nested`; a page highlights only the longer name. `context` is what the
   * page named before the text, and takes what the text names; `waiting` takes the people whose short form the
   * text holds before any full name of theirs: a later text of the page may give one.
   */
  match(text: string, options?: { nested?: boolean; context?: TextContext; waiting?: Set<string> }): Mention[];
  /** Aliases the lexicon holds that can never match, with the reason. */
  rejected: PhraseList['rejected'];
  /** Number of distinct phrases compiled. */
  size: number;
}

/**
 * Builds a word trie over every alias of the lexicon, once; `match` then runs in one pass over the text. Without
 * `near`, only names as the lexicon spells them are read: what the benchmark weighs the near reading against.
 */
export function compile(lexicon: Lexicon, { near = true }: { near?: boolean } = {}): Matcher {
  const { phrases, rejected } = phrasesOf(lexicon);
  const trie = PhraseTrie.of(phrases);
  const persons = new Set(lexicon.entries.filter((e) => e.type === 'person').map((e) => e.id));
  const nearOptions = near ? nearOptionsOf(lexicon.rules, trie) : undefined;
  return matcherOf(trie, { rejected, near: nearOptions, shared: sharedNamesOf(lexicon, trie), persons, ...contextRules(lexicon.rules) });
}

/** Which of the lexicon's rules read a name's context: head nouns, place cues, namesakes, date words, titles, owners. */
const CONTEXT_RULES = [
  'headNouns',
  'outletHeads',
  'namesakeHeads',
  'namedAfterHeads',
  'pluralHeads',
  'governorTitles',
  'placeCues',
  'countryWords',
  'directionWords',
  'signingCues',
  'dateWords',
  'monthNames',
  'titles',
  'titleQualifiers',
  'speechVerbs',
  'ownerWords',
  'officeWords',
  'nationalBodies',
  'stateBodies',
] as const;

/** The rules that read a name's context, and the common words (rules.homographs), as matcher options. */
export function contextRules(rules: Lexicon['rules']): Pick<MatcherOptions, (typeof CONTEXT_RULES)[number] | 'commonWords'> {
  const picked = Object.fromEntries(CONTEXT_RULES.map((key) => [key, rules[key]])) as Pick<Lexicon['rules'], (typeof CONTEXT_RULES)[number]>;
  return { ...picked, commonWords: Object.keys(rules.homographs).map(normalizeKey) };
}

/** How a singular nisba adjective ends, as a key: «الأرمني», «الأرمنية». */
const ADJECTIVE_ENDING = /يه?$/;

/** «في», which puts a body in a country («حرس الحدود في طاجيكستان»). */
const IN = normalizeKey('في');
/** «على», between a word of signing and what was signed («التوقيع على المعاهدة»). */
const ON = normalizeKey('على');

/** Alifs written with a hamza or madda: never the article's. */
const HAMZA_ALIFS = new Set(['أ', 'إ', 'آ']);

/**
 * A lexicon compiled for matcherOf: its trie, what decides between its entries that share a name, its near spellings,
 * its people's transliterated names and each entry's type. The build compiles the bundle's once and ships it as data
 * (build/bundled-lexicon.ts).
 */
export interface MatcherData {
  trie: TrieData;
  shared: SharedNames;
  near: NearOptions;
  /** The index of people's transliterated names for the bundle's people and every phrase. */
  variants: VariantIndex;
  types: Record<string, EntityType>;
}

/**
 * What the near reading of a lexicon needs: its distinctive name words, and the words its rules keep from being
 * read as names (the generated real words near names, and the listed common words). The build computes it once.
 */
export function nearOptionsOf(rules: Lexicon['rules'], trie: PhraseTrie): NearOptions {
  const index = nearIndex(distinctiveNameWords(trie));
  const names = new Set(index.flatMap(([, words]) => words));
  return {
    index,
    refused: [...(rules.nearWords ?? []), ...Object.keys(rules.homographs)].map(normalizeKey),
    parents: trie.parentsOf((word) => names.has(word)),
  };
}

export interface NearOptions {
  /** Distinctive name words by consonant skeleton (nearIndex). */
  index: readonly (readonly [string, readonly string[]])[];
  refused: readonly string[];
  /**
   * The trie's nodes with a child a near spelling can stand for, worked out where the trie was built: after any
   * other node a word that is not an edge ends the walk.
   */
  parents: readonly number[];
}

export interface MatcherOptions {
  /** Which of the trie's phrases to look for (all by default), given the phrase and its place in the trie. */
  keep?: (phrase: Ending, index: number) => boolean;
  rejected?: PhraseList['rejected'];
  /** Names read from near spellings, and words never so read (lexicon/near.ts); without it, only exact names match. */
  near?: NearOptions;
  /** How the page picks between entries that share a name (see SharedNames). */
  shared?: SharedNames;
  /**
   * People. Their full names hold no nested mentions («داريغا نزارباييفا» is not a mention of her father), and a
   * surname standing alone is read only as written: the region's surnames differ by a letter (ميرزوييف, Mirzoyev;
   * ميرزيوييف, Mirziyoyev), so a near spelling of one is more likely another person than a typo, unless the page
   * has named the person in full before (a short form's near spelling).
   */
  persons?: ReadonlySet<string>;
  /**
   * People's names by the anchor words of their transliterated spellings (lexicon/name-variants.ts), built with the
   * trie for exactly these `persons` and `keep`; without it the matcher works it out when a page first needs it.
   */
  variants?: VariantIndex;
  /** Nouns after which a name in quotation marks is a name even when it is an ordinary word (rules.headNouns). */
  headNouns?: readonly string[];
  /** Nouns after which a quoted name is the outlet's even where it also names something else (rules.outletHeads). */
  outletHeads?: readonly string[];
  /** A name ending in a key's word is not taken before a word of its list (rules.dateWords: «روسيا اليوم الجمعة»). */
  dateWords?: Readonly<Record<string, readonly string[]>>;
  /** A name ending in a number is not taken before a month's name (rules.monthNames: «أستانا 4 يوليو»). */
  monthNames?: readonly string[];
  /** Words after which a name a place shares with a person or a body is the place (rules.placeCues). */
  placeCues?: readonly string[];
  /**
   * Common words that are a country's bare name, to its id (rules.countryWords): «مالي» listed with other countries, or
   * after a place cue on a page that named Mali for sure, is the country.
   */
  countryWords?: Readonly<Record<string, string>>;
  /** Compass words (rules.directionWords): a name opening with one gives way to a longer name from its next word. */
  directionWords?: readonly string[];
  /** Words of signing around a name an agreement and a body share, which make it the agreement (rules.signingCues). */
  signingCues?: { readonly before: readonly string[]; readonly after: readonly string[] };
  /** Nouns of natural features whose names hold no nested mention (rules.namesakeHeads); only `nested` reads them. */
  namesakeHeads?: readonly string[];
  /** Nouns of places and bodies named after people (rules.namedAfterHeads): a person's name after one is not the person. */
  namedAfterHeads?: readonly string[];
  /** Plural head nouns of places and their singular (rules.pluralHeads): the head stands before each name of a list. */
  pluralHeads?: Readonly<Record<string, string>>;
  /** Titles of a region's governor and the head noun of what they govern (rules.governorTitles): «والي هرات» is the province. */
  governorTitles?: Readonly<Record<string, string>>;
  /**
   * The listed common words (rules.homographs), as keys: such a word is not read as a name with its clitics
   * removed either («البخاري», the hadith scholar, is not «بخارى» with the article).
   */
  commonWords?: readonly string[];
  /** Titles after which a person's short form is a name without an earlier full mention (rules.titles). */
  titles?: readonly string[];
  /** Words between a title and a surname (rules.titleQualifiers: «الرئيس الحالي»), as a nisba adjective may stand. */
  titleQualifiers?: readonly string[];
  /** Verbs of saying (rules.speechVerbs): after one, or a title, a surname that is also a common word is the person's. */
  speechVerbs?: readonly string[];
  /** Words after which a body's short form is not read (rules.ownerWords: «… التابعة لطالبان»). */
  ownerWords?: readonly string[];
  /** Words of office before which a body's name is a title, holding only the names inside it (rules.officeWords). */
  officeWords?: readonly string[];
  /** International names not read before a nisba or a qualifier (rules.nationalBodies: «مجلس الأمن الأرمني»). */
  nationalBodies?: { names: readonly string[]; qualifiers: readonly string[] };
  /**
   * Names every state, or every bloc, gives a body of its own («المحكمة العليا», «مجلس وزراء الخارجية»), read only where
   * the page names what the body belongs to (rules.stateBodies).
   */
  stateBodies?: readonly string[];
}

/**
 * What a page has named so far, for the texts read after it: a page is tagged block by block, and a short form or a
 * shared name in one block may rest on a full name in the headline. Without it, each text stands alone.
 */
export interface TextContext {
  /** How often each entry has been named for sure (not through a shared name). */
  readonly counts: Map<string, number>;
  /** When each entry was last named, on the `clock`. */
  readonly lastAt: Map<string, number>;
  /**
   * Each entry's last name of several words, as written: which short forms it licenses. Kept as text and read only
   * when a short form may stand for several entries, since a page names many more than it shortens.
   */
  readonly lastWords: Map<string, string>;
  clock: number;
  /** The reader's choices between entries sharing a name, by the entries' ids joined by spaces (choiceKey). */
  readonly chosen: Map<string, string>;
}

export const newTextContext = (): TextContext => ({ counts: new Map(), lastAt: new Map(), lastWords: new Map(), clock: 0, chosen: new Map() });

/** The key of a choice between entries sharing a name: the same entries in the same order make the same choice. */
export const choiceKey = (ids: readonly string[]): string => ids.join(' ');

/** A summit a place hosted: its organisation and year. */
export interface HostedSummit {
  id: string;
  org: string;
  year: string;
}

/** A summit of a series: the cities that hosted it and its year. */
export interface SummitEdition {
  id: string;
  hosts: readonly string[];
  year: string;
}

/**
 * What decides between entries sharing a name («نور سلطان»: Astana's old name, Nazarbayev's first names): for
 * each, the entries that speak for it when the same text names them (its country, its organisation), and which
 * are people or events. The candidate named elsewhere in the text, or whose related entries are, wins; with no
 * evidence the first candidate that is neither does, since a first name alone is not a person and a body's name is
 * the body more often than the agreement it was founded on.
 */
export interface SharedNames {
  related: Record<string, readonly string[]>;
  persons: readonly string[];
  /** The events among them: an agreement that shares its name with the body founded on it (signingCues). */
  events?: readonly string[];
  /**
   * Every place and country: a name a place shares with a body or a person is the place after a place cue («تأسست
   * في شنغهاي») or in a list of places («بكين وشانغهاي»), elsewhere the one the page gives evidence for («قمة شنغهاي»
   * on a page about the SCO).
   */
  places?: readonly string[];
  /** Every outlet: a quoted name after an outlet's head noun that is no outlet's names an outlet the lexicon lacks. */
  outlets?: readonly string[];
  /**
   * Every state: its name holds no nested mention of the land it is named after («جنوب إفريقيا» names no continent,
   * «جنوب السودان» is not Sudan, «بابوا غينيا الجديدة» not Guinea).
   */
  states?: readonly string[];
  /**
   * The entry that lists a shared name first among its names (its display name, then its aliases in order), by key:
   * the page's default when nothing on it decides («جلال آباد» is Afghanistan's city; Kyrgyzstan's goes by «جلال آباد
   * القرغيزية» and lists the bare name after it).
   */
  named?: Record<string, string>;
  /**
   * Summits named by their organisation alone («قمة منظمة شنغهاي للتعاون»), by key: each summit of the series with
   * the cities that hosted it. The page names one host city more than the others, and no year but the summit's:
   * that summit; else the organisation.
   */
  series?: Record<string, readonly SummitEdition[]>;
  /**
   * Summits by the place that hosted them, with their organisation: «قمة مينسك» on a page that names the CSTO and
   * 2017 is its Minsk summit of 2017, not the city.
   */
  hosted?: Record<string, readonly HostedSummit[]>;
  /**
   * What each entry is part of: a body's name holds its parent's as a part of itself, not as a mention of the parent
   * («مجلس الأمن الجماعي» of the CSTO holds «الأمن الجماعي»).
   */
  partOf?: Record<string, readonly string[]>;
  /**
   * Places whose names hold a name that is no mention there, by place: a place they neither lie in nor hold
   * («سيستان وبلوشستان», Iran's province, holds «بلوشستان», Pakistan's), or the person they are named after («ديرة
   * إسماعيل خان» holds the warlord «إسماعيل خان»); never read inside its name.
   */
  foreignParts?: Record<string, readonly string[]>;
}

/** The SharedNames of a lexicon, for the entries that share a name with another. */
export function sharedNamesOf(lexicon: Lexicon, trie: PhraseTrie): SharedNames {
  const owners = new Map<number, Set<string>>();
  for (const p of trie.phrases) if (p.kind === 'name' && p.id !== undefined) owners.set(p.node, (owners.get(p.node) ?? new Set()).add(p.id));
  const stateNodes = new Set((lexicon.rules.stateBodies ?? []).map((name) => trie.nodeOf(normalizeKey(name))));
  const ids = new Set([...owners].filter(([node, o]) => o.size > 1 || stateNodes.has(node)).flatMap(([, o]) => [...o]));
  const byId = new Map(lexicon.entries.map((e) => [e.id, e]));
  // A body speaks through what it is part of, up to its country: the US Senate is part of Congress, part of the US.
  const ancestorsUpTo = (id: string, depth: number): string[] =>
    (byId.get(id)?.card.relations ?? [])
      .filter((r) => r.type === 'part-of' || r.type === 'located-in')
      .flatMap((r) => [r.target, ...(depth > 1 ? ancestorsUpTo(r.target, depth - 1) : [])]);
  // Asked again for every place named inside another place's name: worked out once per entry.
  const known = new Map<string, string[]>();
  const ancestors = (id: string): string[] => known.get(id) ?? known.set(id, ancestorsUpTo(id, 3)).get(id)!;
  const related: Record<string, string[]> = {};
  for (const id of ids) related[id] = [...new Set([...relationsOf(id, lexicon.entries).map((r) => r.target), ...ancestors(id)])];
  // A summit's host city is the place its relations say, or the one its names hold («قمة شنغهاي في طشقند 2016») but
  // for a name of its organisation («شنغهاي» is the SCO there, not the city).
  const placeNamed = new Map<string, string>();
  for (const e of lexicon.entries) if (e.type === 'place') for (const n of [e.name.ar, ...e.aliases]) placeNamed.set(normalizeKey(n), e.id);
  const placesIn = (name: string, orgNames: ReadonlySet<string>) => {
    const words = normalizeKey(name).split(' ');
    return wordRuns(words)
      .filter((w) => !orgNames.has(w))
      .flatMap((w) => placeNamed.get(w) ?? []);
  };
  // Which sharer lists a shared name first among its names (its display name, then its aliases in order).
  const named: Record<string, string> = {};
  const rank = new Map<string, number>();
  for (const e of lexicon.entries) {
    [e.name.ar, ...e.aliases].forEach((name, at) => {
      const key = normalizeKey(name);
      const node = trie.nodeOf(key);
      if (node === undefined || !((owners.get(node)?.size ?? 0) > 1 && owners.get(node)!.has(e.id))) return;
      if (named[key] === undefined || at < rank.get(key)!) {
        named[key] = e.id;
        rank.set(key, at);
      }
    });
  }
  const series: Record<string, SummitEdition[]> = {};
  const hosted: Record<string, HostedSummit[]> = {};
  for (const summit of summitsOf(lexicon.entries, byId)) {
    const org = byId.get(summit.org)!;
    const orgNames = new Set([org.name.ar, ...org.aliases].map(normalizeKey));
    const inNames = byId.get(summit.id)!.aliases.flatMap((alias) => placesIn(alias, orgNames));
    const hosts = [...new Set([...summit.hosts.filter((h) => byId.get(h)?.type === 'place'), ...inNames])];
    if (hosts.length === 0) continue;
    for (const { key } of summitNamesOf(byId.get(summit.org)!)) (series[key] ??= []).push({ id: summit.id, hosts, year: summit.year });
    for (const host of hosts) (hosted[host] ??= []).push({ id: summit.id, org: summit.org, year: summit.year });
  }
  const partOf: Record<string, string[]> = {};
  for (const e of lexicon.entries) {
    const parents = e.card.relations.filter((r) => r.type === 'part-of').map((r) => r.target);
    if (parents.length > 0) partOf[e.id] = parents;
  }
  const isPlace = (id: string | undefined) => id !== undefined && byId.get(id)?.type === 'place';
  const isPerson = (id: string) => byId.get(id)?.type === 'person';
  const isBody = (id: string) => ['organization', 'media'].includes(byId.get(id)?.type ?? '');
  const linked = (a: string, b: string) =>
    byId.get(a)!.card.relations.some((r) => r.target === b) || (byId.get(b)?.card.relations.some((r) => r.target === a) ?? false);
  // A place's or a site's name holds no body it has nothing to do with: «أيني» in «قاعدة أيني الجوية» is the town, not Eni.
  const foreignParts: Record<string, string[]> = {};
  for (const { phrase, words } of trie.phraseWords()) {
    const outer = phrase.id;
    const site = byId.get(outer ?? '')?.type === 'military';
    if (phrase.kind !== 'name' || !(isPlace(outer) || site) || words.length < 2) continue;
    const lies = new Set(ancestors(outer!));
    for (let a = 0; a < words.length; a++) {
      // «وبلوشستان» in «سيستان وبلوشستان»: the conjunction joins two names.
      const first = words[a]!.startsWith('و') && a > 0 ? words[a]!.slice(1) : words[a]!;
      for (let b = a + 1; b <= words.length; b++) {
        if (b - a === words.length) continue;
        const node = trie.nodeOf([first, ...words.slice(a + 1, b)].join(' '));
        for (const inner of node === undefined ? [] : (owners.get(node) ?? [])) {
          // A place it lies in, or one that lies in it (a region's capital), is a place its name may well mention.
          const foreign = !site && isPlace(inner) && !lies.has(inner) && !ancestors(inner).includes(outer!);
          if (inner === outer || !(foreign || isPerson(inner) || (isBody(inner) && !linked(outer!, inner)))) continue;
          const parts = (foreignParts[outer!] ??= []);
          if (!parts.includes(inner)) parts.push(inner);
        }
      }
    }
  }
  return {
    related,
    persons: lexicon.entries.filter((e) => ids.has(e.id) && e.type === 'person').map((e) => e.id),
    events: lexicon.entries.filter((e) => ids.has(e.id) && e.type === 'event').map((e) => e.id),
    places: lexicon.entries.filter((e) => e.type === 'place' || e.type === 'country').map((e) => e.id),
    named,
    outlets: lexicon.entries.filter((e) => e.type === 'media').map((e) => e.id),
    states: lexicon.entries.filter((e) => e.type === 'country').map((e) => e.id),
    series,
    hosted,
    partOf,
    foreignParts,
  };
}

/** The matcher over a trie; the trie is read, not kept in step: phrases added later are not looked for. */
export function matcherOf(
  trie: PhraseTrie,
  {
    keep = () => true,
    rejected = [],
    near: nearOptions,
    shared,
    persons: people,
    variants,
    headNouns = [],
    outletHeads = [],
    namesakeHeads = [],
    namedAfterHeads = [],
    pluralHeads = {},
    governorTitles = {},
    placeCues = [],
    countryWords = {},
    directionWords = [],
    signingCues,
    dateWords = {},
    monthNames = [],
    commonWords = [],
    titles = [],
    titleQualifiers = [],
    speechVerbs = [],
    ownerWords = [],
    officeWords = [],
    nationalBodies,
    stateBodies = [],
  }: MatcherOptions = {},
): Matcher {
  // What each node ends: when two entries share a phrase the first added keeps it; a name outranks a nisba.
  const hits: (Ending | null)[] = new Array<Ending | null>(trie.size).fill(null);
  let size = 0;
  // Nodes whose name several entries share: every entry, in order, for the page to choose from.
  const sharing = new Map<number, string[]>();
  // Phrases that are names only where the text licenses them, by node: for short forms (echo), every entry whose
  // full name they shorten; for quoted names and credits, every entry so named.
  const licensed = new Map<number, Record<LicensedKind, string[]>>();
  trie.phrases.forEach((phrase, index) => {
    if (!keep(phrase, index)) return;
    if (phrase.kind === 'echo' || phrase.kind === 'quoted' || phrase.kind === 'credit' || phrase.kind === 'cued') {
      const ids = licensed.get(phrase.node) ?? { echo: [], quoted: [], credit: [], cued: [] };
      if (phrase.id !== undefined && !ids[phrase.kind].includes(phrase.id)) ids[phrase.kind].push(phrase.id);
      licensed.set(phrase.node, ids);
      return;
    }
    const held = hits[phrase.node];
    if (!held) size++;
    if (!held || KIND_RANK[phrase.kind] > KIND_RANK[held.kind]) hits[phrase.node] = phrase;
    else if (held.kind === 'name' && phrase.kind === 'name' && phrase.id !== undefined && phrase.id !== held.id) {
      const ids = sharing.get(phrase.node) ?? [held.id!];
      if (!ids.includes(phrase.id)) ids.push(phrase.id);
      sharing.set(phrase.node, ids);
    }
  });
  for (const [key, id] of Object.entries(shared?.named ?? {})) {
    const node = trie.nodeOf(key);
    const ids = node === undefined ? undefined : sharing.get(node);
    if (ids?.includes(id)) sharing.set(node!, [id, ...ids.filter((other) => other !== id)]);
  }
  const seriesAt = new Map<number, readonly SummitEdition[]>();
  for (const [key, editions] of Object.entries(shared?.series ?? {})) {
    const node = trie.nodeOf(key);
    if (node !== undefined) seriesAt.set(node, editions);
  }
  // Who is a person, for a shared name's default: all people when the caller says, else those the shared names hold.
  const persons: ReadonlySet<string> = people ?? new Set(shared?.persons ?? []);
  const events: ReadonlySet<string> = new Set(shared?.events ?? []);
  const places: ReadonlySet<string> = new Set(shared?.places ?? []);
  const isPlace = (id: string) => places.has(id);
  const outletIds: ReadonlySet<string> = new Set(shared?.outlets ?? []);
  const states: ReadonlySet<string> = new Set(shared?.states ?? []);
  const notPerson = (id: string) => !persons.has(id);
  const isEvent = (id: string) => events.has(id);
  const rootOf = (word: string) => trie.child(0, word);
  const isKey = (key: string) => rootOf(key) !== undefined;
  // Only first words need a key up front; the words after them are read on demand while walking the trie.
  const wanted = new WordFilter();
  for (const word of trie.childWords(0)) {
    wanted.add(word);
    // لل hides the article: «للعراق» must reach «العراق» through «عراق».
    if (word.startsWith(ARTICLE)) wanted.add(word.slice(ARTICLE.length));
    // A name's first two words run together («الولاياتالمتحدة»), for respacedStart.
    for (const next of trie.childWords(rootOf(word)!)) if (word.length + next.length >= MIN_RUN_TOGETHER) wanted.add(word + next);
  }

  const near = nearOptions ? new NearNames(nearOptions.index, nearOptions.refused) : undefined;
  // Only a distinctive word of names (near.isName: no nisba, no word of many names) vouches for a loose reading: a
  // node's such words, worked out when a walk first misses there.
  const distinctive = new BoundedCache<number, { words: readonly string[]; edges: ReadonlySet<number> }>();
  const looseReadings = new BoundedCache<string, { node: number; long: boolean } | null>();
  const distinctiveChildren = (node: number) =>
    distinctive.get(node, () => {
      const words = trie.childWords(node).filter((w) => near!.isName(w));
      return { words, edges: new Set(words.map(looseEdgesOf)) };
    });
  // The reader's own words added to the trie since it was built may continue a name too.
  const nearParents = new Set([...(nearOptions?.parents ?? []), ...(near ? trie.parentsOf((word) => near.isName(word), true) : [])]);

  // What a word can start, worked out once per distinct word: a page repeats its words, and a lexicon of a thousand
  // entries makes a third of them worth asking about.
  const starts = new BoundedCache<string, readonly Start[]>();
  const nearStarts = new BoundedCache<string, readonly NearStart[]>();
  const nearNames = new BoundedCache<string, readonly string[]>();

  const common = new Set(commonWords);
  const heads = new Set(headNouns.map(normalizeKey));

  /** The trie nodes the word `whole` starts a phrase at: as it stands, then with its proclitics removed. */
  function startsOf(whole: string): readonly Start[] {
    return starts.get(whole, () => {
      const root = rootOf(whole);
      const exact: Start[] = root === undefined ? respacedStart(whole) : [{ node: root, outside: 0, short: false }];
      if (common.has(whole)) return exact;
      return exact.concat(
        strippedReadings(whole, isKey).map((r) => ({
          node: rootOf(r.key)!,
          outside: r.outside,
          short: r.short,
          article: r.article,
          articledHead: r.article && heads.has(r.key),
        })),
      );
    });
  }

  /** A long word that is a name's first two words with the space between them lost («الأممالمتحدة»). */
  function respacedStart(whole: string): Start[] {
    for (let cut = MIN_PART; whole.length >= MIN_RUN_TOGETHER && cut <= whole.length - MIN_PART; cut++) {
      const head = rootOf(whole.slice(0, cut));
      const node = head === undefined ? undefined : trie.child(head, whole.slice(cut));
      if (node !== undefined) return [{ node, outside: 0, short: false, respaced: true }];
    }
    return [];
  }

  /**
   * The names a word not in the lexicon may be a near spelling of, read as it stands, then without its proclitics;
   * asked only of the words the tokeniser found may be one (Tokens.near).
   */
  function nearStartsOf(whole: string): readonly NearStart[] {
    return nearStarts.get(whole, () => {
      // A word that starts a name as it stands is that name or none: never a near spelling of another.
      if (isKey(whole)) return [];
      const readings = [{ key: whole, outside: 0 }, ...strippedReadings(whole, (key) => namesNear(key).length > 0)];
      return readings.map((r) => ({ outside: r.outside, nodes: namesNear(r.key).map((name) => rootOf(name)) })).filter((r) => r.nodes.length > 0);
    });
  }

  const namesNear = (word: string) => nearNames.get(word, () => near!.namesFor(word));

  /**
   * The child of `node` that a near spelling `word` stands for, when exactly one does, or when every one it may
   * stand for ends the same entry's name there («مختار تليوبيردي» is one edit from both «مختار تليوبردي» and «مختار
   * تلوبيردي»).
   */
  function nearChild(node: number, word: string): number | undefined {
    if (!nearParents.has(node)) return undefined;
    const names = namesNear(word);
    if (names.length === 0) return undefined;
    const children = [...new Set(names.map((name) => trie.child(node, name)).filter((n) => n !== undefined))];
    if (children.length === 1) return children[0];
    const first = children.length > 0 ? hits[children[0]!] : null;
    return first && children.every((n) => hits[n]?.id === first.id && hits[n]?.kind === first.kind) ? children[0] : undefined;
  }

  /**
   * The child of `node` whose word the page's `word` is loosely near (lexicon/near.ts), when exactly one is; none for
   * a word that is itself a word of names or a real word kept from near readings.
   */
  function looseChild(node: number, word: string): { node: number; long: boolean } | undefined {
    if (!near || !nearParents.has(node) || word.length < LOOSE_MIN_LENGTH - 1) return undefined;
    const children = distinctiveChildren(node);
    if (!children.edges.has(looseEdgesOf(word))) return undefined;
    const found = looseReadings.get(`${node} ${word}`, () => {
      if (isKey(word) || near.isName(word) || near.refuses(word)) return null;
      const alike = children.words.filter((w) => looselyNear(word, w));
      // Of several, the one a single letter away («شانغاي»: «شانغهاي» rather than «شنغهاي»).
      const nearest = alike.length > 1 ? alike.filter((w) => editsWithin(word, w, 1)) : alike;
      return nearest.length === 1 ? { node: trie.child(node, nearest[0]!)!, long: stemLength(nearest[0]!) >= LOOSE_LONG_LENGTH } : null;
    });
    return found ?? undefined;
  }

  /**
   * The longest phrase starting at word i, found by walking the trie from `first`; kept if it beats `best`.
   * A word after the first may be a near spelling of the name's word («طاجكستان» in «جمهورية طاجكستان»), or, once,
   * where the walk began with a word as written, a looser one (منظمة شانغاي للتعاون; see looseAt).
   */
  function walk(
    tokens: Tokens,
    i: number,
    first: number | undefined,
    outside: number,
    minEnd: number,
    best: Best,
    approximate = false,
    maxEnd = Infinity,
    article = false,
  ): void {
    let node = first;
    let j = i;
    /**
     * Where a word was read loosely near its name's word (-1: none), and whether one may be. It counts in a name of
     * three words or more, or of two when the name's word is long («ميخائيل كافيلاشفيني», «جمهورية طاجيكسان»).
     */
    let looseAt = -1;
    let looseLong = false;
    const mayLoosen = !approximate;
    while (node !== undefined) {
      // A person's name of one or two words takes no article: «المؤدي» (leading to) is not «مودي», «التقى عثماني»
      // (met Othmani) not «تقي عثماني». In a longer name the other words vouch for it («الأمير خان متقي»).
      const hit = article && j <= i + 1 && hits[node]?.id !== undefined && persons.has(hits[node]!.id!) ? null : hits[node]!;
      if (!hit && j > best.licensedEnd && j >= minEnd && j <= maxEnd && licensed.has(node)) {
        best.licensedEnd = j;
        best.licensedNode = node;
        best.licensedOutside = outside;
      }
      if (
        hit &&
        j > best.end &&
        j >= minEnd &&
        j <= maxEnd &&
        (looseAt < 0 || j - i >= 2 || looseLong) &&
        !beforeDate(tokens, j) &&
        !nationalAt(tokens, j, node)
      ) {
        best.root = first!;
        best.end = j;
        best.hit = hit;
        best.node = node;
        best.outside = outside;
        best.approximate = approximate;
      }
      if (!trie.hasChildren(node) || j + 1 >= tokens.count || j + 1 > maxEnd || tokens.gaps[j + 1]! > Gap.SOFT) return;
      j++;
      const word = tokens.key(j);
      const exact = trie.child(node, word);
      if (exact === undefined) {
        // An edition's number written into a name («الاجتماع التشاوري السادس لرؤساء دول آسيا الوسطى») reads as the
        // name without it, when no name holds that number: the series, where the lexicon lacks that edition. A word
        // for "year" before a name's year («قمة موسكو عام 2022») reads as the name without it, and so does a nisba
        // written into it («المنطقة العسكرية الروسية الوسطى»).
        const skipped = insertSkip(tokens, j, node, maxEnd);
        if (skipped !== undefined) {
          [j, node] = skipped;
          continue;
        }
        approximate = true;
        const respaced = respacedChild(tokens, j, node, maxEnd);
        if (respaced !== undefined) {
          [j, node] = respaced;
          continue;
        }
      }
      // The tokeniser has flagged the words that may be near spellings (Tokens.near): the others are not looked up.
      const parent = node;
      node = exact ?? (tokens.near[j] === 1 ? nearChild(node, word) : undefined) ?? (j - i >= 2 ? soundChild(node, word) : undefined);
      if (node === undefined && mayLoosen && looseAt < 0) {
        const loose = looseChild(parent, word);
        node = loose?.node;
        if (loose) [looseAt, looseLong] = [j, loose.long];
      }
    }
  }

  /**
   * Inside a name, a space the page moved: two of the name's words run together («سردار برديمحمدوف» for «سردار
   * بردي محمدوف») or one of them split in two («قربان قولي بردي محمد وف»). Transliterated compound names are
   * written both ways. Each part must have MIN_PART letters, so that a clitic or a stray letter is not a word of the
   * name. Returns the word and node the name goes on from, or undefined.
   */
  function respacedChild(tokens: Tokens, j: number, node: number, maxEnd: number): [number, number] | undefined {
    const word = tokens.key(j);
    // «و» written apart from the word it joins («سيستان و بلوشستان», «جامو و كشمير»).
    if (word === AND && j + 1 < tokens.count && j + 1 <= maxEnd && tokens.gaps[j + 1]! <= Gap.SOFT) {
      const joined = trie.child(node, AND + tokens.key(j + 1));
      if (joined !== undefined) return [j + 1, joined];
    }
    // Most words end a name here: a look at the sorted children rules them out before any split or join is tried.
    const split = word.length >= 2 * MIN_PART && trie.hasChildStartingWith(node, word.slice(0, MIN_PART));
    for (let cut = MIN_PART; split && cut <= word.length - MIN_PART; cut++) {
      const head = trie.child(node, word.slice(0, cut));
      const tail = head === undefined ? undefined : trie.child(head, word.slice(cut));
      if (tail !== undefined) return [j, tail];
    }
    const k = j + 1;
    if (word.length < MIN_PART || k >= tokens.count || k > maxEnd || tokens.gaps[k]! > Gap.SOFT || !trie.hasChildStartingWith(node, word)) return undefined;
    const rest = tokens.key(k);
    // Joined, the two parts may still be a near spelling of the name's word («مختار تلوب بردي», تلوبيردي).
    const joined = rest.length >= MIN_PART ? (trie.child(node, word + rest) ?? nearChild(node, word + rest)) : undefined;
    return joined === undefined ? undefined : [k, joined];
  }

  /** The country whose nisba the whole word is, without a proclitic («الروسية», «روسي»), if it is one. */
  function nisbaOf(key: string): string | undefined {
    const start = startsOf(key).find((s) => s.outside === 0 && hits[s.node]?.kind === 'nisba');
    return start === undefined ? undefined : hits[start.node]!.id;
  }

  /** Whether a word is a country's nisba with the article («الروسية»). */
  const isArticledNisba = (key: string) => key.startsWith(ARTICLE) && nisbaOf(key) !== undefined;

  /** The child of `node` whose word sounds like `word` letter by letter (soundAlike), when exactly one does. */
  function soundChild(node: number, word: string): number | undefined {
    const alike = trie.childWords(node).filter((w) => soundAlike(w, word));
    return alike.length === 1 ? trie.child(node, alike[0]!) : undefined;
  }

  /**
   * Past an ordinal, a word for "year" or a nisba with the article at word j («المنطقة العسكرية الروسية الوسطى»), the
   * word and node the phrase at `node` goes on with; undefined if none.
   */
  function insertSkip(tokens: Tokens, j: number, node: number, maxEnd: number): [number, number] | undefined {
    const word = (k: number) => (k < tokens.count && (k === j || tokens.gaps[k]! <= Gap.SOFT) ? tokens.key(k) : undefined);
    const counted = ordinalLength(word, j) || yearWordLength(word, j);
    const length = counted || (isArticledNisba(tokens.key(j)) ? 1 : 0);
    const after = j + length;
    if (length === 0 || after >= tokens.count || after > maxEnd || tokens.gaps[after]! > Gap.SOFT) return undefined;
    // A nisba before «في» says whose body stands in that place: «حرس الحدود الروسية في طاجيكستان» are Russia's border
    // guards in Tajikistan, not «حرس الحدود في طاجيكستان», Tajikistan's own.
    if (counted === 0 && tokens.key(after) === IN) return undefined;
    const next = trie.child(node, tokens.key(after));
    // A nisba is written into a body's name, never into a person's or a place's: «مير الروسية على» is no «مير علي».
    const named = next === undefined ? undefined : hits[next]?.id;
    if (next === undefined || (counted === 0 && named !== undefined && (persons.has(named) || isPlace(named)))) return undefined;
    return [after, next];
  }

  /**
   * The phrase a near spelling of a first word starts (كازخستان، وطاجكستان): taken only when every nearest
   * name it may stand for leads to the same entry.
   */
  function walkNear(tokens: Tokens, i: number, whole: string, best: Best, maxEnd: number): void {
    for (const r of nearStartsOf(whole)) {
      const found: Best[] = [];
      const shortForms: Best[] = [];
      for (const node of r.nodes) {
        const b = newBest(true);
        walk(tokens, i, node, r.outside, i, b, true, maxEnd);
        if (b.hit && !(b.end === i && people?.has(b.hit.id!))) found.push(b);
        else if (b.licensedEnd >= i) shortForms.push(b);
      }
      const shortOf = (b: Best) => licensed.get(b.licensedNode)!.echo.join(' ');
      if (found.length === 0 && shortForms.length > 0 && shortForms.every((b) => shortOf(b) === shortOf(shortForms[0]!))) {
        // A near spelling of a short form («تليوبيردي» after «مختار تليوبردي»), when every short form it may be
        // shortens the same entries: still a name only where the page has named one of them in full.
        const b = shortForms.reduce((a, c) => (c.licensedEnd > a.licensedEnd ? c : a));
        Object.assign(best, { licensedEnd: b.licensedEnd, licensedNode: b.licensedNode, licensedOutside: b.licensedOutside, approximate: true });
        return;
      }
      if (found.length === 0) continue;
      if (found.some((b) => b.hit!.id !== found[0]!.hit!.id || b.hit!.kind !== found[0]!.hit!.kind)) return;
      Object.assign(
        best,
        found.reduce((a, b) => (b.end > a.end ? b : a)),
      );
      return;
    }
  }

  // Refilled by every call: match() runs to completion before it can be called again.
  const scratch = new Tokens('', 1024);

  // People's names by their anchor words (lexicon/name-variants.ts): the build's index, or one worked out when a page
  // first needs it.
  let variantNames: VariantNames | undefined;

  /**
   * Whether `word` is the name's word `k`, or another spelling of it: one of the person's own words, or a word that
   * opens no other name and that no rule calls common.
   */
  function variantWord(word: string, name: VariantName, k: number): boolean {
    const listed = name.words[k]!;
    return word === listed || (spelledAlike(word, listed, name.skeletons[k]!) && (name.own.has(word) || (!isKey(word) && !common.has(word))));
  }

  /**
   * A person's full name around word i, one of its anchor words, with its other words spelt another way
   * (lexicon/name-variants.ts), starting at or after word `next`: its words, the letters of a proclitic outside its
   * first word, and the person, when one person's names are the only ones that fit.
   */
  function variantAt(tokens: Tokens, i: number, whole: string, next: number): { first: number; last: number; outside: number; id: string } | undefined {
    variantNames ??= new VariantNames(trie, variants ?? variantIndexOf(trie, persons, keep));
    let found: { first: number; last: number; outside: number; id: string } | undefined;
    for (const start of startsOf(whole)) {
      for (const name of variantNames.at(start.node)) {
        const first = i - name.anchor;
        const last = first + name.words.length - 1;
        if (first < next || last >= tokens.count || (name.anchor > 0 && start.outside > 0)) continue;
        let outside = name.anchor === 0 ? start.outside : 0;
        let differs = false;
        let fits = true;
        /** Words of the text past the name's last: its patronymic ending written apart. */
        let spread = 0;
        for (let k = 0; k < name.words.length && fits; k++) {
          const at = first + k;
          if (at > first && tokens.gaps[at]! > Gap.SOFT) fits = false;
          if (k === name.anchor || !fits) continue;
          const word = tokens.key(at);
          // A proclitic on the name's first word: «وباهودير».
          const stripped = k === 0 && !variantWord(word, name, k) ? strippedReadings(word, (key) => variantWord(key, name, 0))[0] : undefined;
          const reading = stripped?.key ?? word;
          fits = variantWord(reading, name, k);
          if (stripped) outside = stripped.outside;
          differs ||= reading !== name.words[k];
          // The last word's patronymic ending written apart: «خدايار زاده» for «خودورزودة».
          if (!fits && k === name.words.length - 1 && at + 1 < tokens.count && tokens.gaps[at + 1]! <= Gap.SOFT) {
            const ending = tokens.key(at + 1);
            fits = PATRONYMIC_ENDINGS.includes(ending) && variantWord(word + ending, name, k);
            if (fits) spread = 1;
          }
        }
        if (!fits || !differs) continue;
        if (found && found.id !== name.id) return undefined;
        if (!found || last + spread > found.last) found = { first, last: last + spread, outside, id: name.id };
      }
    }
    return found;
  }

  /**
   * The person named by the word before word i and word `end`, when the words i..end name another person `id`: the
   * first word a given name and the middle one a father's name («إلهام حيدر علييف»). With the letters of a proclitic
   * outside the name.
   */
  function childNamed(tokens: Tokens, i: number, end: number, id: string): { id: string; outside: number } | undefined {
    if (!persons.has(id) || tokens.gaps[i]! > Gap.SOFT) return undefined;
    const last = tokens.key(end);
    for (const start of startsOf(tokens.key(i - 1))) {
      // «والتقى بوجار عثماني» is no «تقي عثماني»: a person's name takes no article.
      if (start.article || start.respaced) continue;
      const node = trie.child(start.node, last);
      const named = node === undefined ? undefined : hits[node];
      if (named?.kind === 'name' && named.id !== undefined && named.id !== id && persons.has(named.id)) return { id: named.id, outside: start.outside };
    }
    return undefined;
  }

  /** Whether word k, in the same clause as the word before it, is a name by itself. */
  function nameAt(tokens: Tokens, k: number): boolean {
    if (k >= tokens.count || tokens.gaps[k]! > Gap.SOFT) return false;
    return startsOf(tokens.key(k)).some((s) => s.outside === 0 && hits[s.node]?.kind === 'name');
  }

  /** The longest phrase starting at word i (whose key is `whole`) and ending by `maxEnd`, into `best`. */
  function longestAt(tokens: Tokens, i: number, whole: string, best: Best, maxEnd = Infinity): Ending | null {
    best.end = -1;
    best.hit = null;
    best.approximate = false;
    best.licensedEnd = -1;
    const from = startsOf(whole);
    for (const s of from) {
      // «عاصمة الولاية هرات»: the province's capital, Herat; but «القمة الأولى …» still opens a summit's name.
      if (s.articledHead && nameAt(tokens, i + 1)) continue;
      if (s.article && hamzaArticle(tokens, i, s.outside)) continue;
      walk(tokens, i, s.node, s.outside, s.short ? i + 1 : i, best, s.respaced, maxEnd, s.article);
    }
    if (best.hit === null && tokens.near[i] === 1) walkNear(tokens, i, whole, best, maxEnd);
    return best.hit;
  }

  /**
   * Whether the article a reading strips is written with a hamza («إلهامي» is the name Ilhami, not «ال» + «هامي»):
   * the article's alif never carries one.
   */
  function hamzaArticle(tokens: Tokens, i: number, outside: number): boolean {
    const at = skipLetters(tokens.text, tokens.starts[i]!, outside);
    return HAMZA_ALIFS.has(tokens.text[at]!) && normalizeKey(tokens.text[at + 1] ?? '') === 'ل';
  }

  function mentionAt(text: string, tokens: Tokens, i: number, best: Best, id: string, kind: MentionKind): Mention {
    const start = best.outside > 0 ? skipLetters(text, tokens.starts[i]!, best.outside) : tokens.starts[i]!;
    const mention: Mention = { id, start, end: closeBracket(text, start, tokens.ends[best.end]!), kind };
    if (best.approximate) mention.approximate = true;
    return mention;
  }

  function match(
    text: string,
    { nested = false, context = newTextContext(), waiting }: { nested?: boolean; context?: TextContext; waiting?: Set<string> } = {},
  ): Mention[] {
    const tokens = tokenize(text, wanted, scratch, near);
    const { firstIndex, firstKey } = tokens;
    const mentions: Mention[] = [];
    const best = newBest();
    const inner = newBest();
    const undecided: Undecided[] = [];
    const unnamedSummits: [mention: Mention, editions: readonly SummitEdition[]][] = [];
    // People's short forms before the text gives their full name: a headline's «بوغدانوف» before the body's «ميخائيل
    // بوغدانوف» (a body's, «وزارة الخارجية», may be another country's). With the entries the short form may shorten.
    const ahead: [mention: Mention, echo: readonly string[]][] = [];
    let next = 0; // words before this one are taken by an earlier mention
    /** Counts a mention of entry `id` as the page's latest, for the short forms and shared names after it. */
    const countName = (id: string) => {
      context.counts.set(id, (context.counts.get(id) ?? 0) + 1);
      context.lastAt.set(id, ++context.clock);
    };
    /** Notes a name read at words i..end, so that later short forms of it («توكاييف») can be read as its entry. */
    const noteName = (id: string, i: number, end: number) => {
      countName(id);
      if (end > i) context.lastWords.set(id, text.slice(tokens.starts[i + 1]!, tokens.ends[end]!));
    };
    /**
     * A person's full name around word i spelt another way (variantAt), taken as a mention when there is one that
     * ends after word `beyond`.
     */
    const takeVariant = (i: number, key: string, beyond = -1): boolean => {
      const variant = persons.size > 0 ? variantAt(tokens, i, key, next) : undefined;
      if (variant === undefined || variant.last <= beyond) return false;
      Object.assign(best, { end: variant.last, outside: variant.outside, approximate: true });
      mentions.push(mentionAt(text, tokens, variant.first, best, variant.id, 'name'));
      noteName(variant.id, variant.first, variant.last);
      next = variant.last + 1;
      return true;
    };
    for (let w = 0; w < firstIndex.length; w++) {
      const i = firstIndex[w]!;
      if (i < next) continue;
      const hit = longestAt(tokens, i, firstKey[w]!, best);
      if (hit !== null && hit.id !== undefined && afterHeadLonger(tokens, i, best.end)) continue;
      // A one-word name that opens a person's longer name spelt another way is that person: «جيحون بايراموف» (Jeyhun
      // Bayramov, listed as «جيحون بيراموف») is not the river «جيحون».
      if (hit !== null && best.end === i && hit.kind === 'name' && takeVariant(i, firstKey[w]!, i)) continue;
      if (hit === null && best.licensedEnd >= i) {
        // A short form is a name only after its entry's full name, a quoted name only in quotation marks after a
        // head noun, a credit there or in a dateline; otherwise the words in it are read as usual.
        const { echo, quoted, credit, cued } = licensed.get(best.licensedNode)!;
        const owned = ownedAfter(tokens, best.licensedEnd) || (!echo.some((id) => persons.has(id)) && qualifiedAfter(tokens, best.licensedEnd));
        const ofPeople = echo.every((id) => persons.has(id));
        const short = owned ? undefined : shortened(context, echo, tokens.key(best.licensedEnd), ofPeople);
        // A short form a title vouches for counts as a full mention: the same short form before or after it is the person.
        const known = short ?? titledPerson(tokens, i, best.licensedEnd, echo);
        const named =
          known ??
          ((quoted.length > 0 || credit.length > 0) && quotedAfterHead(text, tokens, i, best.licensedEnd) ? (quoted[0] ?? credit[0]) : undefined) ??
          (credit.length > 0 && (creditAt(text, tokens, i, best.licensedEnd) || creditQuoted(text, tokens, i, best.licensedEnd)) ? credit[0] : undefined) ??
          abbreviatedAfter(text, tokens, i, best.licensedEnd, mentions.at(-1), credit) ??
          (cued.length > 0 && (listedBefore(tokens, i, speechVerbWords) || titledAt(tokens, i) || inQuotes(text, tokens, i, best.licensedEnd))
            ? mostNamed(context, cued)
            : undefined);
        // A short form the page does not license may be a word of a full name spelt another way («فليبو غراندي»).
        if (named === undefined && takeVariant(i, firstKey[w]!)) continue;
        best.end = best.licensedEnd;
        best.outside = best.licensedOutside;
        if (named !== undefined) {
          mentions.push(mentionAt(text, tokens, i, best, named, 'name'));
          if (known !== undefined) countName(known);
          next = best.end + 1;
        } else if (!owned && echo.length > 0 && ofPeople) ahead.push([mentionAt(text, tokens, i, best, echo[0]!, 'name'), echo]);
        continue;
      }
      if (hit === null) {
        takeVariant(i, firstKey[w]!);
        continue;
      }
      // A name that opens a quotation and stops before it closes is the start of a longer quoted name: «حركة "النهضة
      // الجديدة"» is not Ennahda.
      if (cutInQuote(text, tokens.starts[i]!, tokens.ends[best.end]!)) continue;
      // A nisba agrees with its noun, and a feminine noun's is «اليمنية»: after one, «اليمنى» is "the right", the
      // feminine of أيمن («الضفة اليمنى»), not the masculine nisba that Egyptian typing writes with ى.
      if (hit.kind === 'nisba' && afterFeminineNoun(text, tokens, i) && text[tokens.ends[best.end]! - 1] === 'ى') continue;
      // A phrase blocked as a name («روسيا اليوم»: neither Russia nor RT in «تواجه روسيا اليوم أزمة») that is also an
      // outlet's credit is the outlet where the writer quotes it as one.
      const blockedCredit = hit.kind === 'block' ? licensed.get(best.node)?.credit[0] : undefined;
      if (blockedCredit !== undefined && creditQuoted(text, tokens, i, best.end)) {
        mentions.push(mentionAt(text, tokens, i, best, blockedCredit, 'name'));
        countName(blockedCredit);
        next = best.end + 1;
        continue;
      }
      // A name in quotation marks after an outlet's head noun is the outlet the writer marked it as, though it also
      // names something else: «لصحيفة "الشرق الأوسط"» is the newspaper, not the region.
      const marked = hit.id !== undefined && isMention(hit.kind) ? markedAs(text, tokens, i, best.end, licensed.get(best.node), context.lastAt) : undefined;
      if (marked !== undefined) {
        mentions.push(mentionAt(text, tokens, i, best, marked, 'name'));
        context.counts.set(marked, (context.counts.get(marked) ?? 0) + 1);
        next = best.end + 1;
        continue;
      }
      if (hit.id !== undefined && outletIds.size > 0 && !outletIds.has(hit.id) && quotedAfterHead(text, tokens, i, best.end, isOutletHead)) {
        // «تلفزيون "بريكس"» is a channel the lexicon does not know, named after the group, not the group.
        next = best.end + 1;
        continue;
      }
      if (hit.id !== undefined && hit.kind === 'name' && !persons.has(hit.id) && listedBefore(tokens, i, offices)) {
        // «وزير خارجية تركمانستان» names the minister by office: the names after the portfolio are the mentions.
        const held = namesWithin(text, tokens, i + 1, best.end, inner);
        if (held.length > 0) {
          for (const m of held) {
            mentions.push(m);
            context.counts.set(m.id, (context.counts.get(m.id) ?? 0) + 1);
          }
          next = best.end + 1;
          continue;
        }
      }
      // A given name before a person's two-word name, with whose last word it makes another person's name, is that
      // person, the word between their father's name: «إلهام حيدر علييف» is Ilham Aliyev, not his father Heydar.
      const child = hit.kind === 'name' && hit.id !== undefined && best.end === i + 1 && i > next ? childNamed(tokens, i, best.end, hit.id) : undefined;
      if (child !== undefined) {
        best.outside = child.outside;
        mentions.push(mentionAt(text, tokens, i - 1, best, child.id, 'name'));
        noteName(child.id, i - 1, best.end);
        next = best.end + 1;
        continue;
      }
      // A surname two people share, listed as a name of one: after the other's full name on the page, and none of the
      // first's, it is the one the page named («أريبوف» after «إلدور أريبوف» is Eldor, not Abdulla Aripov).
      if (hit.kind === 'name' && hit.id !== undefined && persons.has(hit.id) && !context.lastAt.has(hit.id)) {
        const named = licensed.get(best.node)?.echo.filter((id) => id !== hit.id && persons.has(id) && context.lastAt.has(id));
        const other = named && named.length > 0 ? lastNamed(context.lastAt, named) : undefined;
        if (other !== undefined) {
          mentions.push(mentionAt(text, tokens, i, best, other, 'name'));
          countName(other);
          next = best.end + 1;
          continue;
        }
      }
      if (hit.id !== undefined && isMention(hit.kind)) {
        const mention = mentionAt(text, tokens, i, best, hit.id, hit.kind);
        mentions.push(mention);
        const ids = sharing.get(best.node);
        const editions = seriesAt.get(best.node);
        if (editions) unnamedSummits.push([mention, editions]);
        const stateBody = stateNodes.has(best.node);
        if (ids || stateBody)
          undecided.push({
            mention,
            index: mentions.length - 1,
            ids: ids ?? [hit.id],
            place: placeCued(text, tokens, i, best.outside),
            signed: signingCued(tokens, i, best.end),
            stateBody,
            country: nisbaWithin(tokens, i, best.end) ?? nisbaAfter(tokens, best.end) ?? placeOfAfter(tokens, best.end),
          });
        else {
          // A nisba adjective speaks for its country too (الطاجيكية), but only a name can be shortened later.
          if (hit.kind === 'name') noteName(hit.id, i, best.end);
          else context.counts.set(hit.id, (context.counts.get(hit.id) ?? 0) + 1);
        }
        // An outlet's name is its brand, not a mention of what it is named after: «الشرق الأوسط» in «صحيفة الشرق
        // الأوسط», «روسيا» in «روسيا اليوم»; so is a state's («إفريقيا» in «جنوب إفريقيا»).
        if (nested && !people?.has(hit.id) && !outletIds.has(hit.id) && !states.has(hit.id) && !namesakeRoots.has(best.root)) {
          // Inside a longer name, a state's body is that name's own part, whichever state it is, and so is a name the
          // longer name's entries share («معاهدة الأمن الجماعي» in the CSTO's name is not the treaty, and «الأمن
          // الجماعي» in «معاهدة الأمن الجماعي», the treaty's or the CSTO's, is not the CSTO again).
          const outer = hit.id;
          const sharers = sharing.get(best.node) ?? [outer];
          const own = (id: string, node: number) =>
            !sharers.includes(id) &&
            !stateNodes.has(node) &&
            !sharing.get(node)?.some((x) => sharers.includes(x)) &&
            !shared?.partOf?.[outer]?.includes(id) &&
            !shared?.foreignParts?.[outer]?.includes(id) &&
            // An outlet's name inside another's is a part of it: «آر تي» in «تي آر تي» is not RT.
            !outletIds.has(id);
          // A place that is all a body's or an event's name holds after its head is what the name is named after, not a
          // mention of it: «فيلق القدس», «مسار "أستانا"», «ثلاثية أستانا» (a place's own name, «مطار كابل», is in it).
          const namedAfter = (m: Mention) => !isPlace(outer) && isPlace(m.id) && m.start < tokens.ends[i + 1]! && m.end >= tokens.ends[best.end]!;
          for (const m of namesWithin(text, tokens, i + 1, best.end, inner, own)) if (!namedAfter(m)) mentions.push({ ...m, nested: true });
        }
      }
      next = best.end + 1;
    }
    // The years the text gives, read once and only when a summit needs them.
    let textYears: ReadonlySet<string> | undefined;
    const years = () => (textYears ??= new Set(text.match(YEARS)));
    if (unnamedSummits.length > 0) readSummits(text, mentions, unnamedSummits, context.counts, years());
    if (shared?.hosted) for (const m of mentions) summitOfHost(text, m, shared.hosted, context.counts, years);
    const unsupported = new Set<Mention>();
    for (const { mention, index, ids, place, signed, stateBody, country } of undecided) {
      const listed = !place && ids.some(isPlace) && listedWithPlace(text, mentions, index);
      const ofCountry = (id: string) => country !== undefined && (shared?.related[id]?.includes(country) ?? false);
      // The first cue some of the entries answer to narrows them: a nisba in the name, a place's cue or list, words of
      // signing.
      const cues = [ofCountry, ...(listed || place ? [isPlace] : []), ...(place ? [notPerson] : []), ...(signed ? [isEvent] : [])];
      const cued = cues.find((cue) => ids.some(cue));
      const open = cued ? ids.filter(cued) : ids;
      const chosen = context.chosen.get(choiceKey(ids));
      // A state body is named only with its country: a nisba in or after the name that none of them has («المحكمة
      // العليا الأمريكية») names a body the lexicon lacks; without one, what else the page names must point to one.
      const foreign = country !== undefined && !ids.some(ofCountry);
      if (stateBody && chosen === undefined && (foreign || (!open.some(ofCountry) && !open.some((id) => evidenceFor(id, context.counts) > 0)))) {
        unsupported.add(mention);
        continue;
      }
      mention.id = chosen ?? decide(open, context.counts);
      if (ids.length > 1) mention.choices = [...ids];
    }
    headedLists(text, mentions);
    countriesNamedByWords(text, mentions, context, countName);
    const urls = text.includes('://') ? [...text.matchAll(URL)].map((u) => [u.index, u.index + u[0].length] as const) : [];
    // A web address names no one: «https://unipath-magazine.com/…» in an image's credit is not a mention of Unipath.
    // A name nested by a rule after the scan (a summit's host) stays only for a caller that asked for nested names.
    const dropped = (m: Mention) =>
      unsupported.has(m) ||
      (m.nested === true && !nested) ||
      urls.some(([a, b]) => m.start >= a && m.start < b) ||
      (people?.has(m.id) === true && namedAfterBefore(text, m.start));
    const found = mentions.filter((m) => !dropped(m));
    return ahead.length > 0 ? withShortFormsAhead(found, ahead, context, waiting) : found;
  }

  // The head noun a word right before a place stands for: a plural head's singular, or what a governor governs.
  const headFor = new Map([...Object.entries(pluralHeads), ...Object.entries(governorTitles)].map(([word, head]) => [normalizeKey(word), normalizeKey(head)]));
  /** The longest such word, with a proclitic and vowel marks: a longer word before a name is none. */
  const MAX_HEAD_LENGTH = 2 * Math.max(0, ...[...headFor.keys()].map((k) => k.length + 1));
  const headEndings = new Set([...headFor.keys()].map((k) => k.slice(-2)));

  /** The head noun the word written right before `start` stands for, behind a proclitic or not («بولايات», «لوالي»). */
  function headBefore(text: string, start: number): string | undefined {
    const end = endOfWordBefore(text, start);
    // Most words before a place end unlike any such word: no key is built for them.
    if (end === start || !headEndings.has(text.slice(end - 2, end))) return undefined;
    const key = keyOfWordEndingAt(text, end, MAX_HEAD_LENGTH);
    if (key === undefined) return undefined;
    return headFor.get(key) ?? (PROCLITIC_LETTERS.has(key.charCodeAt(0)) ? headFor.get(key.slice(1)) : undefined);
  }

  const namedAfterKeys = new Set(namedAfterHeads.map(normalizeKey));
  /** The longest such noun with a conjunction and a preposition before it, and vowel marks. */
  const MAX_NAMED_AFTER_LENGTH = 2 * Math.max(0, ...[...namedAfterKeys].map((k) => k.length + 2));
  /** Their last letters, as written (ة or ه, ى or ي): most words before a person's name end otherwise. */
  const WRITTEN_ENDINGS: Readonly<Record<string, string>> = { ه: 'ة', ي: 'ى' };
  const namedAfterEndings = new Set([...namedAfterKeys].map((k) => k.at(-1)!).flatMap((c) => (WRITTEN_ENDINGS[c] ? [c, WRITTEN_ENDINGS[c]] : [c])));

  /** Whether the word right before `start` is a noun of a place or body named after a person («مطار», «وبجامعة»). */
  function namedAfterBefore(text: string, start: number): boolean {
    const end = endOfWordBefore(text, start);
    if (end === start || !namedAfterEndings.has(text[end - 1]!)) return false;
    const key = keyOfWordEndingAt(text, end, MAX_NAMED_AFTER_LENGTH);
    if (key === undefined) return false;
    for (let cut = 0; cut <= 2; cut++) {
      if (namedAfterKeys.has(key.slice(cut))) return true;
      if (!NAMED_AFTER_PROCLITICS.has(key[cut]!)) return false;
    }
    return false;
  }

  /**
   * Places after a plural head noun or a governor's title read as if the head stood before each: «إقليمي بدخشان
   * وقندوز» names Kunduz province, as «إقليم قندوز» would, not the city, and so does «والي قندوز».
   */
  function headedLists(text: string, mentions: readonly Mention[]): void {
    if (headFor.size === 0) return;
    let head: string | undefined;
    let end = -1;
    for (const m of mentions) {
      if (m.nested) continue;
      // Only places make such a list: anything else ends it.
      if (!isPlace(m.id)) head = undefined;
      else if (head === undefined || !LIST_GAP.test(text.slice(end, m.start))) head = headBefore(text, m.start);
      end = m.end;
      if (head === undefined) continue;
      const node = trie.nodeOf(`${head} ${normalizeKey(text.slice(m.start, m.end))}`);
      const hit = node === undefined ? undefined : hits[node];
      if (hit?.kind !== 'name' || hit.id === undefined || hit.id === m.id) continue;
      m.id = hit.id;
      if (!m.choices?.includes(hit.id)) delete m.choices;
    }
  }

  const countryWordIds = new Map(Object.entries(countryWords).map(([word, id]) => [normalizeKey(word), id]));
  // The words as written: a final ي may be written ى. The proclitics before one are read apart (procliticsBefore):
  // a pattern that opened with them and a look behind would try every position of the page, thirty times slower.
  const countryWordPattern =
    countryWordIds.size === 0
      ? undefined
      : new RegExp(`(?:${[...countryWordIds.keys()].map((k) => k.replace(/ي$/, '[يى]')).join('|')})(?![\\p{L}\\p{M}])`, 'gu');
  /** The longest place cue, with vowel marks: a longer word before a country's word is none. */
  const MAX_CUE_LENGTH = 2 * Math.max(0, ...placeCues.map((k) => normalizeKey(k).length));
  /** What stands between two names of a list: a comma, «و», or both; a space alone joins no list. */
  const LIST_JOINT = /^\s*(?:[،,]\s*و?|و)$/;

  /**
   * Adds, in text order, the countries named by a common word (rules.countryWords) where the text makes it a name:
   * listed with another country's name («بوركينا فاسو ومالي», «مالي، والنيجر»), or after a place cue («في مالي») on a
   * page that has named the country for sure.
   */
  function countriesNamedByWords(text: string, mentions: Mention[], context: TextContext, countName: (id: string) => void): void {
    if (countryWordPattern === undefined) return;
    const listedWith = (m: Mention | undefined, gap: string) => m !== undefined && m.kind === 'name' && states.has(m.id) && LIST_JOINT.test(gap);
    for (const found of text.matchAll(countryWordPattern)) {
      const start = found.index;
      const proclitics = procliticsBefore(text, start);
      if (proclitics === undefined) continue;
      const end = start + found[0].length;
      const id = countryWordIds.get(normalizeKey(found[0]))!;
      if (mentions.some((m) => m.start < end && start < m.end)) continue;
      const at = mentions.findIndex((m) => m.start >= end);
      const after = at < 0 ? undefined : mentions[at];
      const before = mentions.slice(0, at < 0 ? mentions.length : at).findLast((m) => !m.nested);
      const listed =
        (proclitics === '' || proclitics === 'و') &&
        (listedWith(before, before === undefined ? '' : text.slice(before.end, start)) ||
          listedWith(after, after === undefined ? '' : text.slice(end, after.start)));
      const cue = proclitics === '' && (context.counts.get(id) ?? 0) > 0 ? keyOfWordEndingAt(text, endOfWordBefore(text, start), MAX_CUE_LENGTH) : undefined;
      if (!listed && !(cue !== undefined && cues.has(cue))) continue;
      mentions.splice(at < 0 ? mentions.length : at, 0, { id, start, end, kind: 'name' });
      countName(id);
    }
  }

  /** The short forms before a full name of theirs that came later in the text, among the text's mentions. */
  function withShortFormsAhead(mentions: Mention[], ahead: readonly [Mention, readonly string[]][], context: TextContext, waiting?: Set<string>): Mention[] {
    const added: Mention[] = [];
    for (const [mention, echo] of ahead) {
      const named = echo.filter((id) => context.lastAt.has(id));
      if (named.length === 0) {
        for (const id of echo) waiting?.add(id);
        continue;
      }
      // Before the full names, which of them comes first is unknown: a short form two of them hold is left alone.
      if (named.length > 1 || mentions.some((m) => m.start < mention.end && mention.start < m.end)) continue;
      added.push({ ...mention, id: named[0]! });
    }
    return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
  }

  const dated = new Map(Object.entries(dateWords).map(([word, next]) => [normalizeKey(word), new Set(next.map(normalizeKey))]));

  const months = new Set(monthNames.map(normalizeKey));
  const DAY = /^[0-9]{1,2}$/;

  /**
   * Whether word j ends a phrase that the next word turns into a date («روسيا اليوم» before «الجمعة», «أستانا 4»
   * before «يوليو»).
   */
  function beforeDate(tokens: Tokens, j: number): boolean {
    if (j + 1 >= tokens.count || tokens.gaps[j + 1]! > Gap.SOFT) return false;
    const word = tokens.key(j);
    const dates = dated.get(word);
    const day = months.size > 0 && DAY.test(word);
    // Most names end in neither: the next word's key is built only for those that do.
    if (dates === undefined && !day) return false;
    const next = tokens.key(j + 1);
    return dates?.has(next) === true || (day && months.has(next));
  }

  const nationalNodes = new Set((nationalBodies?.names ?? []).map((name) => trie.nodeOf(normalizeKey(name))));
  const stateNodes = new Set(stateBodies.map((name) => trie.nodeOf(normalizeKey(name))));
  const qualifiers = new Set((nationalBodies?.qualifiers ?? []).map(normalizeKey));

  /** Whether the international name ending at word j (node) is a state's own body: a nisba or qualifier follows. */
  function nationalAt(tokens: Tokens, j: number, node: number): boolean {
    if (!nationalNodes.has(node) || j + 1 >= tokens.count || tokens.gaps[j + 1]! > Gap.SOFT) return false;
    const next = tokens.key(j + 1);
    if (qualifiers.has(next)) return true;
    // A singular adjective agreeing with the body («الأرمني»), not a people («دعا مجلس الأمن الأفغان»).
    return ADJECTIVE_ENDING.test(next) && nisbaOf(next) !== undefined;
  }

  const cues = new Set(placeCues.map(normalizeKey));
  const titleWords = new Set(titles.map(normalizeKey));
  const titleQualifierWords = new Set(titleQualifiers.map(normalizeKey));
  const speechVerbWords = new Set(speechVerbs.map(normalizeKey));
  const owners = new Set(ownerWords.map(normalizeKey));

  /** Whether the word after word j names the owner of what ends at j («التابعة» in «… التابعة لطالبان»). */
  function ownedAfter(tokens: Tokens, j: number): boolean {
    return owners.size > 0 && j + 1 < tokens.count && tokens.gaps[j + 1]! <= Gap.SOFT && owners.has(tokens.key(j + 1));
  }

  /**
   * Whether the words after word j say whose or which it is: a nisba adjective («حرس الحدود الطاجيكي»), «في» and a
   * name («حرس الحدود في طاجيكستان»), or the name of something other than a person, of which the words before are
   * the head («وكالة أنباء نوفوستي» after «وكالة أنباء تسنيم»). A body's short form so qualified is not the body
   * named earlier (a person's name before «في» is the person in a place).
   */
  function qualifiedAfter(tokens: Tokens, j: number): boolean {
    const wordAt = (k: number) => (k < tokens.count && tokens.gaps[k]! <= Gap.SOFT ? tokens.key(k) : undefined);
    const next = wordAt(j + 1);
    if (next === undefined) return false;
    const named = (word: string | undefined, kinds: readonly Ending['kind'][]) =>
      word !== undefined && startsOf(word).some((s) => s.outside === 0 && kinds.includes(hits[s.node]?.kind ?? 'block'));
    if (named(next, ['nisba']) || (next === IN && named(wordAt(j + 2), ['name']))) return true;
    const hit = longestAt(tokens, j + 1, next, following);
    return hit !== null && hit.kind === 'name' && hit.id !== undefined && !persons.has(hit.id);
  }
  const following = newBest();

  /**
   * The person a short form of two words or more at words i–end stands for when a title stands right before it
   * («الشيخ هبة الله»): the only person among those it may shorten, if there is just one. A one-word short form is
   * as often a first name («الشيخ منصور» is not Akhtar Mansour).
   */
  function titledPerson(tokens: Tokens, i: number, end: number, ids: readonly string[]): string | undefined {
    // Only right after the title: «استقبل الرئيس الكازاخستاني الشيخ محمد …» names the president's guest.
    if (end === i || !titleBefore(tokens, i)) return undefined;
    const people = ids.filter((id) => persons.has(id));
    return people.length === 1 ? people[0] : undefined;
  }

  /**
   * Whether a title stands before word i: right before it, or before one word that says which holder of the office
   * («الرئيس الطاجيكي», «الرئيس الحالي»: a nisba adjective or a word of rules.titleQualifiers).
   */
  function titledAt(tokens: Tokens, i: number): boolean {
    if (titleBefore(tokens, i)) return true;
    if (i < 2 || tokens.gaps[i]! > Gap.SOFT) return false;
    const between = tokens.key(i - 1);
    return (titleQualifierWords.has(between) || isArticledNisba(between)) && titleBefore(tokens, i - 1);
  }

  /** Whether a title of one word or two («الشيخ», «آية الله») ends right before word i. */
  function titleBefore(tokens: Tokens, i: number): boolean {
    if (listedBefore(tokens, i, titleWords)) return true;
    if (i < 2 || tokens.gaps[i]! > Gap.SOFT || tokens.gaps[i - 1]! > Gap.SOFT) return false;
    const two = `${tokens.key(i - 2)} ${tokens.key(i - 1)}`;
    return titleWords.has(two) || (two.startsWith('و') && titleWords.has(two.slice(1)));
  }

  const offices = new Set(officeWords.map(normalizeKey));

  /**
   * The names found in words from..end, each taken whole (inner is scratch), but those `keep` refuses, given the
   * entry and the trie node the name ends at.
   */
  function namesWithin(
    text: string,
    tokens: Tokens,
    from: number,
    end: number,
    inner: Best,
    keep: (id: string, node: number) => boolean = () => true,
  ): Mention[] {
    const found: Mention[] = [];
    for (let j = from; j <= end; j++) {
      const hit = longestAt(tokens, j, tokens.key(j), inner, end);
      if (hit === null) continue;
      if (hit.id !== undefined && isMention(hit.kind) && keep(hit.id, inner.node)) found.push(mentionAt(text, tokens, j, inner, hit.id, hit.kind));
      j = inner.end;
    }
    return found;
  }

  /** Whether one of `words` stands right before word i, its conjunction و aside («الشيخ», «ووزير»). */
  function listedBefore(tokens: Tokens, i: number, words: ReadonlySet<string>): boolean {
    if (words.size === 0 || i === 0 || tokens.gaps[i]! > Gap.SOFT) return false;
    const before = tokens.key(i - 1);
    return words.has(before) || (before.startsWith('و') && words.has(before.slice(1)));
  }

  const signedBefore = new Set((signingCues?.before ?? []).map(normalizeKey));
  const signedAfter = new Set((signingCues?.after ?? []).map(normalizeKey));

  /** Whether words i..end name what was signed: a word of signing right before, or one of the two words after. */
  function signingCued(tokens: Tokens, i: number, end: number): boolean {
    // A word of signing right before, or before «على» («تم التوقيع على معاهدة …»).
    if (listedBefore(tokens, i, signedBefore) || (i > 0 && tokens.key(i - 1) === ON && listedBefore(tokens, i - 1, signedBefore))) return true;
    for (let k = end + 1; k <= end + 2 && k < tokens.count && tokens.gaps[k]! <= Gap.SOFT; k++) if (signedAfter.has(tokens.key(k))) return true;
    return false;
  }

  /** The country of a nisba written into the name at words i..end («لجنة الدولة القيرغيزية للأمن القومي»), if one is. */
  function nisbaWithin(tokens: Tokens, i: number, end: number): string | undefined {
    for (let k = i + 1; k < end; k++) {
      const key = tokens.key(k);
      const country = key.startsWith(ARTICLE) ? nisbaOf(key) : undefined;
      if (country !== undefined) return country;
    }
    return undefined;
  }

  /** The country whose nisba, with the article, follows word j as an adjective («المحكمة العليا الأمريكية»). */
  function nisbaAfter(tokens: Tokens, j: number): string | undefined {
    if (j + 1 >= tokens.count || tokens.gaps[j + 1]! > Gap.SOFT) return undefined;
    const key = tokens.key(j + 1);
    return key.startsWith(ARTICLE) && ADJECTIVE_ENDING.test(key) ? nisbaOf(key) : undefined;
  }

  /**
   * The place named right after word j behind the preposition ل, "of" («لجنة الأمن القومي لطاجيكستان»), or the
   * country behind «في» («البنك المركزي في قيرغيزستان»), if one is. A city after «في» is as often where the body met.
   */
  function placeOfAfter(tokens: Tokens, j: number): string | undefined {
    if (j + 1 >= tokens.count || tokens.gaps[j + 1]! > Gap.SOFT) return undefined;
    const key = tokens.key(j + 1);
    if (key === IN && j + 2 < tokens.count && tokens.gaps[j + 2]! <= Gap.SOFT) {
      const hit = hits[rootOf(tokens.key(j + 2)) ?? -1];
      return hit?.kind === 'name' && hit.id !== undefined && states.has(hit.id) ? hit.id : undefined;
    }
    if (!key.startsWith('ل')) return undefined;
    const hit = startsOf(key)
      .filter((s) => s.outside === 1)
      .map((s) => hits[s.node])
      .find((h) => h?.kind === 'name' && h.id !== undefined && isPlace(h.id));
    return hit?.id;
  }

  /** Whether the mention at `index` stands in a list beside a place, which makes it a place too («بكين وشانغهاي»). */
  function listedWithPlace(text: string, mentions: readonly Mention[], index: number): boolean {
    const mention = mentions[index]!;
    const beside = (step: 1 | -1): Mention | undefined => {
      for (let k = index + step; k >= 0 && k < mentions.length; k += step) if (!mentions[k]!.nested) return mentions[k];
      return undefined;
    };
    const before = beside(-1);
    const after = beside(1);
    return (
      (before !== undefined && isPlace(before.id) && LIST_GAP.test(text.slice(before.end, mention.start))) ||
      (after !== undefined && isPlace(after.id) && LIST_GAP.test(text.slice(mention.end, after.start)))
    );
  }

  /** Whether word i follows a noun ending in ة with nothing but white space between. */
  function afterFeminineNoun(text: string, tokens: Tokens, i: number): boolean {
    return i > 0 && tokens.gaps[i]! <= Gap.SOFT && text[tokens.ends[i - 1]! - 1] === 'ة';
  }

  /** Whether the name at word i stands where a place does: after a place cue, or behind the proclitic ب. */
  function placeCued(text: string, tokens: Tokens, i: number, outside: number): boolean {
    if (outside > 0 && normalizeKey(text.slice(tokens.starts[i]!, skipLetters(text, tokens.starts[i]!, outside))).includes('ب')) return true;
    return i > 0 && tokens.gaps[i]! <= Gap.SOFT && cues.has(tokens.key(i - 1));
  }

  const afterHead = newBest();
  const directions = new Set(directionWords.map(normalizeKey));
  const isDirection = (key: string) => directions.has(key);

  /**
   * Whether the name at words i..end opens with a head noun whose next word starts a longer name («لتنظيم داعش في
   * خراسان»: not «تنظيم داعش» and a place, but ISKP; «حركة طالبان باكستان»): the head belongs to that name, which is
   * read from the next word on. So does a compass word («في جنوب أفريقيا الوسطى»: not South Africa, but the south
   * of the Central African Republic).
   */
  function afterHeadLonger(tokens: Tokens, i: number, end: number): boolean {
    if (end === i || tokens.gaps[i + 1]! > Gap.SOFT || !(isHeadWord(tokens.key(i)) || isHeadWord(tokens.key(i), isDirection))) return false;
    const longer = longestAt(tokens, i + 1, tokens.key(i + 1), afterHead);
    return longer !== null && longer.id !== undefined && longer.kind === 'name' && afterHead.end > end;
  }

  const namesakeRoots = new Set(namesakeHeads.map((h) => rootOf(normalizeKey(h))).filter((n) => n !== undefined));
  const isHead = (key: string) => heads.has(key);
  /** A head noun (of `head`'s kind), also behind its article or a proclitic («لتنظيم», «والقاعدة»). */
  const isHeadWord = (key: string, head = isHead) => head(key) || strippedReadings(key, head).length > 0;
  const outlets = new Set(outletHeads.map(normalizeKey));
  const isOutletHead = (key: string) => outlets.has(key);

  /**
   * Whether words i..end stand in quotation marks right after a head noun («قاعدة "كانت"», «والقاعدة «كانت»»):
   * there an ordinary word is the name the writer marked it as.
   */
  function quotedAfterHead(text: string, tokens: Tokens, i: number, end: number, head = isHead): boolean {
    if (i === 0) return false;
    const open = skipSpaces(text, tokens.starts[i]! - 1, -1);
    const closer = quoteCloserOf(text.charCodeAt(open));
    if (closer === 0 || skipSpaces(text, open - 1, -1) !== tokens.ends[i - 1]! - 1) return false;
    if (text.charCodeAt(skipSpaces(text, tokens.ends[end]!, 1)) !== closer) return false;
    return isHeadWord(tokens.key(i - 1), head);
  }

  /** Whether words i..end stand in quotation marks of their own right after a verb of saying or a word of attribution: «وذكرت “روسيا اليوم”». */
  const creditQuoted = (text: string, tokens: Tokens, i: number, end: number) => listedBefore(tokens, i, speechVerbWords) && inQuotes(text, tokens, i, end);

  /** Whether words i..end stand in quotation marks of their own («"أستانا"»). */
  function inQuotes(text: string, tokens: Tokens, i: number, end: number): boolean {
    const closer = quoteCloserOf(text.charCodeAt(skipSpaces(text, tokens.starts[i]! - 1, -1)));
    return closer !== 0 && text.charCodeAt(skipSpaces(text, tokens.ends[end]!, 1)) === closer;
  }

  /**
   * The entry whose quoted name words i..end are, when they stand in quotation marks after a head noun of its kind,
   * though they also name something else: an outlet after an outlet's head («لصحيفة "الشرق الأوسط"»), anything else
   * after any head noun («لاجتماع «أستانا»» is the talks, not the city), or in quotation marks alone once the text has
   * named that entry («“أستانا” ساهمت» after «مسار أستانا»): a writer quotes a city's name to mean the talks.
   */
  function markedAs(
    text: string,
    tokens: Tokens,
    i: number,
    end: number,
    names: Record<LicensedKind, string[]> | undefined,
    named: ReadonlyMap<string, number>,
  ): string | undefined {
    const outlet = names?.credit[0];
    if (outlet !== undefined && quotedAfterHead(text, tokens, i, end, isOutletHead)) return outlet;
    const other = names?.quoted.find((id) => !outletIds.has(id));
    if (other === undefined) return undefined;
    return quotedAfterHead(text, tokens, i, end) || (named.has(other) && inQuotes(text, tokens, i, end)) ? other : undefined;
  }

  /** How much the text (and the page before it) speaks for an entry: its own mentions, and those of what it is related to. */
  function evidenceFor(id: string, sure: ReadonlyMap<string, number>): number {
    return 2 * (sure.get(id) ?? 0) + (shared?.related[id] ?? []).reduce((n, r) => n + (sure.get(r) ?? 0), 0);
  }

  /** The entry a shared name stands for, given what the text (and the page before it) names for sure. */
  function decide(ids: readonly string[], sure: ReadonlyMap<string, number>): string {
    const scores = ids.map((id) => evidenceFor(id, sure));
    const top = Math.max(...scores);
    return top > 0 ? ids[scores.indexOf(top)]! : (ids.find((id) => !persons.has(id) && !events.has(id)) ?? ids.find((id) => !persons.has(id)) ?? ids[0]!);
  }

  return { match, rejected, size };
}

/**
 * The entry a short form ending in the word `last` stands for: of those it may shorten, the one named last with a
 * name that holds that word («مجاهد» after «ذبيح الله مجاهد» is Mujahid even when «محمد يعقوب» came between, whose
 * longer name «محمد يعقوب مجاهد» the text did not use), else the one named last at all. Of people who share a surname,
 * the one the text names most, in full or short («حقاني» on a page about Khalil Haqqani that names his nephew
 * Sirajuddin once is Khalil): a relative named in passing does not take the surname from the page's subject.
 */
function shortened(context: TextContext, ids: readonly string[], last: string, people: boolean): string | undefined {
  const pick = (candidates: readonly string[]) => (people ? mostNamed(context, candidates) : lastNamed(context.lastAt, candidates));
  if (ids.length > 1) {
    // The short form's word may carry a proclitic the full name's word did not («ومجاهد»).
    const holds = (id: string) => {
      const words = context.lastWords.get(id);
      return (
        words !== undefined &&
        normalizeKey(words)
          .split(' ')
          .some((w) => last.endsWith(w) && last.length - w.length <= MAX_PROCLITIC_LENGTH)
      );
    };
    const named = pick(ids.filter(holds));
    if (named !== undefined) return named;
  }
  return pick(ids);
}

/** A mention whose entry the page decides, and what around it speaks for one entry or another. */
interface Undecided {
  mention: Mention;
  /** Its place in the mentions. */
  index: number;
  /** The entries it may be. */
  ids: readonly string[];
  /** After a place cue. */
  place: boolean;
  /** Beside words of signing. */
  signed: boolean;
  /** A state's body, named as every state names its own. */
  stateBody: boolean;
  /** The country of a nisba written into the name. */
  country?: string;
}

/** What stands between two names of a list: a comma, «و», or both. */
const LIST_GAP = /^\s*[،,]?\s*و?$/;

/** A web address written out in the text. */
const URL = /\bhttps?:\/\/[^\s)\]»"']+/g;

/** Years written in digits. */
const YEARS = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

/**
 * The summit of a series whose host city the page names more often than any other summit's, if one is and each year
 * the text gives since the series began is that of a summit the lexicon holds (a city hosts again: «قمة … في أستانا»
 * of 2018 may be a summit the lexicon lacks, not its 2024 one; «اتفاق 2015» on a page about the 2025 summit is the
 * year of another summit, not of a missing one). A year before the series' first summit is the organisation's founding
 * or a treaty's («تأسست عام 2001»). Of two summits the city hosted, the one whose year the text gives.
 */
function summitHosted(editions: readonly SummitEdition[], counts: ReadonlyMap<string, number>, years: ReadonlySet<string>): string | undefined {
  const scores = editions.map((e) => e.hosts.reduce((n, h) => n + (counts.get(h) ?? 0), 0));
  const top = Math.max(...scores);
  if (top === 0) return undefined;
  const hostedThere = editions.filter((_, k) => scores[k] === top);
  // A city that hosted twice: the year the text gives picks the edition.
  const ofYear = hostedThere.filter((e) => years.has(e.year));
  if (hostedThere.length > 1) return ofYear.length === 1 ? ofYear[0]!.id : undefined;
  const edition = hostedThere[0]!;
  const first = editions.reduce((min, e) => (e.year < min ? e.year : min), edition.year);
  return [...years].every((y) => y < first || editions.some((e) => e.year === y)) ? edition.id : undefined;
}

/** Where the word before `start` ends, past the white space before `start` (`start` itself when there is none). */
function endOfWordBefore(text: string, start: number): number {
  let end = start;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** The key of the word that ends at `end`, unless it is longer than `maxLength` characters. */
function keyOfWordEndingAt(text: string, end: number, maxLength: number): string | undefined {
  let begin = end;
  while (begin > 0 && end - begin <= maxLength && !/\s/.test(text[begin - 1]!)) begin--;
  return begin === end || end - begin > maxLength ? undefined : normalizeKey(text.slice(begin, end));
}

/** The conjunctions and prepositions written onto a noun in construct, which takes no article («وبمطار»). */
const NAMED_AFTER_PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

/** «في» between a summit's name and the city that hosted it. */
const IN_HOST = /^\s+في\s+$/;

/**
 * The summit of a series named with its host right after it («قمة منظمة معاهدة الأمن الجماعي في مينسك»): the city
 * there decides, as summitHosted decides for a city the page names most, and the mention spans it, nested.
 */
function summitNamingHost(
  text: string,
  mentions: Mention[],
  mention: Mention,
  editions: readonly SummitEdition[],
  years: ReadonlySet<string>,
): string | undefined {
  const host = mentions.find((m) => !m.nested && m.start >= mention.end);
  if (!host || !IN_HOST.test(text.slice(mention.end, host.start))) return undefined;
  const id = summitHostedBy(editions, host.id, years);
  if (id === undefined) return undefined;
  mention.end = host.end;
  host.nested = true;
  return id;
}

/** What ends a sentence: a host named past it says nothing of the summit before it. */
const SENTENCE_END = /[.!?؟\n]/;

/** A year right after a summit's name, bare or after «في», «عام», «لعام» («… في عام 2023», «… 2024»). */
const YEAR_AFTER = /^\s*[(،,]?\s*(?:في\s+)?(?:(?:ل|ف)?(?:عام|العام|سنة)\s+)?((?:19|20)\d\d)(?!\d)/;
/** How far past a summit's name YEAR_AFTER looks. */
const YEAR_AFTER_REACH = 20;

/**
 * Which summit of its series each summit named by its organisation alone is: the one of the year written right after
 * it (YEAR_AFTER), else the one whose host follows it with «في» (summitNamingHost), else the one whose host city the
 * page names most (summitHosted), else the one whose host its sentence names («لقمة منظمة الدول التركية، التي
 * استضافتها العاصمة أنقرة»). A page speaks of one summit of a series: the series' other mentions on
 * it are that summit too, when it settled on one or names one outright, but for a summit dated where it is named.
 */
function readSummits(
  text: string,
  mentions: Mention[],
  summits: readonly [Mention, readonly SummitEdition[]][],
  counts: ReadonlyMap<string, number>,
  years: ReadonlySet<string>,
): void {
  // A series by its editions: its names («قمة منظمة …», «قمة دول منظمة …») list the same ones.
  const seriesOf = (editions: readonly SummitEdition[]) => editions.map((e) => e.id).join(' ');
  const settled = new Map<string, Set<string>>();
  // A summit dated where it is named is that year's, or one the lexicon lacks: never the page's other summit.
  const dated = new Set<Mention>();
  for (const [mention, editions] of summits) {
    const year = YEAR_AFTER.exec(text.slice(mention.end, mention.end + YEAR_AFTER_REACH))?.[1];
    if (year !== undefined) dated.add(mention);
    const id =
      year !== undefined
        ? editions.find((e) => e.year === year)?.id
        : (summitNamingHost(text, mentions, mention, editions, years) ??
          summitHosted(editions, counts, years) ??
          summitHostedInSentence(text, mentions, mention, editions, years));
    if (id === undefined) continue;
    mention.id = id;
    const series = seriesOf(editions);
    settled.set(series, (settled.get(series) ?? new Set()).add(id));
  }
  // An edition the page names outright («قمة أستانا 2024», «القمة 24 لمنظمة شنغهاي للتعاون») is the page's summit too.
  const unnamed = new Set(summits.map(([mention]) => mention));
  for (const [, editions] of summits) {
    const named = mentions.filter((m) => !unnamed.has(m) && editions.some((e) => e.id === m.id));
    if (named.length === 0) continue;
    const ids = settled.get(seriesOf(editions)) ?? new Set();
    for (const m of named) ids.add(m.id);
    settled.set(seriesOf(editions), ids);
  }
  for (const [mention, editions] of summits) {
    const ids = settled.get(seriesOf(editions));
    if (ids?.size === 1 && !dated.has(mention)) mention.id = [...ids][0]!;
  }
}

/**
 * The summit hosted by the city the sentence of `mention` names next after it, or else by the one city it names before
 * it (of two before it, neither: «من طشقند إلى سمرقند: قمة …»), if that city hosted one of them: «في مدينة تيانجين …
 * قمة منظمة شنغهاي» on a page that also names Beijing.
 */
function summitHostedInSentence(
  text: string,
  mentions: readonly Mention[],
  mention: Mention,
  editions: readonly SummitEdition[],
  years: ReadonlySet<string>,
): string | undefined {
  const hosts = mentions.filter((m) => !m.nested && editions.some((e) => e.hosts.includes(m.id)));
  const after = hosts.find((m) => m.start >= mention.end && !SENTENCE_END.test(text.slice(mention.end, m.start)));
  const before = new Set(hosts.filter((m) => m.end <= mention.start && !SENTENCE_END.test(text.slice(m.end, mention.start))).map((m) => m.id));
  const host = after?.id ?? (before.size === 1 ? [...before][0] : undefined);
  return host && summitHostedBy(editions, host, years);
}

/** The summit of a series that `host` hosted, the text's years deciding as summitHosted's do. */
const summitHostedBy = (editions: readonly SummitEdition[], host: string, years: ReadonlySet<string>) => summitHosted(editions, new Map([[host, 1]]), years);

/**
 * «قمة» written before a place, behind a proclitic, with or without its vowel marks («قمّة»), and before an opening
 * quotation mark («وقمة "بيشكيك"»).
 */
const SUMMIT_BEFORE = /(?:^|[^\u0600-\u06ff])[وف]?[بل]?(قم[\u064b-\u0652]*[ةه])[\u064b-\u0652]*\s*["«“]?\s*$/;
const CLOSING_QUOTE = /^["»”]/;

/**
 * Reads «قمة X», X a place that hosted summits, as the one summit there of an organisation the page names, held in
 * a year the text gives or, when it gives none, the only such summit there: the mention then spans «قمة» to the
 * name (and its closing quotation mark).
 */
function summitOfHost(
  text: string,
  m: Mention,
  hosted: Readonly<Record<string, readonly HostedSummit[]>>,
  counts: ReadonlyMap<string, number>,
  textYears: () => ReadonlySet<string>,
): void {
  const summits = hosted[m.id]?.filter((s) => (counts.get(s.org) ?? 0) > 0);
  if (!summits?.length || m.nested) return;
  const from = Math.max(0, m.start - 12);
  const before = SUMMIT_BEFORE.exec(text.slice(from, m.start));
  if (!before) return;
  const years = textYears();
  const held = years.size > 0 ? summits.filter((s) => years.has(s.year)) : summits;
  if (held.length !== 1) return;
  m.id = held[0]!.id;
  m.kind = 'name';
  m.start = from + before.index + before[0].indexOf(before[1]!);
  if (CLOSING_QUOTE.test(text.slice(m.end))) m.end++;
  delete m.choices;
}

/** Of the entries the text has named, the one it named most often; of equals, the one named last. */
function mostNamed(context: TextContext, ids: readonly string[]): string | undefined {
  const named = ids.filter((id) => context.lastAt.has(id));
  const most = Math.max(0, ...named.map((id) => context.counts.get(id) ?? 0));
  return lastNamed(
    context.lastAt,
    named.filter((id) => (context.counts.get(id) ?? 0) === most),
  );
}

/** Of the entries a short form may stand for, the one the text named last before it. */
function lastNamed(namedAt: ReadonlyMap<string, number>, ids: readonly string[]): string | undefined {
  let last: string | undefined;
  for (const id of ids) if (namedAt.has(id) && (last === undefined || namedAt.get(id)! > namedAt.get(last)!)) last = id;
  return last;
}

/** The most entries a word's names may belong to and still be read from a near spelling. */
const MAX_NEAR_OWNERS = 3;

/**
 * The words of the names a trie holds that are distinctive enough to be read from a near spelling: a word that
 * is a whole name on its own (طاجيكستان), or a word of the names of a few entries only (شنغهاي; كروكوس, the hall
 * and the attack on it). Words many names share (جمهورية، الإسلامية، الخارجية) are ordinary words, read exactly or
 * not at all, as are nisba adjectives.
 */
export function distinctiveNameWords(trie: PhraseTrie): string[] {
  const whole = new Set<string>();
  const owners = new Map<string, Set<string>>();
  const phrases = trie.phraseWords();
  const nisba = new Set(phrases.filter(({ phrase }) => phrase.kind === 'nisba').map(({ words }) => words.join(' ')));
  const isNisba = (w: string) => nisba.has(w) || (w.startsWith(ARTICLE) && nisba.has(w.slice(ARTICLE.length)));
  for (const { phrase, words } of phrases) {
    if (phrase.kind !== 'name' || phrase.id === undefined) continue;
    if (words.length === 1) whole.add(words[0]!);
    for (const w of words) {
      const ids = owners.get(w) ?? new Set<string>();
      ids.add(phrase.id);
      owners.set(w, ids);
    }
  }
  return [...owners].filter(([w, ids]) => whole.has(w) || (ids.size <= MAX_NEAR_OWNERS && !isNisba(w))).map(([w]) => w);
}

/** From `at`, the first position in direction `step` (1 or -1) that is not white space (or, if asked, is a line break). */
function skipSpaces(text: string, at: number, step: 1 | -1, stopAtLineBreak = false): number {
  while (at >= 0 && at < text.length && /\s/.test(text[at]!) && !(stopAtLineBreak && text[at] === '\n')) at += step;
  return at;
}

const DASHES = new Set([0x002d, 0x2013, 0x2014]);
/** Marks that open a credit standing alone (slashes and dashes), and those that close it (the same, or a colon). */
const CREDIT_OPENERS = new Set([0x002f, ...DASHES]);
const CREDIT_CLOSERS = new Set([...CREDIT_OPENERS, 0x003a]);
/** What stands beside a bracketed credit in a dateline: a dash, a colon or a full stop. */
const DATELINE_MARKS = new Set([...DASHES, 0x003a, 0x002e]);

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const PROCLITICS = /^[وفبلك]{0,2}$/;

/** The proclitic letters (none, or up to two of و ف ب ل ك) that open the word whose rest starts at `start`, or undefined when its opening is no proclitic. */
function procliticsBefore(text: string, start: number): string | undefined {
  let from = start;
  while (from > 0 && start - from <= 2 && LETTER_OR_MARK.test(text[from - 1]!)) from--;
  const opening = text.slice(from, start);
  return from > 0 && LETTER_OR_MARK.test(text[from - 1]!) ? undefined : PROCLITICS.test(opening) ? opening : undefined;
}

/**
 * Whether words i..end stand as the credit of a dateline: between slashes or dashes («الدوحة في 14 سبتمبر /قنا/»,
 * «نور سلطان - قنا -»), after a dash and before a colon («صنعاء - سبأ :»), opening a line before a colon or a dash
 * («تشرين:», a name without the article), or in brackets beside a dash, a colon, a full stop or the edge of the line
 * («طهران (مهر) -»).
 */
function creditAt(text: string, tokens: Tokens, i: number, end: number): boolean {
  const open = skipSpaces(text, tokens.starts[i]! - 1, -1);
  const close = skipSpaces(text, tokens.ends[end]!, 1);
  const before = text.charCodeAt(open);
  const after = text.charCodeAt(close);
  // Not a name with the article: a line opening «الخبر:» or «التفاصيل:» is a heading, not Algeria's El Khabar.
  const lineOpen = skipSpaces(text, tokens.starts[i]! - 1, -1, true);
  const opensLine = (lineOpen < 0 || text[lineOpen] === '\n') && !tokens.key(i).startsWith(ARTICLE);
  if ((CREDIT_OPENERS.has(before) || opensLine) && CREDIT_CLOSERS.has(after)) return true;
  if (before !== 0x0028 || after !== 0x0029) return false;
  const beside = (k: number) => k < 0 || k >= text.length || DATELINE_MARKS.has(text.charCodeAt(k)) || text[k] === '\n';
  return beside(skipSpaces(text, open - 1, -1, true)) || beside(skipSpaces(text, close + 1, 1, true));
}

/**
 * The outlet whose short name stands in brackets right after its full name («وكالة الأنباء القطرية (قنا)»), if the
 * mention before words i..end is one of `ids`.
 */
function abbreviatedAfter(text: string, tokens: Tokens, i: number, end: number, before: Mention | undefined, ids: readonly string[]): string | undefined {
  if (before === undefined || !ids.includes(before.id)) return undefined;
  const open = skipSpaces(text, tokens.starts[i]! - 1, -1);
  if (text.charCodeAt(open) !== 0x0028 || skipSpaces(text, open - 1, -1) !== before.end - 1) return undefined;
  return text.charCodeAt(skipSpaces(text, tokens.ends[end]!, 1)) === 0x0029 ? before.id : undefined;
}

/** The closing mark of an opening quotation mark, or 0 (brackets are not quotation marks). */
function quoteCloserOf(code: number): number {
  const closer = closerOf(code);
  return closer === 0x0029 || closer === 0x005d ? 0 : closer;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether text[start, end) opens a quotation that does not close in it or right after it. A mark written against the
 * letter before it is an apostrophe, not an opening quote («Côte d'Ivoire», «Afghanistan's»).
 */
function cutInQuote(text: string, start: number, end: number): boolean {
  const open: number[] = [];
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    if (open.length > 0 && code === open[open.length - 1]) open.pop();
    else {
      const closer = quoteCloserOf(code);
      if (closer !== 0 && !LETTER_OR_DIGIT.test(text[k - 1] ?? ' ')) open.push(closer);
    }
  }
  return open.length > 0 && text.charCodeAt(skipSpaces(text, end, 1)) !== open[open.length - 1];
}

/** The closing mark of an opening quote or bracket, or 0. */
function closerOf(code: number): number {
  switch (code) {
    case 0x00ab:
      return 0x00bb; // « »
    case 0x0028:
      return 0x0029; // ( )
    case 0x005b:
      return 0x005d; // [ ]
    case 0x201c:
      return 0x201d; // “ ”
    case 0x0022:
      return 0x0022; // " "
    case 0x0027:
      return 0x0027; // ' '
    default:
      return 0;
  }
}

/** A name that runs into a quote or bracket («القاعدة (201)») ends after its closing mark, not before it. */
function closeBracket(text: string, start: number, end: number): number {
  for (let k = end - 1; k > start; k--) {
    const closer = closerOf(text.charCodeAt(k));
    if (closer === 0) continue;
    for (let m = k + 1; m < end; m++) if (text.charCodeAt(m) === closer) return end;
    return text.charCodeAt(end) === closer ? end + 1 : end;
  }
  return end;
}
