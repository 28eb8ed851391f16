import type { Phrase } from './aliases';

/** What a phrase in the trie stands for: the entry it names (none for a blocker) and how it names it. */
export type Ending = Pick<Phrase, 'id' | 'kind'>;

/**
 * A trie as plain JSON: what the extension's build writes and a page reads. Nodes are numbered breadth first, the
 * root 0, so that each node's children are a run of numbers, sorted by word: a page reads the trie into two typed
 * arrays and finds a word by binary search, instead of building a map of some 50,000 edges before the first word.
 */
export interface TrieData {
  /** Each node's word, nodes 1, 2, … in order, separated by single spaces (a key's words hold none). */
  words: string;
  /** How many children each node has, from the root on. */
  children: number[];
  /** The entries phrases name, each once. */
  ids: string[];
  /** Each phrase as three numbers: the node its last word reaches, its entry in `ids` (-1: a blocker), its kind. */
  phrases: number[];
}

const KINDS: readonly Ending['kind'][] = ['name', 'nisba', 'block', 'echo', 'quoted', 'credit', 'cued'];
const EMPTY: TrieData = { words: '', children: [0], ids: [], phrases: [] };

/**
 * The phrases of a lexicon as a trie of words. The part read from TrieData is frozen: typed arrays over one string.
 * Phrases added later (the reader's own entries, or every phrase of a trie built from scratch) go into maps beside
 * it, which is slower to build but only ever holds a few hundred words on a page.
 */
export class PhraseTrie {
  /** Phrases in the order added, each with its node. */
  readonly phrases: (Ending & { node: number })[] = [];
  private readonly words: string;
  /** Frozen node k's word is words[wordStart[k] .. wordStart[k + 1] - 1). */
  private readonly wordStart: Uint32Array;
  /** Frozen node k's children are the nodes firstChild[k] .. firstChild[k + 1] - 1. */
  private readonly firstChild: Uint32Array;
  /** The last frozen node. */
  private readonly frozen: number;
  /** Added edges by `${parent} ${word}`, each added node's parent and word, and each node's added child words. */
  private readonly added = new Map<string, number>();
  private readonly addedNodes = new Map<number, [parent: number, word: string]>();
  private readonly addedChildren = new Map<number, string[]>();
  private parents: Uint32Array | undefined;

  constructor(data: TrieData = EMPTY) {
    const { words, children, ids, phrases } = data;
    this.frozen = children.length - 1;
    this.words = words;
    this.firstChild = new Uint32Array(children.length + 1);
    this.firstChild[0] = 1;
    for (let k = 0; k < children.length; k++) this.firstChild[k + 1] = this.firstChild[k]! + children[k]!;
    this.wordStart = new Uint32Array(children.length + 1);
    let node = 1;
    for (let i = 0; i < words.length; i++) if (words.charCodeAt(i) === 0x20) this.wordStart[++node] = i + 1;
    if (this.frozen > 0) this.wordStart[this.frozen + 1] = words.length + 1;
    for (let i = 0; i < phrases.length; i += 3) {
      const id = phrases[i + 1]!;
      const kind = KINDS[phrases[i + 2]!]!;
      this.phrases.push(id < 0 ? { node: phrases[i]!, kind } : { node: phrases[i]!, id: ids[id]!, kind });
    }
  }

  /** A trie holding `phrases`, in their order, frozen: the form a page reads, and the smaller one to keep. */
  static of(phrases: Iterable<Pick<Phrase, 'key' | 'id' | 'kind'>>): PhraseTrie {
    const trie = new PhraseTrie();
    for (const p of phrases) trie.add(p);
    return new PhraseTrie(trie.toJSON());
  }

  /** How many nodes the trie holds, the root included: node numbers are below it. */
  get size(): number {
    return this.frozen + 1 + this.addedNodes.size;
  }

  /** Adds a phrase; its key is normalised words joined by single spaces. */
  add({ key, id, kind }: Pick<Phrase, 'key' | 'id' | 'kind'>): void {
    let node = 0;
    for (const word of key.split(' ')) {
      let next = this.child(node, word);
      if (next === undefined) {
        next = this.size;
        this.added.set(`${node} ${word}`, next);
        this.addedNodes.set(next, [node, word]);
        const siblings = this.addedChildren.get(node);
        if (siblings) siblings.push(word);
        else this.addedChildren.set(node, [word]);
      }
      node = next;
    }
    this.phrases.push(id === undefined ? { kind, node } : { id, kind, node });
  }

