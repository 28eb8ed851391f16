import * as v from 'valibot';

/**
 * The template an alias writes for any year: «التفاعل {year}» is the CSTO's yearly exercise in every edition
 * («التفاعل 2021», «التفاعل-2018»), a name that without its year is an ordinary word.
 */
export const YEAR_TEMPLATE = 'year';

/** Entity kinds, in the order the UI groups them. */
export const ENTITY_TYPES = ['country', 'place', 'person', 'organization', 'military', 'event', 'media'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * Relations are stored in one direction only; `relations.ts` derives the inverse so that a member links back
 * to its alliance without the data saying it twice.
 */
export const RELATION_TYPES = [
  'member-of',
  'has-member',
  'located-in',
  'location-of',
  'capital-of',
  'has-capital',
  'operated-by',
  'operates',
  'guarantor-of',
  'guaranteed-by',
  'hosted-by',
  'hosts',
  'leads',
  'led-by',
  'part-of',
  'has-part',
  'participant-in',
  'has-participant',
  'concerns',
  'subject-of',
  'related',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const MEMBER_STATUSES = ['member', 'frozen', 'suspended', 'former', 'observer'] as const;

export const FACT_KEYS = [
  'capital',
  'leader',
  'independence',
  'founded',
  'headquarters',
  'members',
  'former-members',
  'location',
  'operator',
  'dates',
  'born',
  'role',
  'host',
  'guarantors',
  'parties',
  'outcome',
  'strength',
  'first-flight',
] as const;

/** Longest text a field may hold; keeps imported packs from bloating storage and the UI. */
const MAX_TEXT = 2000;
const MAX_ALIAS = 120;

const NoMarkup = v.check((s: string) => !/<\s*\/?\s*[a-z!]/i.test(s), 'must be plain text, not markup');
const Text = v.pipe(v.string(), v.maxLength(MAX_TEXT), NoMarkup);
export const BilingualSchema = v.strictObject({ en: Text, ar: Text });

export const IdSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case latin letters, digits and single hyphens'),
  v.maxLength(64),
);

export const AliasSchema = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(MAX_ALIAS), NoMarkup);

export const FactSchema = v.strictObject({ key: v.picklist(FACT_KEYS), value: BilingualSchema });

export const RelationSchema = v.strictObject({
  type: v.picklist(RELATION_TYPES),
  target: IdSchema,
  status: v.optional(v.picklist(MEMBER_STATUSES)),
  note: v.optional(BilingualSchema),
});

/** Where a card's facts come from: an encyclopaedia article or an official page. */
export const SourceSchema = v.strictObject({
  url: v.pipe(v.string(), v.maxLength(MAX_ALIAS * 4), v.url('must be a URL'), v.startsWith('https://', 'must be an https URL')),
  title: v.optional(v.pipe(v.string(), v.maxLength(MAX_ALIAS * 2), NoMarkup)),
});

