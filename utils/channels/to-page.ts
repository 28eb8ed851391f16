import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageState } from './page-state';

/** Messages to a tab's content script (its top frame answers for the page), typed end to end. */
export interface ToPage {
  /** Background (keyboard command): move to the next (1) or previous (-1) mention and open its card. */
  navigate(direction: 1 | -1): void;
  /** Panel: the page's entities now. */
  getPageState(): PageState;
  /** Panel: scroll to the n-th mention of an entity and mark it. */
  showMention(target: { id: string; index: number }): boolean;
  /** Panel: scroll to a name the lexicon lacks (its normalised key) and mark it. */
  showCandidate(key: string): boolean;
  /** Panel: hide or show an entity's highlights on this page. */
  setHidden(target: { id: string; hidden: boolean }): void;
}

/** `sendToPage` for the panel and the background, `onPageMessage` for the content script only. */
export const { sendMessage: sendToPage, onMessage: onPageMessage } = defineExtensionMessaging<ToPage>();
