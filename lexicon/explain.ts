import { PHRASE_RULES, type Phrase, type PhraseRule } from './aliases';
import { ARTICLE } from './clitics';
import type { Mention } from './matcher';
import { oneEditApart, soundAlike } from './near';
import { normalizeKey } from './tokenize';

/** Why a span matched: the rule that made the phrase, the name it came from, and what the text added or changed. */
export interface Reason {
  rule: PhraseRule;
  /** The alias, nisba stem or template result the phrase came from, as the lexicon writes it. */
  source: string;
  /** Letters of the word in front of the span that were read as proclitics (و، ب، لل…). */
  proclitic?: string;
  /** The phrase was found with the article the contraction لل hides (للناتو → الناتو). */
  hiddenArticle?: true;
  /** The text puts the article in front of the phrase (الروسي for the nisba روسي). */
  article?: true;
  /** The text spells the name one edit or one sound away from `source`. */
  near?: true;
  /** The text puts a space of the name elsewhere: two words run together, or one split («الأممالمتحدة»). */
  respaced?: true;
}

const ARABIC_LETTER = /[\u0621-\u064a\u0671-\u06d3]/;

/** Explains the matcher's mentions by the phrases of the same lexicon (phrasesOf): for the tag CLI's --why. */
export class Explainer {
  private readonly byEntry = new Map<string, Phrase[]>();

  constructor(phrases: readonly Phrase[]) {
    for (const p of phrases) {
      if (p.id === undefined) continue;
      const own = this.byEntry.get(p.id);
      if (own) own.push(p);
      else this.byEntry.set(p.id, [p]);
    }
  }

  reasonOf(m: Mention, text: string): Reason | null {
    const own = this.byEntry.get(m.id) ?? [];
    const kinds = m.kind === 'nisba' ? ['nisba'] : ['name', 'echo', 'quoted', 'credit', 'cued'];
    const candidates = own.filter((p) => kinds.includes(p.kind));
    const key = normalizeKey(text.slice(m.start, m.end));
    let wordStart = m.start;
    while (wordStart > 0 && ARABIC_LETTER.test(text[wordStart - 1]!)) wordStart--;
    const proclitic = wordStart < m.start ? { proclitic: text.slice(wordStart, m.start) } : {};
    const exact = candidates.find((p) => p.key === key);
    if (exact) return { rule: exact.rule, source: exact.source, ...proclitic };
    const restored = candidates.find((p) => p.key === ARTICLE + key);
    if (restored) return { rule: restored.rule, source: restored.source, ...proclitic, hiddenArticle: true };
    // A nisba or name read with the article in front of it (الروسي for روسي).
    const bare = key.startsWith(ARTICLE) ? candidates.find((p) => p.key === key.slice(ARTICLE.length)) : undefined;
    if (bare) return { rule: bare.rule, source: bare.source, ...proclitic, article: true };
    // A word for "year" before a name's year is read past (قمة الناتو عام 2023).
    const withoutYearWord = key.replace(/ (?:عام|العام|سنه) (?=\d{4}$)/, ' ');
    const skipped = withoutYearWord !== key ? candidates.find((p) => p.key === withoutYearWord) : undefined;
    if (skipped) return { rule: skipped.rule, source: skipped.source, ...proclitic };
    const unspaced = key.replaceAll(' ', '');
    const respaced = candidates.find((p) => p.key.replaceAll(' ', '') === unspaced);
    if (respaced) return { rule: respaced.rule, source: respaced.source, ...proclitic, respaced: true };
    const words = key.split(' ');
    const near = candidates.find((p) => {
      const theirs = p.key.split(' ');
      return theirs.length === words.length && theirs.every((w, i) => w === words[i] || oneEditApart(w, words[i]!) || soundAlike(w, words[i]!));
    });
    return near ? { rule: near.rule, source: near.source, ...proclitic, near: true } : null;
  }

  /** The reason in words, with what the mention itself says (nested, shared). */
  describe(m: Mention, text: string): string {
    const reason = this.reasonOf(m, text);
    const parts = [reason ? `${PHRASE_RULES[reason.rule]}: «${reason.source}»` : 'read by the context rules of the matcher'];
    if (reason?.near) parts.push('spelt one edit or one sound away');
    if (reason?.respaced) parts.push('with a space of the name moved');
    if (reason?.proclitic) parts.push(`after the proclitic «${reason.proclitic}»`);
    if (reason?.hiddenArticle) parts.push('with the article that «لل» hides');
    if (reason?.article) parts.push('with the article');
    if (m.nested) parts.push('inside the longer name before it');
    if (m.choices) parts.push(`a name ${m.choices.length} entries share (${m.choices.join(', ')}): the context chose this one`);
    return parts.join('; ');
  }
}
