/**
 * Arabic proclitics as data. They attach in slot order: conjunction, preposition, article
 * ([و|ف] [ب|ل|ك] [ال]); ل followed by ال contracts to لل (للناتو), and before a word that starts with ل to one
 * ل, the article gone (ل + اللجنة = للجنة). The future's «س» attaches to verbs only: «ساربيل» (Sarbil) is no Erbil.
 */
const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ل', 'ك'];
export const ARTICLE = 'ال';

/**
 * No remainder shorter than this is a name on its own: too many short words would turn into names.
 * A two-letter remainder may still open a longer name (وإل-76، وسي-295), which the rest must confirm.
 */
export const MIN_STEM_LENGTH = 3;
const MIN_OPENING_LENGTH = 2;

/**
 * The preposition ك ("like") before a bare name is rare in news, while many transliterated names begin with ك: a
 * short remainder would turn such a name into another («كاكار» into Akar, «كمالي» into Mali). Before a word
 * without the article, a remainder shorter than this is read only as the first word of a longer name («كحلف
 * الناتو»), as any remainder under MIN_STEM_LENGTH is.
 */
const MIN_STEM_AFTER_KAF = 5;

interface ProcliticRule {
  /** What the token starts with (normalised). */
  surface: string;
  /** What to put back in front of the remainder before the lookup (the article hidden in لل). */
  restore: string;
  /** How many normalised letters of the surface lie outside the mention span (the article stays inside). */
  outside: number;
  /** The letter the remainder must start with, if any. */
  before?: string;
  /** The surface holds an article that the remainder's key does not: the name is read with an article added. */
  article: boolean;
  /** The fewest letters the remainder must have to be a name on its own (MIN_STEM_LENGTH unless said). */
  minStem?: number;
}

function buildRules(): ProcliticRule[] {
  const rules: ProcliticRule[] = [];
  for (const conj of CONJUNCTIONS) {
    for (const prep of PREPOSITIONS) {
      const outside = conj.length + prep.length;
      if (outside > 0) rules.push({ surface: conj + prep, restore: '', outside, article: false, ...(prep === 'ك' ? { minStem: MIN_STEM_AFTER_KAF } : {}) });
      rules.push({ surface: conj + prep + ARTICLE, restore: '', outside, article: true });
      if (prep === 'ل') {
        // لل = ل + ال: the remainder may be looked up with or without its article.
        rules.push({ surface: conj + 'لل', restore: ARTICLE, outside: conj.length + 2, article: false });
        rules.push({ surface: conj + 'لل', restore: '', outside: conj.length + 2, article: true });
        rules.push({ surface: conj + 'ل', restore: ARTICLE, outside: conj.length + 1, before: 'ل', article: false });
      }
    }
  }
  // Least stripping first, so that a whole name always wins over a clitic reading of it.
  return rules.sort((a, b) => a.surface.length - b.surface.length);
}

const PROCLITIC_RULES: readonly ProcliticRule[] = buildRules();

/** Letters a proclitic can start with: a cheap test before trying the rules. */
const PROCLITIC_INITIALS = new Set(PROCLITIC_RULES.map((r) => r.surface[0]));

/** Code units that can occur in a proclitic, and its longest surface: bounds for the tokeniser's look-ahead. */
export const PROCLITIC_LETTERS = new Set(PROCLITIC_RULES.flatMap((r) => [...r.surface].map((c) => c.charCodeAt(0))));
export const MAX_PROCLITIC_LENGTH = Math.max(...PROCLITIC_RULES.map((r) => r.surface.length));

const RULES_BY_SURFACE = new Map<string, ProcliticRule[]>();
for (const rule of PROCLITIC_RULES) RULES_BY_SURFACE.set(rule.surface, [...(RULES_BY_SURFACE.get(rule.surface) ?? []), rule]);

export interface Stripped {
  key: string;
  /** Normalised letters at the start of the token that are not part of the mention. */
  outside: number;
  /** Shorter than MIN_STEM_LENGTH: only good as the first word of a multi-word name. */
  short: boolean;
  /** The token has an article its key lacks («المودي» read as «مودي»). */
  article: boolean;
}

/**
 * The readings of a token with its proclitics removed, least stripping first, keeping only those the lexicon
 * knows (`isKey`); a remainder under MIN_STEM_LENGTH letters comes back marked `short`.
 */
export function strippedReadings(token: string, isKey: (key: string) => boolean): Stripped[] {
  if (!PROCLITIC_INITIALS.has(token[0])) return [];
  const out: Stripped[] = [];
  const longest = Math.min(MAX_PROCLITIC_LENGTH, token.length - MIN_OPENING_LENGTH);
  for (let k = 1; k <= longest; k++) {
    const rules = RULES_BY_SURFACE.get(token.slice(0, k));
    if (!rules) continue;
    const stem = token.length - k;
    for (const rule of rules) {
      if (rule.before !== undefined && token[k] !== rule.before) continue;
      const key = rule.restore + token.slice(k);
      if (isKey(key) && !out.some((s) => s.key === key))
        out.push({ key, outside: rule.outside, short: stem < (rule.minStem ?? MIN_STEM_LENGTH), article: rule.article });
    }
  }
  return out;
}
