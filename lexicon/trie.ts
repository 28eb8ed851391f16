import type { Phrase } from './aliases';

/** What a phrase in the trie stands for: the entry it names (none for a blocker) and how it names it. */
export type Ending = Pick<Phrase, 'id' | 'kind'>;

/** A trie as plain JSON: what the extension's build writes and a page reads. */
export interface TrieData {
  /** First word → node. */
  roots: [word: string, node: number][];
  /** Edge key (see edgeKey) → node. */
  edges: [edge: string, node: number][];
  /** The entries phrases name, each once. */
  ids: string[];
  /** Each phrase as three numbers: the node its last word reaches, its entry in `ids` (-1: a blocker), its kind. */
  phrases: number[];
}

const KINDS: readonly Ending['kind'][] = ['name', 'nisba', 'block', 'echo', 'quoted'];

/**
 * The key of the edge from `node` by `word`: the node as two code units, then the word (cheaper than digits).
 * The code units are CJK ideographs (1,024 values each, from U+4E00), which JSON writes as they are: control
 * characters would each become a six-character escape in the trie the build ships. Nodes stay below 2^20.
 */
const KEY_BASE = 0x4e00;
export const edgeKey = (node: number, word: string): string => String.fromCharCode(KEY_BASE + (node >>> 10), KEY_BASE + (node & 0x3ff)) + word;
export const parentOf = (edge: string): number => ((edge.charCodeAt(0) - KEY_BASE) << 10) | (edge.charCodeAt(1) - KEY_BASE);

export class PhraseTrie {
  readonly roots: Map<string, number>;
  readonly edges: Map<string, number>;
  /** Phrases in the order added, each with its node. */
  readonly phrases: (Ending & { node: number })[];
  /** Nodes that some phrase continues from. */
  readonly branching = new Set<number>();
  private nodes: number;

  constructor(data: TrieData = { roots: [], edges: [], ids: [], phrases: [] }) {
    this.roots = new Map(data.roots);
    this.edges = new Map(data.edges);
    this.phrases = [];
    const { ids, phrases } = data;
    for (let i = 0; i < phrases.length; i += 3) {
      const [node, id, kind] = [phrases[i]!, phrases[i + 1]!, KINDS[phrases[i + 2]!]!];
      this.phrases.push(id < 0 ? { node, kind } : { node, id: ids[id]!, kind });
    }
    this.nodes = this.roots.size + this.edges.size;
    for (const edge of this.edges.keys()) this.branching.add(parentOf(edge));
  }

  /** A trie holding `phrases`, in their order. */
  static of(phrases: Iterable<Pick<Phrase, 'key' | 'id' | 'kind'>>): PhraseTrie {
    const trie = new PhraseTrie();
    for (const p of phrases) trie.add(p);
    return trie;
  }

  /** Adds a phrase; its key is normalised words joined by single spaces. */
  add({ key, id, kind }: Pick<Phrase, 'key' | 'id' | 'kind'>): void {
    let node = 0;
    for (const word of key.split(' ')) {
      const edge = node === 0 ? word : edgeKey(node, word);
      const map = node === 0 ? this.roots : this.edges;
      let child = map.get(edge);
      if (child === undefined) {
        if (this.nodes + 1 >= 1 << 20) throw new Error('a phrase trie holds fewer than 2^20 nodes (see edgeKey)');
        child = ++this.nodes;
        map.set(edge, child);
        if (node !== 0) this.branching.add(node);
      }
      node = child;
    }
    this.phrases.push(id === undefined ? { kind, node } : { id, kind, node });
  }

  /** The node a phrase's words reach (a key of normalised words joined by single spaces), if they do. */
  nodeOf(key: string): number | undefined {
    let node: number | undefined = 0;
    for (const word of key.split(' ')) {
      node = node === 0 ? this.roots.get(word) : this.edges.get(edgeKey(node, word));
      if (node === undefined) return undefined;
    }
    return node;
  }

  toJSON(): TrieData {
    const ids = [...new Set(this.phrases.flatMap((p) => (p.id === undefined ? [] : [p.id])))];
    const index = new Map(ids.map((id, i) => [id, i]));
    const phrases = this.phrases.flatMap((p) => [p.node, p.id === undefined ? -1 : index.get(p.id)!, KINDS.indexOf(p.kind)]);
    return { roots: [...this.roots], edges: [...this.edges], ids, phrases };
  }

  /** The key of every phrase naming `id` with `kind`, rebuilt from the trie's edges. */
  keysOf(id: string, kind: Ending['kind']): string[] {
    const wordsTo = this.pathReader();
    return this.phrases.filter((p) => p.id === id && p.kind === kind).map((p) => wordsTo(p.node).join(' '));
  }

  /** Every phrase with its words, rebuilt from the trie's edges. */
  phraseWords(): { phrase: Ending; words: string[] }[] {
    const wordsTo = this.pathReader();
    return this.phrases.map((phrase) => ({ phrase, words: wordsTo(phrase.node) }));
  }

  /** Reads the words on the path from the root to a node. */
  private pathReader(): (node: number) => string[] {
    const up = new Map<number, [parent: number, word: string]>();
    for (const [word, node] of this.roots) up.set(node, [0, word]);
    for (const [edge, node] of this.edges) up.set(node, [parentOf(edge), edge.slice(2)]);
    return (node) => {
      const words: string[] = [];
      for (let n = node; n !== 0; n = up.get(n)![0]) words.unshift(up.get(n)![1]);
      return words;
    };
  }
}
