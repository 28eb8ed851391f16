import { defineExtensionMessaging } from '@webext-core/messaging';

/** Messages between the content script, the background and the extension pages, typed end to end. */
export interface ProtocolMap {
  /** Background → content: move to the next (1) or previous (-1) mention and open its card. */
  navigate(direction: 1 | -1): void;
  /** Content → background: open the side panel on an entity's card. */
  openSidePanel(id: string): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
