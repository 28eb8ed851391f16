import { browser } from 'wxt/browser';
import { lexiconFiles } from 'virtual:bundled-lexicon';
import type { Lexicon } from '@/lexicon/schema';

let loading: Promise<Lexicon> | null = null;

/**
 * The whole bundled lexicon, cards and aliases, read once per page from the JSON files the build writes beside the
 * code (build/bundled-lexicon.ts): parsed as data when first asked for, not as script by every page that loads.
 */
export function bundledLexicon(): Promise<Lexicon> {
  loading ??= Promise.all(lexiconFiles.map((file) => fetch(browser.runtime.getURL(file)).then((r) => r.json() as Promise<unknown>)))
    .then(([rules, ...chunks]) => ({ rules: rules as Lexicon['rules'], entries: (chunks as Lexicon['entries'][]).flat() }))
    .catch((e: unknown) => {
      // A failed read is tried again on the next call instead of being remembered.
      loading = null;
      throw e;
    });
  return loading;
}