  /** The node `word` leads to from `node` (0: the root, whose children are the first words), if any. */
  child(node: number, word: string): number | undefined {
    if (node <= this.frozen) {
      let lo = this.firstChild[node]!;
      let hi = this.firstChild[node + 1]! - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const order = this.compare(word, mid);
        if (order === 0) return mid;
        if (order < 0) hi = mid - 1;
        else lo = mid + 1;
      }
    }
    return this.added.size === 0 ? undefined : this.added.get(`${node} ${word}`);
  }

  /** Whether a word that goes on from `node` begins with `prefix`. */
  hasChildStartingWith(node: number, prefix: string): boolean {
    if (node <= this.frozen) {
      // The first child not before `prefix` in code unit order is the one that may begin with it.
      let lo = this.firstChild[node]!;
      let hi = this.firstChild[node + 1]!;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (this.compare(prefix, mid) > 0) lo = mid + 1;
        else hi = mid;
      }
      if (lo < this.firstChild[node + 1]! && this.begins(lo, prefix)) return true;
    }
    return this.addedChildren.get(node)?.some((w) => w.startsWith(prefix)) ?? false;
  }

  /** Whether some phrase goes on after `node`. */
  hasChildren(node: number): boolean {
    return (node <= this.frozen && this.firstChild[node + 1]! > this.firstChild[node]!) || this.addedChildren.has(node);
  }

  /** The words that go on from `node`. */
  childWords(node: number): string[] {
    const out: string[] = [];
    if (node <= this.frozen) for (let k = this.firstChild[node]!; k < this.firstChild[node + 1]!; k++) out.push(this.wordOf(k));
    return out.concat(this.addedChildren.get(node) ?? []);
  }

  /** The nodes with a child whose word passes `test`: all of them, or only those of the words added since reading. */
  parentsOf(test: (word: string) => boolean, addedOnly = false): number[] {
    const out = new Set<number>();
    if (!addedOnly) for (let k = 1; k <= this.frozen; k++) if (test(this.wordOf(k))) out.add(this.parentOf(k));
    for (const [parent, word] of this.addedNodes.values()) if (test(word)) out.add(parent);
    return [...out];
  }

  /** The node a phrase's words reach (a key of normalised words joined by single spaces), if they do. */
  nodeOf(key: string): number | undefined {
    let node: number | undefined = 0;
    for (const word of key.split(' ')) {
      node = this.child(node, word);
      if (node === undefined) return undefined;
    }
    return node;
  }

  toJSON(): TrieData {
    // Breadth first, children by word: the numbering `child` searches.
    const order = [0];
    const renumbered = new Map([[0, 0]]);
    const words: string[] = [];
    const children: number[] = [];
    for (let q = 0; q < order.length; q++) {
      const node = order[q]!;
      const next = this.childWords(node).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      children.push(next.length);
      for (const word of next) {
        const child = this.child(node, word)!;
        renumbered.set(child, order.length);
        order.push(child);
        words.push(word);
      }
    }
    const ids = [...new Set(this.phrases.flatMap((p) => (p.id === undefined ? [] : [p.id])))];
    const index = new Map(ids.map((id, i) => [id, i]));
    const phrases = this.phrases.flatMap((p) => [renumbered.get(p.node)!, p.id === undefined ? -1 : index.get(p.id)!, KINDS.indexOf(p.kind)]);
    return { words: words.join(' '), children, ids, phrases };
  }

  /** The key of every phrase naming `id` with `kind`, rebuilt from the trie's edges. */
  keysOf(id: string, kind: Ending['kind']): string[] {
    return this.phrases.filter((p) => p.id === id && p.kind === kind).map((p) => this.wordsTo(p.node).join(' '));
  }

  /** Every phrase with its words, rebuilt from the trie's edges. */
  phraseWords(): { phrase: Ending; words: string[] }[] {
    return this.phrases.map((phrase) => ({ phrase, words: this.wordsTo(phrase.node) }));
  }

  /** The words on the path from the root to a node. */
  wordsTo(node: number): string[] {
    const words: string[] = [];
    for (let n = node; n !== 0;) {
      const added = this.addedNodes.get(n);
      if (added) {
        words.unshift(added[1]);
        n = added[0];
      } else {
        words.unshift(this.wordOf(n));
        n = this.parentOf(n);
      }
    }
    return words;
  }

  private parentOf(node: number): number {
    if (!this.parents) {
      this.parents = new Uint32Array(this.frozen + 1);
      for (let k = 0; k <= this.frozen; k++) for (let c = this.firstChild[k]!; c < this.firstChild[k + 1]!; c++) this.parents[c] = k;
    }
    return this.parents[node]!;
  }

  private wordOf(node: number): string {
    return this.words.slice(this.wordStart[node], this.wordStart[node + 1]! - 1);
  }

  /** Whether frozen node k's word begins with `prefix`, without slicing it out. */
  private begins(k: number, prefix: string): boolean {
    const start = this.wordStart[k]!;
    if (this.wordStart[k + 1]! - 1 - start < prefix.length) return false;
    for (let i = 0; i < prefix.length; i++) if (prefix.charCodeAt(i) !== this.words.charCodeAt(start + i)) return false;
    return true;
  }

  /** `word` against frozen node k's word, in code unit order, without slicing it out. */
  private compare(word: string, k: number): number {
    const start = this.wordStart[k]!;
    const length = this.wordStart[k + 1]! - 1 - start;
    const n = Math.min(word.length, length);
    for (let i = 0; i < n; i++) {
      const d = word.charCodeAt(i) - this.words.charCodeAt(start + i);
      if (d !== 0) return d;
    }
    return word.length - length;
  }
}
