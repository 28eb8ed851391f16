import type { Phrase } from './aliases';

/** What a phrase in the trie stands for: the entry it names (none for a blocker) and how it names it. */
export type Ending = Pick<Phrase, 'id' | 'kind'>;

/** A trie as plain JSON: what the extension's build writes and a page reads. */
export interface TrieData {
  /** First word → node. */
  roots: [word: string, node: number][];
  /** Parent node (two UTF-16 code units) and word → node: see edgeKey. */
  edges: [edge: string, node: number][];
  /** Each phrase: the node its last word reaches, the entry it names (null for a blocker), its kind. */
  phrases: [node: number, id: string | null, kind: Ending['kind']][];
}

/**
 * A word trie over normalised phrases, kept flat: first words in one map, every later word in another keyed by
 * its parent node. Maps of entries load from JSON in one native call each, so the extension compiles the bundled
 * lexicon's trie at build time and a page only parses it; nodes are numbers from 1.
 */
/** The key of the edge from `node` by `word`: the node as two code units, then the word (cheaper than digits). */
export const edgeKey = (node: number, word: string): string => String.fromCharCode(node >>> 16, node & 0xffff) + word;
const parentOf = (edge: string): number => (edge.charCodeAt(0) << 16) | edge.charCodeAt(1);

export class PhraseTrie {
  readonly roots: Map<string, number>;
  readonly edges: Map<string, number>;
  /** Phrases in the order added, each with its node. */
  readonly phrases: (Ending & { node: number })[];
  /** Nodes that some phrase continues from. */
  readonly branching = new Set<number>();
  private nodes: number;

  constructor(data: TrieData = { roots: [], edges: [], phrases: [] }) {
    this.roots = new Map(data.roots);
    this.edges = new Map(data.edges);
    this.phrases = data.phrases.map(([node, id, kind]) => (id === null ? { node, kind } : { node, id, kind }));
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
        child = ++this.nodes;
        map.set(edge, child);
        if (node !== 0) this.branching.add(node);
      }
      node = child;
    }
    this.phrases.push(id === undefined ? { kind, node } : { id, kind, node });
  }

  toJSON(): TrieData {
    return { roots: [...this.roots], edges: [...this.edges], phrases: this.phrases.map((p) => [p.node, p.id ?? null, p.kind]) };
  }

  /** The key of every phrase naming `id` with `kind`, rebuilt from the trie's edges. */
  keysOf(id: string, kind: Ending['kind']): string[] {
    const up = new Map<number, [parent: number, word: string]>();
    for (const [word, node] of this.roots) up.set(node, [0, word]);
    for (const [edge, node] of this.edges) up.set(node, [parentOf(edge), edge.slice(2)]);
    return this.phrases
      .filter((p) => p.id === id && p.kind === kind)
      .map((p) => {
        const words: string[] = [];
        for (let n = p.node; n !== 0; n = up.get(n)![0]) words.unshift(up.get(n)![1]);
        return words.join(' ');
      });
  }
}
