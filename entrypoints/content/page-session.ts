import type { Lang } from '@/utils/i18n';
import type { UserRecord } from '@/lexicon/user-lexicon';
import { Discoverer } from '@/lexicon/discover';
import { isPausedOn, type Settings } from '@/utils/settings';
import type { PageState } from '@/utils/channels/page-state';
import { discovery } from 'virtual:bundled-lexicon';
import { Companion } from './companion';
import { Highlighter, adoptHighlightStyle, takeEarlyStyle } from './highlighter';
import { lexiconKey } from '@/utils/reader-lexicon';
import { TagClient } from '@/lexicon/tag-client';
import type { TagReply, TagRequest } from '@/lexicon/tag-service';
import type { Tracked } from './page-model';
import { PopoverUi, type PopoverUiOptions } from './popover-ui';
import { loadPopoverView } from './popover-loader';
import { summarise } from './summary';
import { summariseCandidates } from './candidates';
import type { UiHost } from './ui-host';

export interface PageSessionOptions {
  doc: Document;
  ui: UiHost;
  /** The interface language, as the settings last said. */
  lang: () => Lang;
  /** Told whenever the page's mentions change (the side panel's list). */
  onChange: () => void;
  loadCard: PopoverUiOptions['loadCard'];
  loadMap: PopoverUiOptions['loadMap'];
  openPanel: (id: string) => void;
  /** Tags texts where the matcher is: the background, which holds one for every tab. */
  tag: (request: TagRequest) => Promise<TagReply>;
}

/**
 * The reader's companion on one document for as long as the content script runs: owns the highlighter, the
 * popover, the scanner (Companion) that reads the page, and the entities the reader hid. Settings are applied in
 * place; a new lexicon replaces the scanner and repaints, keeping the highlighter and its style sheet, because
 * adopting a sheet restyles every element of the page.
 */
export class PageSession {
  private highlighter: Highlighter | null = null;
  private companion: Companion | null = null;
  private lexiconState = '';
  private paused: Settings | null = null;
  private discoverer: Discoverer | null = null;
  /** Entities the reader hid on this page: they stay hidden across lexicon edits. */
  readonly hidden = new Set<string>();

  constructor(private readonly o: PageSessionOptions) {}

  /** The scanner of the current lexicon, none while paused or before the first settings arrive. */
  get current(): Companion | null {
    return this.companion;
  }

  /** This frame's mentions in page order. */
  mentions(): Tracked[] {
    return this.companion?.model.all() ?? [];
  }

  /**
   * Brings the page in line with the reader's settings and entries. `taskStart` is when the current task began:
   * a first scan gets what is left of the task's budget.
   */
  async apply(settings: Settings, records: readonly UserRecord[], taskStart = performance.now()): Promise<void> {
    this.paused = isPausedOn(settings, location.hostname) ? settings : null;
    const key = lexiconKey(settings, records);
    if (this.paused || key !== this.lexiconState) this.stop();
    if (this.paused) return this.o.onChange();
    const highlighter = this.highlighterFor(settings);
    if (this.companion) {
      this.companion.setHoverDelay(settings.hoverDelayMs);
      this.companion.setShowCandidates(settings.showCandidates);
      return;
    }
    this.lexiconState = key;
    performance.mark('anc:ready');
    this.companion = new Companion({
      doc: this.o.doc,
      tagger: new TagClient(this.o.tag, key),
      highlighter,
      popover: this.popoverUi(),
      collect: { exclude: (el) => this.o.ui.holds(el) },
      hoverDelayMs: settings.hoverDelayMs,
      hidden: this.hidden,
      discoverer: () => (this.discoverer ??= new Discoverer(discovery().rules, discovery().firstNames)),
      showCandidates: settings.showCandidates,
      onChange: this.o.onChange,
    });
    await this.companion.start(taskStart);
    requestAnimationFrame(() => performance.mark('anc:highlighted'));
  }

  /** What a side panel shows of this page, given every frame's mentions. */
  state(all: Tracked[]): PageState {
    if (this.paused) return { status: 'paused', hostname: location.hostname, everywhere: this.paused.paused };
    if (!this.companion) return { status: 'scanning' };
    return { status: 'ready', page: summarise(all, this.hidden, this.o.doc, summariseCandidates(this.companion.candidates())) };
  }

  /**
   * Stops reading the page, clears its highlights and takes our host out of the page; the style sheet stays
   * adopted for the next lexicon (an unused ::highlight() rule paints nothing).
   */
  stop(): void {
    this.companion?.stop();
    this.companion = null;
    this.o.ui.remove();
  }

  /** Leaves the page as it was: no highlights, no style sheet, no shadow host. */
  destroy(): void {
    this.stop();
    this.highlighter?.dispose();
    this.highlighter = null;
  }

  /** The highlighter, made once per page with the sheet the page-start script adopted, in the reader's colours. */
  private highlighterFor(settings: Settings): Highlighter {
    if (this.highlighter) this.highlighter.setColours(settings.colours);
    else this.highlighter = new Highlighter(this.o.doc, takeEarlyStyle(this.o.doc) ?? adoptHighlightStyle(this.o.doc), settings.colours);
    return this.highlighter;
  }

  /** A popover for a new lexicon: its cards are fetched afresh, since an edit may have changed them. */
  private popoverUi(): PopoverUi {
    return new PopoverUi(() => this.o.ui.container(), {
      loadCard: this.o.loadCard,
      loadMap: this.o.loadMap,
      lang: this.o.lang,
      onOpenPanel: this.o.openPanel,
      onChoose: (mention, id) => this.companion?.choose(mention, id),
      onHoverChange: (inside) => this.companion?.popoverHover(inside),
      onClosed: () => this.highlighter?.setCurrent(null),
      loadView: loadPopoverView,
    });
  }
}
