/**
 * Reference for the browser benchmark: mark.js, the usual highlighter from npm, given aliases of the lexicon as
 * written (longest first) with its default options but for whole-phrase search. It wraps each match in a <mark>;
 * sets the reading companion's performance marks, so that the benchmark times it the same way.
 */
import Mark from 'mark.js';

declare const ALIASES: string[];

performance.mark('anc:start');
new Mark(document.body).mark(ALIASES, {
  separateWordSearch: false,
  done: () =>
    requestAnimationFrame(() => {
      performance.mark('anc:first-highlights');
      performance.mark('anc:highlighted');
    }),
});