/** A date as precise as the source gives it: 2024, 2024-03 or 2024-03-15. */
export const AsOfSchema = v.pipe(
  v.string(),
  v.regex(/^(19|20)\d\d(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD'),
);

export const CardSchema = v.strictObject({
  summary: BilingualSchema,
  facts: v.array(FactSchema),
  relations: v.array(RelationSchema),
  /** The pages the summary and facts were taken from. */
  sources: v.optional(v.pipe(v.array(SourceSchema), v.maxLength(10))),
  /** The date the card's facts hold at, as the sources give it. */
  asOf: v.optional(AsOfSchema),
});

/** A point for the map: a place, the seat of an organisation, a base, the place of an event. */
export const CoordsSchema = v.strictObject({
  lat: v.pipe(v.number(), v.minValue(-90, 'latitude must be between -90 and 90'), v.maxValue(90, 'latitude must be between -90 and 90')),
  lon: v.pipe(v.number(), v.minValue(-180, 'longitude must be between -180 and 180'), v.maxValue(180, 'longitude must be between -180 and 180')),
});

export const EntrySchema = v.strictObject({
  id: IdSchema,
  type: v.picklist(ENTITY_TYPES),
  name: BilingualSchema,
  aliases: v.pipe(v.array(AliasSchema), v.maxLength(200)),
  nisba: v.optional(v.pipe(v.array(AliasSchema), v.maxLength(50))),
  /** Names that are ordinary words (كانت, "was"), read as the entry's only in quotation marks after a head noun. */
  quoted: v.optional(v.pipe(v.array(AliasSchema), v.maxLength(20))),
  /**
   * Short forms news uses after the full name that the automatic ones (a person's last name) miss, such as a
   * family name written first (شي after شي جين بينغ); like those, a name only after the full name.
   */
  short: v.optional(v.pipe(v.array(AliasSchema), v.maxLength(10))),
  coords: v.optional(CoordsSchema),
  card: CardSchema,
});

export type Bilingual = v.InferOutput<typeof BilingualSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type Relation = v.InferOutput<typeof RelationSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Coords = v.InferOutput<typeof CoordsSchema>;
export type Entry = v.InferOutput<typeof EntrySchema>;

export const RulesSchema = v.strictObject({
  homographs: v.record(v.string(), BilingualSchema),
  blockers: v.array(AliasSchema),
  /** Real words one near spelling from a name (lexicon/near.ts), never read as the name; generated. */
  nearWords: v.optional(v.array(v.string())),
  /** Nouns that introduce a name (قاعدة، مطار، عملية): a quoted word after one is a name (Entry.quoted). */
  headNouns: v.optional(v.array(AliasSchema)),
  /**
   * Nouns that introduce an outlet (صحيفة، قناة، وكالة): after one, a quoted name that is also another entry's (a
   * region, a country) is the outlet's («لصحيفة "الشرق الأوسط"»).
   */
  outletHeads: v.optional(v.array(AliasSchema)),
  /**
   * Nouns of natural features (نهر، وادي، بحيرة) whose name carries a place's: in «نهر هلمند» هلمند names the
   * river, not the province named after it, so no nested mention is read inside such a name.
   */
  namesakeHeads: v.optional(v.array(AliasSchema)),
  /**
   * Nouns of places and bodies named after a person (مطار، جامعة، شارع، مسجد): in «مطار حيدر علييف» the name is the
   * airport's, which the lexicon lacks, not a mention of the man. The tagger reads ة as ه, so a noun that is also a
   * word with "his" (مؤسسة as «مؤسسه», his founder; مكتبة as «مكتبه», his office) is not one of them.
   */
  namedAfterHeads: v.optional(v.array(AliasSchema)),
  /**
   * Plural and dual head nouns of places, with their singular («ولايات» → «ولاية»): before a list of names
   * («ولايات هلمند وقندهار وهرات», «إقليمي بدخشان وقندوز») the head stands before each, so a name a city shares with
   * its province is the province there.
   */
  pluralHeads: v.optional(v.record(AliasSchema, AliasSchema)),
  /**
   * Titles of a region's governor with the head noun of what they govern («والي» → «ولاية», «محافظ» → «محافظة»): a
   * name a city shares with its province is the province after one («والي هرات», «حاكم قندهار»), as after the head.
   */
  governorTitles: v.optional(v.record(AliasSchema, AliasSchema)),
  /**
   * Words that put a place after them («في نور سلطان»): a name that a place and a person share is the place there,
   * as it is after the proclitic ب («بنور سلطان»).
   */
  placeCues: v.optional(v.array(AliasSchema)),
  /**
   * Words of signing or of acting under an agreement before a name («لتوقيع معاهدة الأمن الجماعي», «بموجب …», «على
   * أساس …») or, within two words, after it («… المبرمة في 1992»): a name that an agreement (an event entry) and a body
   * founded on it share is the agreement there. With no such word and nothing on the page for the agreement, the name
   * is the body.
   */
  signingCues: v.optional(v.object({ before: v.array(AliasSchema), after: v.array(AliasSchema) })),
  /**
   * Titles that stand right before a person's name (الشيخ، الملا، الرئيس): a short form of a person's name after
   * one is a name even where the page has not named the person in full («الشيخ هبة الله»).
   */
  titles: v.optional(v.array(AliasSchema)),
  /**
   * Words that may stand between a title and a surname that is also a common word («الرئيس الحالي رحمن»), as a nisba
   * adjective does («الرئيس الطاجيكي رحمن»).
   */
  titleQualifiers: v.optional(v.array(AliasSchema)),
  /**
   * Verbs of saying and words of attribution that stand right before a person's or an outlet's name in reported
   * speech («وقال», «أكدت», «نقلت», «بحسب»): after one, or after a title, a surname that is also an ordinary word or
   * another's given name («دار», «مجاهد», «رئيسي») can only be the person, and is read as the one the page named in
   * full before it; an outlet's quoted short name in quotation marks («وذكرت “روسيا اليوم”») is the outlet.
   */
  speechVerbs: v.optional(v.array(AliasSchema)),
  /**
   * Words that name a body by its owner after it («وزارة الخارجية التابعة لطالبان»): a short form of another
   * body's name («وزارة الخارجية» after «وزارة الخارجية الروسية») is not read before one, since the text says
   * whose body it is.
   */
  ownerWords: v.optional(v.array(AliasSchema)),
  /**
   * Words of office that make the body's name after them a title («وزير خارجية تركمانستان», Turkmenistan's foreign
   * minister): the body is not mentioned there, but the names inside its name are (the country).
   */
  officeWords: v.optional(v.array(AliasSchema)),
  /**
   * Names of an international body that a country's nisba or a qualifier after them turns into a national body:
   * «مجلس الأمن» is the UN Security Council, but «مجلس الأمن الأرمني» and «مجلس الأمن القومي» are a state's own, so
   * the international name is not read there (the nisba still names the country).
   */
  nationalBodies: v.optional(v.strictObject({ names: v.array(AliasSchema), qualifiers: v.array(AliasSchema) })),
  /**
   * Names every state, or every bloc, gives a body of its own («المحكمة العليا», «الحرس الوطني», «مجلس وزراء
   * الخارجية»), and generic names a page makes one body's («الجمعية العامة», «مجلس التعاون», «قوات الرد السريع»): an
   * entry that lists one is named by it only where the page names what the entry belongs to (its country or bloc, its
   * parliament, a place or person it is related to); elsewhere it is some other state's or bloc's body, and nothing is
   * read.
   */
  stateBodies: v.optional(v.array(AliasSchema)),
  /**
   * Words that head event names interchangeably (هجوم، تفجير، انفجار …): an event named with one is also found
   * under the others, with or without the article, as outlets vary them («تفجيرات كرمان», «انفجار كرمان»).
   */
  eventHeadSynonyms: v.optional(v.array(v.array(AliasSchema))),
  /**
   * Phrases inside event names that outlets write interchangeably («الجولة 20 من محادثات أستانا», «الجولة 20
   * لاجتماعات أستانا»): an event named with one is also found with the others in its place.
   */
  eventPhraseSynonyms: v.optional(v.array(v.pipe(v.array(AliasSchema), v.minLength(2)))),
  /**
   * Spellings of one given name that outlets use interchangeably (سيرغي، سيرجي; دميتري، ديمتري; وانغ، وانج), and the
   * forms of a title that is part of a name («الملا يعقوب», «مولوي يعقوب»): a person named with one is found under the
   * others. Given names are shared by many people, so a near spelling of one is never read on its own
   * (lexicon/near.ts); these groups say which spellings are the same name.
   */
  givenNameSpellings: v.optional(v.array(v.pipe(v.array(AliasSchema), v.minLength(2)))),
  /**
   * Spellings of one word that outlets use interchangeably inside names of anything but people (الديمقراطية،
   * الديموقراطية; الأطلسي، الأطلنطي; الفيدرالي، الفدرالي): a name written with one is found under the others. The
   * near reading (lexicon/near.ts) does not take them: each spelling is a real word.
   */
  wordSpellings: v.optional(v.array(v.pipe(v.array(AliasSchema), v.minLength(2)))),
  /**
   * Words that translate one head word of bodies' names (a Russian комитет is «لجنة» in one outlet and «هيئة» in
   * another): a body named with one is also found under the others.
   */
  bodyHeadSynonyms: v.optional(v.array(v.array(AliasSchema))),
  /**
   * Words outlets use alike for one kind of place: a country's first-level division (an oblast or a province is
   * «ولاية», «مقاطعة», «محافظة» or «إقليم» by outlet), a city's square («ساحة», «ميدان»). A place named with one is
   * also found under the others.
   */
  placeHeadSynonyms: v.optional(v.array(v.array(AliasSchema))),
  /**
   * Nouns of an outlet's kind that pages put before its name alike («قناة», «شبكة», «فضائية» …; «صحيفة», «جريدة»): an
   * outlet named with one is also found under the others («شبكة روسيا اليوم» for «قناة روسيا اليوم»), but for a name
   * that is a place's («قناة مصر» is no name of «تلفزيون مصر»).
   */
  outletHeadSynonyms: v.optional(v.array(v.array(AliasSchema))),
  /**
   * Heads of ministries' names that news shortens to their second word before the state's nisba: «الدفاع البيلاروسية»
   * is Belarus's ministry of defence as «وزارة الدفاع البيلاروسية» is. Only before a nisba of the lexicon: «الدفاع في
   * روسيا» and «الدفاع الوطني» are defence, not a ministry.
   */
  ministryEllipses: v.optional(v.array(AliasSchema)),
  /**
   * A name ending in a key's word is not taken when a word of its list follows: «روسيا اليوم الجمعة» is Russia
   * on Friday, not the channel RT (روسيا اليوم).
   */
  dateWords: v.optional(v.record(v.string(), v.array(v.string()))),
  /**
   * Month names: a name ending in a number is not taken before one, where the number is a day's («أستانا 4 يوليو»
   * is a dateline from Astana, not the fourth round of the Astana talks).
   */
  monthNames: v.optional(v.array(v.string())),
  /**
   * A country's official names built from its nisba: `{nisba}` stands for the feminine with the article
   * («الجمهورية الإسلامية {nisba}» is «الجمهورية الإسلامية الإيرانية» for Iran, whose nisba is إيراني).
   */
  stateNames: v.optional(v.array(v.pipe(v.string(), v.includes('{nisba}', 'a state name needs {nisba}')))),
  /**
   * Common words that are also a country's bare name («مالي»: "financial"), to the country's id: the country where
   * the text lists it with other countries («بوركينا فاسو ومالي») or, on a page that named it so, after a place cue.
   */
  countryWords: v.optional(v.record(v.string(), v.string())),
  /**
   * Words of a compass direction («جنوب»): a name that opens with one («جنوب أفريقيا») gives way to a longer name
   * starting at its next word («في جنوب أفريقيا الوسطى» is the south of the Central African Republic).
   */
  directionWords: v.optional(v.array(v.string())),
  /** Names that are also words of ordinary Arabic, kept as names on purpose: why each is safe. */
  ordinaryNames: v.optional(v.record(v.string(), v.string())),
});
export type Rules = v.InferOutput<typeof RulesSchema>;

/** A whole lexicon: entries plus the rules that keep common words from being taken for names. */
export interface Lexicon {
  entries: Entry[];
  rules: Rules;
}

/**
 * Entries must have unique ids and every relation must point at an entry that exists: the two checks a
 * per-entry schema cannot make. Returns readable problems, empty when the lexicon is sound.
 */
export function crossCheck(entries: readonly Entry[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const [i, e] of entries.entries()) {
    if (ids.has(e.id)) problems.push(`entry ${i} (${e.id}): duplicate id`);
    ids.add(e.id);
  }
  for (const e of entries) {
    for (const r of e.card.relations) {
      if (!ids.has(r.target)) problems.push(`entry ${e.id}: relation ${r.type} points at unknown entry "${r.target}"`);
    }
    for (const a of e.aliases) {
      for (const [, ref] of a.matchAll(/\{([^}]*)\}/g)) {
        if (ref !== YEAR_TEMPLATE && !ids.has(ref ?? '')) problems.push(`entry ${e.id}: alias "${a}" refers to unknown entry "{${ref}}"`);
      }
    }
  }
  return problems;
}

/** Formats a valibot issue path as `entries[3].card.summary.ar`. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? [])
    .map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`))
    .join('')
    .replace(/^\./, '');
}
