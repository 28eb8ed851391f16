import type { Plugin } from 'vite';
import type { Lexicon } from '../lexicon/schema';
import { phrasesOf } from '../lexicon/aliases';
import { PhraseTrie } from '../lexicon/trie';
import { nearOptionsOf, sharedNamesOf, type MatcherData } from '../lexicon/matcher';
import { validateBundle } from '../lexicon/validate-bundle';
import { variantIndexOf } from '../lexicon/name-variants';
import { discoveryRules, knownFirstNames, readBundledData } from './lexicon-data';

const ID = 'virtual:bundled-lexicon';
/** Bytes of JSON per file of entries: well under the 5 MB above which addons.mozilla.org's linter parses no file. */
const CHUNK_BYTES = 2_000_000;

let validated: Lexicon | undefined;
let files: { relativeDest: string; contents: string }[] | undefined;
let matcher: { relativeDest: string; contents: string }[] | undefined;

/**
 * The bundled lexicon read and validated once per build process: the build's hooks and every bundle that imports
 * the virtual module share it (reading and validating take a few hundred milliseconds). Throws on a broken bundle.
 */
export function validatedBundle(): Lexicon {
  return (validated ??= validateBundle(readBundledData()));
}

/**
 * The whole bundled lexicon as files beside the extension's code, for the background and the extension pages to
 * fetch (utils/bundled-lexicon.ts): its rules, and its entries, cards and aliases, in files of at most CHUNK_BYTES.
 * Data in bundles would be parsed as script by every page that imports it, and one bundle of it all outgrows the
 * store's linter.
 */
export function lexiconFiles(): { relativeDest: string; contents: string }[] {
  return (files ??= chunkedFiles(validatedBundle()));
}

/** The paths the extension's code fetches files written beside it at (lexiconFiles, matcherFiles). */
export const publicPaths = (files: readonly { relativeDest: string }[]): string[] => files.map((f) => `/${f.relativeDest}`);

/**
 * The bundled lexicon compiled for the matcher (matcherData), as files beside the extension's code for the background
 * to fetch (utils/bundled-lexicon.ts): the trie's words and children in one file, its phrases in another, what decides
 * between shared names, the near spellings, the transliterated names' index and each entry's type in a third. In the
 * background's script they were parsed as script and made it outgrow the store's linter, which parses no file of
 * 5 MB or more; the trie in one file would reach that at about 11,000 entries.
 */
export function matcherFiles(): { relativeDest: string; contents: string }[] {
  if (matcher) return matcher;
  const { trie, ...rest } = matcherData();
  const { words, children, ...phrases } = trie;
  return (matcher = [
    { relativeDest: 'lexicon/trie-words.json', contents: JSON.stringify({ trie: { words, children } }) },
    { relativeDest: 'lexicon/trie-phrases.json', contents: JSON.stringify({ trie: phrases }) },
    { relativeDest: 'lexicon/matcher.json', contents: JSON.stringify(rest) },
  ]);
}

/**
 * The bundled lexicon's aliases normalised and compiled into the matcher's trie (so that no tab normalises a thousand
 * aliases or builds the trie), what decides between entries that share a name, the near spellings, the index of
 * people's transliterated names, and each entry's type. Fails on an alias the tagger cannot match.
 */
export function matcherData(): MatcherData {
  const lexicon = validatedBundle();
  const phrases = phrasesOf(lexicon);
  if (phrases.rejected.length > 0) {
    throw new Error(`bundled aliases the tagger cannot match:\n${phrases.rejected.map((r) => `${r.id}: "${r.alias}" ${r.reason}`).join('\n')}`);
  }
  const trie = PhraseTrie.of(phrases.phrases);
  const persons = new Set(lexicon.entries.filter((e) => e.type === 'person').map((e) => e.id));
  return {
    trie: trie.toJSON(),
    shared: sharedNamesOf(lexicon, trie),
    near: nearOptionsOf(lexicon.rules, trie),
    variants: variantIndexOf(trie, persons, () => true),
    types: Object.fromEntries(lexicon.entries.map((e) => [e.id, e.type])),
  };
}

function chunkedFiles(lexicon: Lexicon): { relativeDest: string; contents: string }[] {
  const chunks: string[][] = [[]];
  let bytes = 0;
  for (const entry of lexicon.entries) {
    const json = JSON.stringify(entry);
    const size = Buffer.byteLength(json) + 1;
    if (bytes + size > CHUNK_BYTES && chunks.at(-1)!.length > 0) {
      chunks.push([]);
      bytes = 0;
    }
    chunks.at(-1)!.push(json);
    bytes += size;
  }
  return [
    { relativeDest: 'lexicon/rules.json', contents: JSON.stringify(lexicon.rules) },
    ...chunks.map((c, i) => ({ relativeDest: `lexicon/entries-${i}.json`, contents: `[${c.join(',')}]` })),
  ];
}

/**
 * Serves `virtual:bundled-lexicon` to the extension's bundles: the bundled lexicon's rules, the names of the files
 * that hold its cards (lexiconFiles) and its compiled matcher (matcherFiles), and what proposes names it lacks.
 */
export function bundledLexiconPlugin(): Plugin {
  return {
    name: 'bundled-lexicon',
    resolveId: (id) => (id === ID ? '\0' + id : undefined),
    load(id) {
      if (id !== '\0' + ID) return undefined;
      const lexicon = validatedBundle();
      // JSON.parse of a string literal is the quickest way for V8 to load data. What only some pages use is parsed
      // when first asked for, not while the script is evaluated.
      const json = (value: unknown) => `/* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
      const lazy = (value: unknown) => `/* @__PURE__ */ parsedOnce(${JSON.stringify(JSON.stringify(value))})`;
      return [
        `function parsedOnce(text) { let value; return () => (value ??= JSON.parse(text)); }`,
        // The near words travel in the matcher's files; a page needs the homographs and blockers for the reader's own
        // entries.
        `export const rules = ${json({ ...lexicon.rules, nearWords: undefined, ordinaryNames: undefined })};`,
        `export const lexiconFiles = ${json(publicPaths(lexiconFiles()))};`,
        `export const matcherFiles = ${json(publicPaths(matcherFiles()))};`,
        `export const discovery = ${lazy({ rules: discoveryRules, firstNames: knownFirstNames() })};`,
      ].join('\n');
    },
  };
}
