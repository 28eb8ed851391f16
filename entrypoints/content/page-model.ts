import type { EntityType } from '@/lexicon/schema';
import type { PageMention } from './mentions';
import { spanHas } from './spans';

export interface Tracked extends PageMention {
  type: EntityType;
}

/** Orders nodes by their place in the page, reading a shadow tree where its host stands. */
function compareNodes(a: Node, b: Node): number {
  if (a === b) return 0;
  const rootA = a.getRootNode();
  const rootB = b.getRootNode();
  if (rootA !== rootB) {
    const hostA = (rootA as ShadowRoot).host ?? a;
    const hostB = (rootB as ShadowRoot).host ?? b;
    if (hostA !== a || hostB !== b) return compareNodes(hostA, hostB) || (hostA === a ? -1 : 1);
  }
  const pos = a.compareDocumentPosition(b);
  if (pos & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (pos & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}

export function documentOrder(a: Tracked, b: Tracked): number {
  return compareNodes(a.range.startContainer, b.range.startContainer) || a.range.startOffset - b.range.startOffset;
}

/** The text nodes a range runs through, its first and last included («قاسم <b>جومارت</b> توكاييف» has three). */
function textNodesOf(range: AbstractRange): Node[] {
  const { startContainer: first, endContainer: last } = range;
  if (first === last) return [first];
  const nodes = [first];
  const walker = first.ownerDocument!.createTreeWalker(first.getRootNode(), NodeFilter.SHOW_TEXT);
  walker.currentNode = first;
  for (let node = walker.nextNode(); node && node !== last; node = walker.nextNode()) nodes.push(node);
  nodes.push(last);
  return nodes;
}

/** The mentions on the page: by text node for hit-testing, in page order for keyboard navigation. */
export class PageModel {
  private readonly byNode = new Map<Node, Tracked[]>();
  /** The text nodes of the few mentions that run through more than their first and last (split by markup). */
  private readonly longSpans = new Map<Tracked, Node[]>();
  /** Every mention; in page order unless `sorted` is false. */
  private list: Tracked[] = [];
  private sorted = true;

  add(m: Tracked): void {
    const nodes = textNodesOf(m.range);
    if (nodes.length > 2) this.longSpans.set(m, nodes);
    for (const node of nodes) {
      const list = this.byNode.get(node);
      if (!list) this.byNode.set(node, [m]);
      else if (!list.includes(m)) list.push(m);
    }
    // A page is read in order, so sorting 12,000 mentions at the end of a long page (70 ms) is mostly avoidable.
    const last = this.list.at(-1);
    if (this.sorted && last && documentOrder(last, m) > 0) this.sorted = false;
    this.list.push(m);
  }

  /** Removes and returns the mentions inside `root`. */
  removeWithin(root: Node): Tracked[] {
    return this.removeWhere((node) => root.contains(node));
  }

  /** Removes and returns the mentions whose text has left the page. */
  removeDetached(): Tracked[] {
    return this.removeWhere((node) => !node.isConnected);
  }

  /** Removes and returns the mentions that run through `node`. */
  removeThrough(node: Node): Tracked[] {
    const list = this.byNode.get(node);
    return list ? this.removeAll(new Set(list)) : [];
  }

  private removeWhere(test: (node: Node) => boolean): Tracked[] {
    const removed = new Set<Tracked>();
    for (const [node, list] of this.byNode) if (test(node)) for (const m of list) removed.add(m);
    return this.removeAll(removed);
  }

  private removeAll(removed: Set<Tracked>): Tracked[] {
    for (const m of removed) {
      for (const node of this.longSpans.get(m) ?? [m.range.startContainer, m.range.endContainer]) {
        const list = this.byNode.get(node)?.filter((x) => x !== m);
        if (list?.length) this.byNode.set(node, list);
        else this.byNode.delete(node);
      }
      this.longSpans.delete(m);
    }
    if (removed.size > 0) this.list = this.list.filter((m) => !removed.has(m));
    return [...removed];
  }

  clear(): Tracked[] {
    const all = this.all();
    this.byNode.clear();
    this.longSpans.clear();
    this.list = [];
    return all;
  }

  /** Mentions whose range touches `node` at `offset`. */
  at(node: Node, offset: number): Tracked[] {
    return (this.byNode.get(node) ?? []).filter((m) => spanHas(m.range, node, offset));
  }

  /** Every mention in page order; read it before the model changes again. */
  all(): Tracked[] {
    if (!this.sorted) {
      this.list.sort(documentOrder);
      this.sorted = true;
    }
    return this.list;
  }
}
