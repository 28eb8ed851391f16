const ALL_CHANGES: MutationObserverInit = { childList: true, characterData: true, subtree: true };

/**
 * A mutation observer on a whole subtree except the subtrees of some of its elements. A page that rewrites a block
 * every second (a ticker) hands an observer of the whole page records for every rewrite, and receiving them costs
 * more than the page's own script; a pruned block makes none. The observer watches the pruned blocks' ancestors for
 * children added or removed only, and every other child of theirs whole; it is set up again whenever one of those
 * ancestors changes, so a new child is watched and a pruned block taken out of the page is forgotten.
 */
export class PrunedObserver {
  private readonly observer: MutationObserver;
  private readonly pruned = new Set<Node>();
  /** The ancestors of pruned blocks, up to the root: watched for their own children only. */
  private path = new Set<Node>();

  constructor(
    private readonly root: Node,
    private readonly onRecords: (records: MutationRecord[]) => void,
  ) {
    this.observer = new MutationObserver((records) => {
      this.onRecords(records);
      if (records.some((r) => this.path.has(r.target))) this.watch();
    });
    this.watch();
  }

  /** Stops watching inside `block`, a node under the root (not the root itself). Returns whether it is pruned. */
  prune(block: Node): boolean {
    if (this.pruned.has(block)) return true;
    if (block === this.root || !this.root.contains(block)) return false;
    this.pruned.add(block);
    this.watch();
    return true;
  }

  /** Watches inside `block` again. */
  unprune(block: Node): void {
    if (this.pruned.delete(block)) this.watch();
  }

  /** Whether changes inside `block` go unobserved. */
  isPruned(block: Node): boolean {
    return this.pruned.has(block);
  }

  disconnect(): void {
    this.observer.disconnect();
  }

  private watch(): void {
    // Records the page made since the last call are handed on before the observer is set up anew, which drops them.
    const pending = this.observer.takeRecords();
    if (pending.length > 0) this.onRecords(pending);
    this.observer.disconnect();
    const within = (block: Node) => [...this.pruned].some((other) => other !== block && other.contains(block));
    for (const block of this.pruned) if (!this.root.contains(block) || within(block)) this.pruned.delete(block);
    this.path = new Set();
    for (const block of this.pruned) for (let n = block.parentNode; n && !this.path.has(n); n = n === this.root ? null : n.parentNode) this.path.add(n);
    if (this.path.size === 0) {
      this.observer.observe(this.root, ALL_CHANGES);
      return;
    }
    for (const ancestor of this.path) {
      this.observer.observe(ancestor, { childList: true });
      for (const child of ancestor.childNodes) if (!this.path.has(child) && !this.pruned.has(child)) this.observer.observe(child, ALL_CHANGES);
    }
  }
}
