import { storage } from 'wxt/utils/storage';

/**
 * The entity the side panel should show next: set by the popover's "open in side panel" before the panel opens,
 * read by the panel when it starts or, if it is open already, when the value changes. Session storage: it
 * concerns this browsing session only and never reaches the page. `at` makes asking twice for the same entity
 * a change that the panel hears.
 */
export const panelSelection = storage.defineItem<{ id: string; at: number } | null>('session:panelSelection', {
  fallback: null,
});
