import { choiceKey } from '@/lexicon/matcher';
import type { TagClient } from '@/lexicon/tag-client';
import { blockRootOf, blocksOf, isInline, isIntact, type Block, type CollectOptions } from './collect';
import { candidatesIn, type PageCandidate } from './candidates';
import type { Discoverer } from '@/lexicon/discover';
import { Highlighter } from './highlighter';
import { mentionAt } from './hit-test';
import { pageMentionsOf } from './mentions';
import { hasArabicLetter } from './gate';
import { PageModel, type Tracked } from './page-model';
import type { PopoverUi } from './popover-ui';
import { LAZY_TEXT_LENGTH, Painter } from './painter';
import { batched, yieldToBrowser } from './slicer';
import { HoverIntent } from './hover-intent';
import { LiveBlocks } from './live-blocks';
import { MutedBlocks } from './muted-blocks';
import { PlainTexts, textsOf } from './plain-texts';
import { PrunedObserver } from './pruned-observer';

/**
 * Characters a scan sends to be tagged at once: first the headline and the first paragraphs, painted first; then
 * more, since a message costs more than tagging a few thousand characters.
 */
const BATCH_SIZES = { first: 4_000, later: 50_000 };

/** How long a burst of changes is left to settle before the blocks it changed are read again. */
const FLUSH_DELAY_MS = 50;

function* filtered<T>(items: Iterable<T>, keep: (item: T) => boolean): Generator<T> {
  for (const item of items) if (keep(item)) yield item;
}

export interface CompanionOptions {
  doc: Document;
  /** Tags the page's texts where the matcher is (the background), and knows the type of each entry it names. */
  tagger: TagClient;
  highlighter: Highlighter;
  popover: PopoverUi;
  collect: CollectOptions;
  hoverDelayMs: number;
  /** Told whenever the set of mentions changes (the side panel's list). */
  onChange?: (mentions: readonly Tracked[]) => void;
  /** Entities the reader hid on this page: found and counted, not painted. */
  hidden: Set<string>;
  /**
   * What proposes the names the lexicon lacks, for the side panel: made when first asked for, since most pages are
   * read without a panel open or unknown names underlined.
   */
  discoverer: () => Discoverer;
  /** Underline those names on the page too (the reader's choice). */
  showCandidates: boolean;
}

/**
 * Runs the companion on one document: reads and tags the page in slices, keeps highlights in step with the
 * page as it changes, and opens the popover on hover, click, tap or keyboard.
 */
export class Companion {
  readonly model = new PageModel();
  private painter: Painter | null = null;
  private observer: PrunedObserver | null = null;
  private dirty = new Set<Node>();
  /** Blocks the page keeps rewriting are re-read less and less often. */
  private readonly live = new LiveBlocks();
  /** Held-back blocks that show highlights since their last re-read. */
  private readonly highlightedLive = new WeakSet<Node>();
  /** Blocks rewritten steadily without names: not observed, but looked at now and then (and their timer). */
  private readonly muted = new MutedBlocks();
  private lookTimer = 0;
  /** What re-read blocks were found to name nothing in: not read again. */
  private readonly plain = new PlainTexts();
  /** The names the lexicon lacks, read when a panel asks and kept until the page changes. */
  private found: PageCandidate[] | null = null;
  /** When the next re-read of changed blocks is due, and its timer. */
  private flushAt = Infinity;
  private flushTimer = 0;
  private stopped = false;
  private readonly cleanups: (() => void)[] = [];
  /** When the pointer means a card to open or close. */
  private readonly intent: HoverIntent<Tracked>;
  /** The first scan, then each re-read of what the page changed, one after another (see scan). */
  private work: Promise<unknown> = Promise.resolve();

  constructor(private readonly o: CompanionOptions) {
    this.intent = new HoverIntent({
      open: () => o.popover.open,
      show: (m) => this.openNow(m),
      hide: () => o.popover.hide(false),
      delayMs: o.hoverDelayMs,
    });
  }

