/**
 * Arabic proclitics as data. They attach in slot order: conjunction, preposition, article
 * ([و|ف] [ب|ل|ك|س] [ال]); ل followed by ال contracts to لل (للناتو).
 */
const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ل', 'ك', 'س'];
const ARTICLE = 'ال';

/** No remainder shorter than this is looked up: too many short words would turn into names. */
export const MIN_STEM_LENGTH = 3;

export interface ProcliticRule {
  /** What the token starts with (normalised). */
  surface: string;
  /** What to put back in front of the remainder before the lookup (the article hidden in لل). */
  restore: string;
  /** How many normalised letters of the surface lie outside the mention span (the article stays inside). */
  outside: number;
}

function buildRules(): ProcliticRule[] {
  const rules: ProcliticRule[] = [];
  for (const conj of CONJUNCTIONS) {
    for (const prep of PREPOSITIONS) {
      const outside = conj.length + prep.length;
      if (outside > 0) rules.push({ surface: conj + prep, restore: '', outside });
      rules.push({ surface: conj + prep + ARTICLE, restore: '', outside });
      if (prep === 'ل') {
        // لل = ل + ال: the remainder may be looked up with or without its article.
        rules.push({ surface: conj + 'لل', restore: ARTICLE, outside: conj.length + 2 });
        rules.push({ surface: conj + 'لل', restore: '', outside: conj.length + 2 });
      }
    }
  }
  // Least stripping first, so that a whole name always wins over a clitic reading of it.
  return rules.sort((a, b) => a.surface.length - b.surface.length);
}

export const PROCLITIC_RULES: readonly ProcliticRule[] = buildRules();

/** Letters a proclitic can start with: a cheap test before trying the rules. */
export const PROCLITIC_INITIALS = new Set(PROCLITIC_RULES.map((r) => r.surface[0]));

export interface Stripped {
  key: string;
  /** Normalised letters at the start of the token that are not part of the mention. */
  outside: number;
}

/**
 * The readings of a token with its proclitics removed, least stripping first, keeping only those the lexicon
 * knows (`isKey`) and never below MIN_STEM_LENGTH letters of the name itself.
 */
export function strippedReadings(token: string, isKey: (key: string) => boolean): Stripped[] {
  if (!PROCLITIC_INITIALS.has(token[0])) return [];
  const out: Stripped[] = [];
  for (const rule of PROCLITIC_RULES) {
    if (token.length - rule.surface.length < MIN_STEM_LENGTH || !token.startsWith(rule.surface)) continue;
    const key = rule.restore + token.slice(rule.surface.length);
    if (isKey(key) && !out.some((s) => s.key === key)) out.push({ key, outside: rule.outside });
  }
  return out;
}
