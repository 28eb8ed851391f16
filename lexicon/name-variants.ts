/**
 * People's full names transliterated another way: «فليبو غراندي» for «فيليبو غراندي», «كانات أيسايف» for «كانات
 * إيساييف», «باهودير كوربانوف» beside «بهادر قربانوف». Outlets write a foreign name's long vowels, its ق/ك/غ/ج and its
 * doubled letters as they hear them, often several letters at once, where the near reading (lexicon/near.ts) takes
 * one edit of a long word only. Here the rest of the name vouches for it: a name of two words or more is read when
 * one of its words stands exactly as the lexicon writes it, a word few people's names hold (the anchor), and each
 * other word has the listed word's consonant skeleton and edges, without being a common word or opening another
 * name itself («محمد عباس» is not «محمود عباس»: «محمد» opens names of its own; «غولمورود حليموف» is Khalimov, whose
 * names hold both «غولمورود» and «غولمرود»).
 */
import type { Ending, PhraseTrie } from './trie';
import { sameEdges, skeletonOf } from './near';

/** A person's name as its anchor word finds it: the words, their skeletons, and where the anchor stands. */
export interface VariantName {
  id: string;
  words: readonly string[];
  skeletons: readonly string[];
  anchor: number;
  /** Every word of the person's names: a word of one of them may stand for its spelling in another («غولمورود», «غولمرود»). */
  own: ReadonlySet<string>;
}

/** The most people whose names may hold an anchor word. */
const MAX_ANCHOR_OWNERS = 3;
/** Fewest letters of an anchor word: shorter ones (خان، علي) are in too many names. */
const MIN_ANCHOR_LENGTH = 4;
/** Fewest consonants of a word read from its skeleton: «غوه» (Guo) has two. */
const MIN_VARIANT_SKELETON = 2;

/**
 * People's names of two words and more by the trie node of each anchor word (a first word of the lexicon's
 * phrases, so that the matcher visits it): what the matcher looks up at a word that starts no name.
 */
export function variantNamesOf(trie: PhraseTrie, persons: ReadonlySet<string>, keep: (phrase: Ending, index: number) => boolean): Map<number, VariantName[]> {
  const names: { id: string; words: string[] }[] = [];
  const owners = new Map<string, Set<string>>();
  const own = new Map<string, Set<string>>();
  trie.phrases.forEach((phrase, index) => {
    if (phrase.kind !== 'name' || phrase.id === undefined || !persons.has(phrase.id) || !keep(phrase, index)) return;
    const words = trie.wordsTo(phrase.node);
    if (words.length < 2) return;
    names.push({ id: phrase.id, words });
    for (const w of words) {
      owners.set(w, (owners.get(w) ?? new Set()).add(phrase.id));
      own.set(phrase.id, (own.get(phrase.id) ?? new Set()).add(w));
    }
  });
  const byAnchor = new Map<number, VariantName[]>();
  for (const { id, words } of names) {
    const skeletons = words.map(skeletonOf);
    if (skeletons.some((s) => s.length < MIN_VARIANT_SKELETON)) continue;
    words.forEach((word, anchor) => {
      const node = trie.child(0, word);
      if (node === undefined || word.length < MIN_ANCHOR_LENGTH || owners.get(word)!.size > MAX_ANCHOR_OWNERS) return;
      const list = byAnchor.get(node) ?? [];
      if (!list.some((v) => v.id === id && v.anchor === anchor && v.words.join(' ') === words.join(' ')))
        list.push({ id, words, skeletons, anchor, own: own.get(id)! });
      byAnchor.set(node, list);
    });
  }
  return byAnchor;
}

/** Whether `word` (a key) is another spelling of the name's word `listed`, whose skeleton is `skeleton`. */
export function spelledAlike(word: string, listed: string, skeleton: string): boolean {
  return word !== listed && sameEdges(word, listed) && skeletonOf(word) === skeleton;
}