  /**
   * Reads the whole page, then follows its changes. Resolves when the first pass is done. `taskStart` is when the
   * current task began, when it did other work first (building the matcher): the first slice is shorter by that.
   */
  async start(taskStart = performance.now()): Promise<void> {
    const body = this.o.doc.body ?? this.o.doc.documentElement;
    this.painter = new Painter(this.o.highlighter, (body.textContent?.length ?? 0) > LAZY_TEXT_LENGTH);
    this.observe(body);
    this.listen();
    await (this.work = this.scan(body, taskStart));
  }

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    clearTimeout(this.flushTimer);
    clearTimeout(this.lookTimer);
    for (const c of this.cleanups.splice(0)) c();
    this.intent.settled();
    this.o.popover.hide(false);
    for (const m of this.model.clear()) this.painter?.remove(m);
    this.painter?.dispose();
    this.o.highlighter.setCurrent(null);
    this.o.onChange?.([]);
  }

  private firstFrameShown = false;

  /**
   * Between slices of a scan. Once, after the slice that drew the first highlights, the scan waits for the frame
   * that shows them: its own turns would otherwise keep the browser from painting until the page is done.
   */
  private readonly pause = async (): Promise<void> => {
    const frame = this.painter?.firstFrame;
    if (frame && !this.firstFrameShown) {
      this.firstFrameShown = true;
      await frame;
    }
    await yieldToBrowser();
  };

  /**
   * Reads the blocks under `root` that have Arabic letters, in batches (BATCH_SIZES). A block the page changed while
   * its batch was away is left to the re-read its change set off. Returns how many mentions it found, or null when
   * some block went unread.
   */
  private async scan(root: Node, sliceStart?: number): Promise<number | null> {
    const doc = this.o.doc;
    this.found = null;
    let added = 0;
    let unread = false;
    const send = async (blocks: Block[]) => {
      // A background that could not be reached twice leaves these blocks plain until they change; the rest go on.
      const found = await this.o.tagger.tag(blocks.map((b) => b.text)).catch(() => null);
      blocks.forEach((block, i) => {
        if (!found || this.stopped || !isIntact(block)) {
          unread = true;
          return;
        }
        for (const m of pageMentionsOf(block, found[i]!, doc)) {
          const tracked: Tracked = { ...m, type: this.o.tagger.typeOf(m.id) ?? 'place' };
          this.model.add(tracked);
          added++;
          if (!this.o.hidden.has(tracked.id)) this.painter?.add(tracked);
        }
      });
      await this.pause();
    };
    // A block without Arabic (prices, scores, an English caption) costs a look at its letters, not a tagging.
    const arabic = filtered(blocksOf(root, this.o.collect), (b) => hasArabicLetter(b.text));
    const done = await batched(
      arabic,
      (b) => b.text.length,
      send,
      () => this.stopped,
      BATCH_SIZES,
      sliceStart,
    );
    if (done) {
      this.o.onChange?.(this.model.all());
      this.paintCandidates();
    }
    return done && !unread ? added : null;
  }

  /** With the reader's leave, underlines the names the lexicon lacks; otherwise nothing is read for them. */
  private paintCandidates(): void {
    this.o.highlighter.setCandidates(this.o.showCandidates ? this.candidates().map((c) => c.range) : []);
  }

  /** The reader turned the underlining of unknown names on or off. */
  setShowCandidates(show: boolean): void {
    if (this.o.showCandidates === show) return;
    this.o.showCandidates = show;
    this.paintCandidates();
  }

  private observe(root: Node): void {
    const ours = (n: Node) => n.nodeType === 1 && (this.o.collect.exclude?.(n as Element) ?? false);
    // What a change makes stale: a new block is read alone; text or inline markup added to or taken from a
    // block changes that block's text, so the block is read again. Removed blocks just lose their mentions.
    const flowsInline = (n: Node) => n.nodeType === 3 || (n.nodeType === 1 && isInline(n as Element));
    this.observer = new PrunedObserver(root, (records) => {
      // A block held back (LiveBlocks) is read when it is due, unless it shows highlights that its new text would
      // put in the wrong place.
      let soonest = Infinity;
      const early: Node[] = [];
      const stale = (n: Node) => {
        if (this.dirty.has(n)) return;
        this.dirty.add(n);
        const held = this.live.heldFor(n);
        if (held > 0) early.push(n);
        soonest = Math.min(soonest, this.highlightedLive.has(n) ? 0 : held);
      };
      for (const r of records) {
        if (r.type === 'characterData') {
          // A span does not follow the text the page rewrote (spans.ts): its mention goes before the next frame.
          for (const m of this.model.removeThrough(r.target)) this.painter?.remove(m);
          stale(blockRootOf(r.target));
          continue;
        }
        if (ours(r.target)) continue;
        for (const n of r.addedNodes) {
          if (ours(n)) continue;
          if (flowsInline(n)) stale(blockRootOf(r.target));
          else if (n.nodeType === 1) stale(n);
        }
        for (const n of r.removedNodes) {
          if (!ours(n)) stale(flowsInline(n) ? blockRootOf(r.target) : this.o.doc);
        }
      }
      if (soonest < Infinity) this.scheduleFlush(soonest);
      for (const block of early) this.mute(block);
    });
  }

  /**
   * A block the page rewrote again before its re-read was due stops being observed (each rewrite would hand the
   * observer its records); its text is looked at now and then instead (MutedBlocks), and read, at LiveBlocks' pace,
   * when it is new. Names found in it unmute it: its highlights must go as soon as the page rewrites it.
   */
  private mute(block: Node): void {
    if (!this.observer?.prune(block)) return;
    // Unobserved, its text may change unseen: the spans of its highlights would be read over new text.
    for (const m of this.model.removeWithin(block)) this.painter?.remove(m);
    this.muted.mute(block);
    this.scheduleLook();
  }

  /** Sets the timer for the next look at muted blocks, if any is muted. */
  private scheduleLook(): void {
    clearTimeout(this.lookTimer);
    const wait = this.muted.nextLookIn();
    this.lookTimer = wait === null ? 0 : window.setTimeout(() => this.lookAtMuted(), wait);
  }

  private lookAtMuted(): void {
    let toRead = false;
    for (const block of this.muted.look()) {
      if (this.plain.knows(block, textsOf(block))) this.muted.foundNothing(block);
      else {
        this.dirty.add(block);
        toRead = true;
      }
    }
    if (toRead) this.scheduleFlush(0);
    this.scheduleLook();
  }

  private unmute(block: Node): void {
    this.muted.unmute(block);
    this.observer?.unprune(block);
  }

  /**
   * Mutations come in bursts; re-tag at most every 50 ms (or when the block a live page keeps rewriting is due), each
   * changed block once, after the scan before it: a re-read that overtook a scan would see its mentions added after
   * it had cleared the block. `due`: how long until the blocks are due (0: now); a burst is always given FLUSH_DELAY_MS.
   */
  private scheduleFlush(due: number): void {
    const delayMs = Math.max(due, FLUSH_DELAY_MS);
    const at = performance.now() + delayMs;
    if (at >= this.flushAt) return;
    clearTimeout(this.flushTimer);
    this.flushAt = at;
    this.flushTimer = window.setTimeout(() => {
      this.flushAt = Infinity;
      this.work = this.work.then(() => this.flush());
    }, delayMs);
  }

  private async flush(): Promise<void> {
    this.found = null;
    const roots = [...this.dirty];
    this.dirty.clear();
    for (const m of this.model.removeDetached()) this.painter?.remove(m);
    // The document itself stands for "something was removed": pruning detached text was all it needed.
    const blocks = roots.filter((r) => r !== this.o.doc && r.isConnected);
    const top = blocks.filter((r) => !blocks.some((o) => o !== r && o.contains(r)));
    for (const root of top) {
      for (const m of this.model.removeWithin(root)) this.painter?.remove(m);
      this.highlightedLive.delete(root);
    }
    const open = this.o.popover.open;
    if (open && !open.range.startContainer.isConnected) this.o.popover.hide(false);
    // A block held back keeps no highlights meanwhile: its text is not what they were found in.
    const due: Node[] = [];
    let nextDue = Infinity;
    for (const root of top) {
      const wait = this.live.holdBack(root);
      if (wait === 0) due.push(root);
      else {
        this.dirty.add(root);
        nextDue = Math.min(nextDue, wait);
      }
    }
    if (nextDue < Infinity) this.scheduleFlush(nextDue);
    for (const root of due) {
      const texts = textsOf(root);
      const found = this.plain.knows(root, texts) ? 0 : await this.scan(root);
      if (found === 0) {
        this.plain.remember(root, texts);
        this.muted.foundNothing(root);
      } else if (found && this.muted.has(root)) this.unmute(root);
      if (found && this.live.heldFor(root) > 0) this.highlightedLive.add(root);
    }
    if (this.muted.size > 0) this.scheduleLook();
    if (due.length === 0) {
      this.o.onChange?.(this.model.all());
      this.paintCandidates();
    }
  }

  private listen(): void {
    const doc = this.o.doc;
    let frame = 0;
    let last: PointerEvent | null = null;
    const onMove = (e: PointerEvent) => {
      if (e.pointerType === 'touch') return;
      last = e;
      if (!frame)
        frame = requestAnimationFrame(() => {
          frame = 0;
          if (last) this.intent.over(mentionAt(doc, this.model, last.clientX, last.clientY));
        });
    };
    const onClick = (e: MouseEvent) => {
      const hit = mentionAt(doc, this.model, e.clientX, e.clientY);
      if (hit) this.openNow(hit);
      else if (this.o.popover.open && !this.intent.pointerInCard) this.o.popover.hide(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && this.o.popover.open) this.o.popover.hide(true);
    };
    doc.addEventListener('pointermove', onMove, { passive: true });
    doc.addEventListener('click', onClick, true);
    doc.addEventListener('keydown', onKey, true);
    this.cleanups.push(() => {
      doc.removeEventListener('pointermove', onMove);
      doc.removeEventListener('click', onClick, true);
      doc.removeEventListener('keydown', onKey, true);
      cancelAnimationFrame(frame);
    });
  }

  /** The popover tells us where the pointer is, so that moving onto the card keeps it open. */
  popoverHover(inside: boolean): void {
    this.intent.card(inside);
  }

  openNow(m: Tracked, focus?: { returnTo: HTMLElement | null }): void {
    this.intent.settled();
    void this.o.popover.show(m, focus);
  }

  /** The mention whose card is open, and where focus goes back when it closes. */
  openCard(): { mention: Tracked; returnTo: HTMLElement | null } | null {
    const mention = this.o.popover.open;
    return mention && { mention, returnTo: this.o.popover.returnTarget };
  }

  closeCard(): void {
    this.o.popover.hide(false);
  }

  /** The reader changed how long a hover waits. */
  setHoverDelay(ms: number): void {
    this.intent.delayMs = ms;
  }

  /** Hides or shows one entity's highlights on this page. */
  setHidden(id: string, hidden: boolean): void {
    if (hidden) this.o.hidden.add(id);
    else this.o.hidden.delete(id);
    for (const m of this.model.all()) {
      if (m.id !== id) continue;
      if (hidden) this.painter?.remove(m);
      else this.painter?.add(m);
    }
    this.o.onChange?.(this.model.all());
  }

  /**
   * The reader says a name several entries share stands here for `id`: every mention of the page where the same
   * entries share a name is read so, now and in what the page adds later, and the open card shows the new entry.
   */
  choose(m: Tracked, id: string): void {
    if (!m.choices?.includes(id)) return;
    const key = choiceKey(m.choices);
    this.o.tagger.choose(key, id);
    for (const other of this.model.all()) {
      if (!other.choices || choiceKey(other.choices) !== key || other.id === id) continue;
      this.painter?.remove(other);
      other.id = id;
      other.type = this.o.tagger.typeOf(id) ?? other.type;
      if (!this.o.hidden.has(id)) this.painter?.add(other);
    }
    this.o.onChange?.(this.model.all());
    if (this.o.popover.open === m) this.openNow(m, { returnTo: this.o.popover.returnTarget });
  }

  /** The names on the page that the lexicon lacks, in page order. */
  candidates(): PageCandidate[] {
    if (this.stopped) return [];
    const body = this.o.doc.body ?? this.o.doc.documentElement;
    this.found ??= candidatesIn(body, this.o.tagger, this.o.discoverer(), this.o.collect);
    return this.found;
  }

  /** Scrolls to the first place the page names `key`, a name the lexicon lacks, and marks it. */
  revealCandidate(key: string): boolean {
    const c = this.candidates().find((x) => x.key === key);
    if (!c) return false;
    c.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'smooth' });
    this.o.highlighter.setCurrent(c.range);
    return true;
  }

  /** Scrolls to a mention and marks it as the current one, without opening its card (the panel shows it). */
  reveal(m: Tracked): void {
    m.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'smooth' });
    this.o.highlighter.setCurrent(m.range);
  }

  /** Scrolls to a mention, marks it current and opens its card with keyboard focus in it. */
  focusMention(m: Tracked, returnTo: HTMLElement | null): void {
    const el = m.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.o.highlighter.setCurrent(m.range);
    this.openNow(m, { returnTo });
  }
}
