import type { Plugin } from 'vite';
import { phrasesOf } from '../lexicon/aliases';
import { PhraseTrie } from '../lexicon/trie';
import { nearOptionsOf, sharedNamesOf } from '../lexicon/matcher';
import { validateBundle } from '../lexicon/validate-bundle';
import { discoveryRules, knownFirstNames, readBundledData } from './lexicon-data';

const ID = 'virtual:bundled-lexicon';
const FULL_ID = 'virtual:bundled-lexicon/full';

/**
 * Serves `virtual:bundled-lexicon` to the extension's bundles: the bundled lexicon validated, its aliases
 * normalised and compiled into the matcher's trie (so a page neither normalises a thousand aliases nor builds
 * the trie on every load), each entry's type, and the entries without aliases for the cards. The content script
 * imports only the trie and types; the cards stay with the background and the extension pages.
 * `virtual:bundled-lexicon/full` is the whole validated lexicon, aliases included, for the settings page.
 */
export function bundledLexiconPlugin(): Plugin {
  return {
    name: 'bundled-lexicon',
    resolveId: (id) => (id === ID || id === FULL_ID ? '\0' + id : undefined),
    load(id) {
      if (id !== '\0' + ID && id !== '\0' + FULL_ID) return undefined;
      const lexicon = validateBundle(readBundledData());
      // JSON.parse of a string literal is the quickest way for V8 to load data this size.
      const json = (value: unknown) => `/* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
      if (id === '\0' + FULL_ID) return `export const lexicon = ${json(lexicon)};`;
      const phrases = phrasesOf(lexicon);
      if (phrases.rejected.length > 0) {
        this.error(`bundled aliases the tagger cannot match:\n${phrases.rejected.map((r) => `${r.id}: "${r.alias}" ${r.reason}`).join('\n')}`);
      }
      const entries = lexicon.entries.map(({ aliases: _aliases, nisba: _nisba, ...rest }) => ({ ...rest, aliases: [] }));
      const trie = PhraseTrie.of(phrases.phrases);
      const types = Object.fromEntries(lexicon.entries.map((e) => [e.id, e.type]));
      return [
        `export const trie = ${json(trie.toJSON())};`,
        `export const types = ${json(types)};`,
        // The near words travel in `near`; a page needs the homographs and blockers for the reader's own entries.
        `export const rules = ${json({ ...lexicon.rules, nearWords: undefined, ordinaryNames: undefined })};`,
        `export const shared = ${json(sharedNamesOf(lexicon, trie))};`,
        `export const near = ${json(nearOptionsOf(lexicon.rules, trie))};`,
        `export const entries = ${json(entries)};`,
        `export const discovery = ${json({ rules: discoveryRules, firstNames: knownFirstNames })};`,
      ].join('\n');
    },
  };
}
