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
 * People's names of two words and more by the anchor words that find them, as numbers that travel with the compiled
 * trie (MatcherData): `anchors` holds triples (the anchor's node, a first word of the lexicon's phrases so that the
 * matcher visits it; the name's phrase; the anchor's place in it), `names` every such name's phrase, the words a
 * person's names hold.
 */
export interface VariantIndex {
  anchors: readonly number[];
  names: readonly number[];
}

/** The VariantIndex of the trie's names of `persons` that `keep` keeps. */
export function variantIndexOf(trie: PhraseTrie, persons: ReadonlySet<string>, keep: (phrase: Ending, index: number) => boolean): VariantIndex {
  const names: { index: number; id: string; words: string[] }[] = [];
  const owners = new Map<string, Set<string>>();
  trie.phrases.forEach((phrase, index) => {
    if (phrase.kind !== 'name' || phrase.id === undefined || !persons.has(phrase.id) || !keep(phrase, index)) return;
    const words = trie.wordsTo(phrase.node);
    if (words.length < 2) return;
    names.push({ index, id: phrase.id, words });
    for (const w of words) owners.set(w, (owners.get(w) ?? new Set()).add(phrase.id));
  });
  const anchors: number[] = [];
  const seen = new Set<string>();
  for (const { index, id, words } of names) {
    if (words.some((w) => skeletonOf(w).length < MIN_VARIANT_SKELETON)) continue;
    words.forEach((word, anchor) => {
      const node = trie.child(0, word);
      if (node === undefined || word.length < MIN_ANCHOR_LENGTH || owners.get(word)!.size > MAX_ANCHOR_OWNERS) return;
      // Two aliases of one person that normalise alike end at one node: one reading is enough.
      const key = `${trie.phrases[index]!.node} ${id} ${anchor}`;
      if (seen.has(key)) return;
      seen.add(key);
      anchors.push(node, index, anchor);
    });
  }
  return { anchors, names: names.map((n) => n.index) };
}

/** A VariantIndex read back: the names each anchor's node finds, their words and skeletons worked out when first asked for. */
export class VariantNames {
  private readonly byAnchor = new Map<number, number[]>();
  private readonly found = new Map<number, VariantName[]>();
  private namesOf?: Map<string, number[]>;
  private readonly ownWords = new Map<string, ReadonlySet<string>>();

  constructor(
    private readonly trie: PhraseTrie,
    private readonly index: VariantIndex,
  ) {
    const { anchors } = index;
    for (let i = 0; i < anchors.length; i += 3) {
      const list = this.byAnchor.get(anchors[i]!) ?? [];
      list.push(anchors[i + 1]!, anchors[i + 2]!);
      this.byAnchor.set(anchors[i]!, list);
    }
  }

  /** The names that the word at trie node `node` anchors. */
  at(node: number): readonly VariantName[] {
    const known = this.found.get(node);
    if (known) return known;
    const pairs = this.byAnchor.get(node) ?? [];
    const names: VariantName[] = [];
    for (let i = 0; i < pairs.length; i += 2) {
      const phrase = this.trie.phrases[pairs[i]!]!;
      const words = this.trie.wordsTo(phrase.node);
      names.push({ id: phrase.id!, words, skeletons: words.map(skeletonOf), anchor: pairs[i + 1]!, own: this.ownOf(phrase.id!) });
    }
    this.found.set(node, names);
    return names;
  }

  private ownOf(id: string): ReadonlySet<string> {
    if (!this.namesOf) {
      this.namesOf = new Map();
      for (const index of this.index.names) {
        const owner = this.trie.phrases[index]!.id!;
        const list = this.namesOf.get(owner) ?? [];
        list.push(index);
        this.namesOf.set(owner, list);
      }
    }
    let words = this.ownWords.get(id);
    if (!words) {
      words = new Set((this.namesOf.get(id) ?? []).flatMap((index) => this.trie.wordsTo(this.trie.phrases[index]!.node)));
      this.ownWords.set(id, words);
    }
    return words;
  }
}

/**
 * The Persian patronymic ending of Tajik surnames (-zoda, -zade: «خودورزودة», «خدايار زاده»), as keys: outlets write it
 * with و or ا, with ه or ا at its end, and joined to the name or apart from it.
 */
export const PATRONYMIC_ENDINGS: readonly string[] = ['زاده', 'زوده', 'زودا', 'زادا'];
const PATRONYMIC = new RegExp(`(?:${PATRONYMIC_ENDINGS.join('|')})$`);

/** A word with its patronymic ending written one way, so that the ending's spellings compare alike. */
const withPatronymic = (word: string) => word.replace(PATRONYMIC, PATRONYMIC_ENDINGS[0]!);

/** Whether `word` (a key) is another spelling of the name's word `listed`, whose skeleton is `skeleton`. */
export function spelledAlike(word: string, listed: string, skeleton: string): boolean {
  if (word === listed) return false;
  if (sameEdges(word, listed) && skeletonOf(word) === skeleton) return true;
  if (!PATRONYMIC.test(word) || !PATRONYMIC.test(listed)) return false;
  const [a, b] = [withPatronymic(word), withPatronymic(listed)];
  return sameEdges(a, b) && skeletonOf(a) === skeletonOf(b);
}
