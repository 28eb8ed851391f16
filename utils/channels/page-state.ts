import type { PageSummary } from '@/lexicon/page-summary';

/** What the side panel can learn of a tab from its content script. */
export type PageState = { status: 'ready'; page: PageSummary } | { status: 'paused'; hostname: string; everywhere: boolean } | { status: 'scanning' };

/**
 * The name of the ports a side panel opens to the top frame of the tab it follows. The page signals on them that
 * its entities changed, and the panel then asks for the state (getPageState), so a page nobody watches neither
 * summarises its mentions nor sends anything. A message from a page to the extension would start the background
 * service worker; a port opened by the panel does not.
 */
export const PAGE_STATE_PORT = 'page-state';
