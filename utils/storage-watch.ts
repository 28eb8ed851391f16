import { browser } from 'wxt/browser';

/** Calls back whenever a key of local storage that passes `test` changes, from this page or another. */
export function watchLocalKeys(test: (key: string) => boolean, cb: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some(test)) cb();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
