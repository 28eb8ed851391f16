import { browser } from 'wxt/browser';
import { lexiconFiles, matcherFiles } from 'virtual:bundled-lexicon';
import type { MatcherData } from '@/lexicon/matcher';
import type { Lexicon } from '@/lexicon/schema';

let loading: Promise<Lexicon> | null = null;
let compiled: Promise<MatcherData> | null = null;

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

/**
 * The bundled lexicon compiled for the matcher at build time (build/bundled-lexicon.ts matcherFiles), read once by the
 * background from the files beside its code: each holds some of its fields.
 */
export function bundledMatcherData(): Promise<MatcherData> {
  compiled ??= Promise.all(matcherFiles.map((file) => fetch(browser.runtime.getURL(file)).then((r) => r.json() as Promise<object>)))
    .then((parts) => Object.assign({}, ...parts) as MatcherData)
    .catch((e: unknown) => {
      compiled = null;
      throw e;
    });
  return compiled;
}
