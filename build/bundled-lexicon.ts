import type { Plugin } from 'vite';
import { phrasesOf } from '../lexicon/aliases';
import { PhraseTrie } from '../lexicon/trie';
import { validateBundle } from '../lexicon/validate-bundle';

const ID = 'virtual:bundled-lexicon';
const RESOLVED = '\0' + ID;

/**
 * Serves `virtual:bundled-lexicon` to the extension's bundles: the bundled lexicon validated, its aliases
 * normalised and compiled into the matcher's trie (so a page neither normalises a thousand aliases nor builds
 * the trie on every load), each entry's type, and the entries without aliases for the cards. The content script
 * imports only the trie and types; the cards stay with the background and the extension pages.
 */
export function bundledLexiconPlugin(): Plugin {
  return {
    name: 'bundled-lexicon',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const lexicon = validateBundle();
      const phrases = phrasesOf(lexicon);
      if (phrases.rejected.length > 0) {
        this.error(`bundled aliases the tagger cannot match:\n${phrases.rejected.map((r) => `${r.id}: "${r.alias}" ${r.reason}`).join('\n')}`);
      }
      const entries = lexicon.entries.map(({ aliases: _aliases, nisba: _nisba, ...rest }) => ({ ...rest, aliases: [] }));
      const trie = PhraseTrie.of(phrases.phrases);
      const types = Object.fromEntries(lexicon.entries.map((e) => [e.id, e.type]));
      // JSON.parse of a string literal is the quickest way for V8 to load data this size.
      const json = (value: unknown) => `/* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
      return [
        `export const trie = ${json(trie.toJSON())};`,
        `export const types = ${json(types)};`,
        `export const rules = ${json(lexicon.rules)};`,
        `export const entries = ${json(entries)};`,
      ].join('\n');
    },
  };
}
