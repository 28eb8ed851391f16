import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { leave } from './content/handoff';
import { popoverView } from './content/popover-view';

/** The card's view, imported by the content script when a reader opens the first card (content/popover-loader.ts). */
export default defineUnlistedScript(() => leave('popoverView', popoverView));
