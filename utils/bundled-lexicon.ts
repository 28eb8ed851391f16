import { browser, type PublicPath } from 'wxt/browser';
import { lexiconFiles, matcherFiles } from 'virtual:bundled-lexicon';
import type { MatcherData } from '@/lexicon/matcher';
import type { Lexicon } from '@/lexicon/schema';

/**
 * The JSON files at `paths`, beside the extension's code, fetched and combined on the first call and kept: data
 * parsed when first asked for, not script every page that loads must evaluate. A failed read is tried again on the
 * next call instead of being remembered.
 */
function fetchedOnce<T>(paths: readonly PublicPath[], combine: (parts: unknown[]) => T): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () =>
    (loading ??= Promise.all(paths.map((file) => fetch(browser.runtime.getURL(file)).then((r) => r.json() as Promise<unknown>)))
      .then(combine)
      .catch((e: unknown) => {
        loading = null;
        throw e;
      }));
}

/** The whole bundled lexicon, cards and aliases, read once per page from the files the build writes (lexiconFiles). */
export const bundledLexicon: () => Promise<Lexicon> = fetchedOnce(lexiconFiles, ([rules, ...chunks]) => ({
  rules: rules as Lexicon['rules'],
  entries: (chunks as Lexicon['entries'][]).flat(),
}));

/**
 * The bundled lexicon compiled for the matcher at build time (build/bundled-lexicon.ts matcherFiles), read once by the
 * background: each file holds some of its fields, and the trie's fields are split over two of them.
 */
export const bundledMatcherData: () => Promise<MatcherData> = fetchedOnce(matcherFiles, (parts) => {
  const fields = parts as Partial<MatcherData>[];
  return { ...Object.assign({}, ...fields), trie: Object.assign({}, ...fields.map((f) => f.trie)) } as MatcherData;
});
