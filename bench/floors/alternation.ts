/**
 * Floor extension 2 for the browser benchmark: the plain way to highlight a list of names. One RegExp alternation
 * of the lexicon's Arabic aliases as written (longest first), run over every text node at the end of parsing and
 * painted with CSS.highlights; no normalisation, clitics or context, no UI. Sets the reading companion's
 * performance marks, so that the benchmark times both the same way.
 */
declare const ALIASES: string[];

performance.mark('anc:start');
const pattern = new RegExp(ALIASES.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
performance.mark('anc:ready');
const highlight = new Highlight();
CSS.highlights.set('anc-floor', highlight);
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  for (const match of node.nodeValue!.matchAll(pattern)) {
    const range = new Range();
    range.setStart(node, match.index);
    range.setEnd(node, match.index + match[0].length);
    if (highlight.size === 0) performance.mark('anc:first-set');
    highlight.add(range);
  }
}
requestAnimationFrame(() => {
  performance.mark('anc:first-highlights');
  performance.mark('anc:highlighted');
});
