import type { Lang } from '@/utils/i18n';
import type { CardView } from '@/lexicon/card-view';
import type { MapView } from '@/geo/draw';
import type { Tracked } from './page-model';
import type { PopoverView } from './popover-view';

export interface PopoverUiOptions {
  /** Fetches a card; the content script carries no cards of its own. */
  loadCard: (id: string) => Promise<CardView | null>;
  /** Fetches a card's locator map, drawn elsewhere: the content script carries no map code. */
  loadMap: (id: string) => Promise<MapView | null>;
  /** The language of the cards, read when one opens: the reader may switch it while the page is open. */
  lang: () => Lang;
  onOpenPanel: (id: string) => void;
  /** The reader says the mention's name stands for another of the entries that share it. */
  onChoose: (mention: Tracked, id: string) => void;
  /** The pointer entered or left the popover: hover grace is the controller's business. */
  onHoverChange: (inside: boolean) => void;
  onClosed: () => void;
  /** Loads what draws and places cards (popover-view.tsx), asked for each time a card opens. */
  loadView: () => Promise<PopoverView>;
}

/** What `load` gives for `id`, asked once per popover; a failed load is remembered as nothing. */
function loadedOnce<T>(cache: Map<string, Promise<T | null>>, id: string, load: (id: string) => Promise<T | null>): Promise<T | null> {
  let value = cache.get(id);
  if (!value) {
    value = load(id).catch(() => null);
    cache.set(id, value);
  }
  return value;
}

/** Shows the popover for one mention at a time, placed next to it with Floating UI. */
export class PopoverUi {
  /** The view once loaded: closing a card needs it at once. */
  private loaded: PopoverView | null = null;
  private readonly cards = new Map<string, Promise<CardView | null>>();
  private readonly maps = new Map<string, Promise<MapView | null>>();
  private current: Tracked | null = null;
  private stopAutoUpdate: (() => void) | null = null;
  /** Where keyboard focus was before the popover took it, to give it back. */
  private returnFocus: HTMLElement | null = null;

  private container: HTMLElement | null = null;

  /**
   * `mount` creates our UI host on first use: highlights need no host, so the page gets one only once a card
   * is opened, and the first paint of highlights does not wait for it.
   */
  constructor(
    private readonly mount: () => Promise<HTMLElement>,
    private readonly options: PopoverUiOptions,
  ) {}

  private card(id: string): Promise<CardView | null> {
    return loadedOnce(this.cards, id, this.options.loadCard);
  }

  private map(id: string): Promise<MapView | null> {
    return loadedOnce(this.maps, id, this.options.loadMap);
  }

  get open(): Tracked | null {
    return this.current;
  }

  /** Where focus goes back when the open card closes: set when the card was opened from the keyboard. */
  get returnTarget(): HTMLElement | null {
    return this.returnFocus;
  }

  /** Opens the card of `mention`; with `focus`, the card takes keyboard focus and gives it back to `returnTo`. */
  async show(mention: Tracked, focus?: { returnTo: HTMLElement | null }): Promise<void> {
    this.current = mention;
    // The map is asked for alongside the card, and joins it when it comes (null for an entry without coordinates).
    const map = this.map(mention.id);
    const [view, card, ...others] = await Promise.all([
      this.options.loadView(),
      ...[mention.id, ...(mention.choices ?? []).filter((id) => id !== mention.id)].map((id) => this.card(id)),
    ]);
    // Another mention (or none) may have been asked for while the card was on its way.
    this.loaded = view;
    if (!card || this.current !== mention) return;
    const { entry } = card;
    this.container ??= await this.mount();
    const container = this.container;
    if (focus) this.returnFocus = focus.returnTo;
    const draw = (map: MapView | null) =>
      view.draw(container, this.options.lang(), {
        entry,
        relations: card.relations,
        nameOf: (id) => card.names[id],
        map,
        kind: mention.kind,
        nearSpelling: mention.approximate ? mention.text : undefined,
        otherReadings: others.flatMap((c) => (c ? [{ id: c.entry.id, name: c.entry.name, type: c.entry.type }] : [])),
        onChoose: (id) => this.options.onChoose(mention, id),
        takeFocus: focus !== undefined,
        onClose: () => this.hide(true),
        onOpenPanel: this.options.onOpenPanel,
        onPointerEnter: () => this.options.onHoverChange(true),
        onPointerLeave: () => this.options.onHoverChange(false),
      });
    // The card shows at once, without waiting for its map.
    draw(null);
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = view.place(container, mention.range);
    const drawn = await map;
    if (drawn && this.current === mention) draw(drawn);
  }

  /** Closes the popover; `restoreFocus` gives focus back to where it was before the popover took it. */
  hide(restoreFocus: boolean): void {
    const wasOpen = this.current !== null;
    this.current = null;
    if (!wasOpen) return;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    if (this.container) this.loaded?.clear(this.container);
    if (restoreFocus) this.returnFocus?.focus({ preventScroll: true });
    this.returnFocus = null;
    this.options.onClosed();
  }
}
