import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CardView } from '@/lexicon/card-view';

/** Messages between the content script, the background and the extension pages, typed end to end. */
export interface ProtocolMap {
  /** Background → content: move to the next (1) or previous (-1) mention and open its card. */
  navigate(direction: 1 | -1): void;
  /** Content → background: open the side panel on an entity's card. */
  openSidePanel(id: string): void;
  /** Any page → background: the card of one entry. Cards stay out of the content script, which only tags. */
  getCard(id: string): CardView | null;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
