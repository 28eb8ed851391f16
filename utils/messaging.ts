import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CardView } from '@/lexicon/card-view';
import type { PageSummary } from '@/lexicon/page-summary';
import type { MapView } from '@/geo/draw';

/** What the side panel can learn of a tab from its content script. */
export type PageState = { status: 'ready'; page: PageSummary } | { status: 'paused'; hostname: string; everywhere: boolean } | { status: 'scanning' };

/** Messages between the content script, the background and the extension pages, typed end to end. */
export interface ProtocolMap {
  /** Background → content: move to the next (1) or previous (-1) mention and open its card. */
  navigate(direction: 1 | -1): void;
  /** Content → background: open the side panel on an entity's card. */
  openSidePanel(id: string): void;
  /** Any page → background: the card of one entry. Cards stay out of the content script, which only tags. */
  getCard(id: string): CardView | null;
  /** Content → background: the popover's locator map of one entry, drawn where the cards are (null without coords). */
  getLocatorMap(id: string): MapView | null;
  /** Panel → content (top frame): the page's entities now. */
  getPageState(): PageState;
  /** Panel → content: scroll to the n-th mention of an entity and mark it. */
  showMention(target: { id: string; index: number }): boolean;
  /** Panel → content (top frame): scroll to a name the lexicon lacks (its normalised key) and mark it. */
  showCandidate(key: string): boolean;
  /** Panel → content: hide or show an entity's highlights on this page. */
  setHidden(target: { id: string; hidden: boolean }): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

/**
 * The name of the ports a side panel opens to the top frame of the tab it follows. The page signals on them that
 * its entities changed, and the panel then asks for the state (getPageState), so a page nobody watches neither
 * summarises its mentions nor sends anything. A message from a page to the extension would start the background
 * service worker; a port opened by the panel does not.
 */
export const PAGE_STATE_PORT = 'page-state';
