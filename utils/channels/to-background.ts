import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CardView } from '@/lexicon/card-view';
import type { MapView } from '@/geo/draw';
import type { TagReply, TagRequest } from '@/lexicon/tag-service';

/** Messages to the background service worker, typed end to end. */
export interface ToBackground {
  /** Content script (the card's "open in side panel"): open the side panel on an entity's card. */
  openSidePanel(id: string): void;
  /** Content script (the popover): the card of one entry. Cards stay out of the content script, which only tags. */
  getCard(id: string): CardView | null;
  /** Content script (the popover): the locator map of one entry, drawn where the cards are (null without coords). */
  getLocatorMap(id: string): MapView | null;
  /** Content script: the mentions in a batch of the page's texts, tagged by the one matcher all tabs share. */
  tag(request: TagRequest): TagReply;
}

/** `sendToBackground` for the content script and the extension pages, `onBackgroundMessage` for the background only. */
export const { sendMessage: sendToBackground, onMessage: onBackgroundMessage } = defineExtensionMessaging<ToBackground>();
