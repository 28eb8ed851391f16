/**
 * Floor extension 1 for the browser benchmark: the least a highlighter can do on a page. At the end of parsing it
 * finds one fixed word in the page's text and paints it with CSS.highlights, setting the same performance marks
 * as the reading companion, so that the benchmark times both the same way.
 */
declare const WORD: string;

performance.mark('anc:start');
performance.mark('anc:ready');
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  const at = node.nodeValue!.indexOf(WORD);
  if (at < 0) continue;
  const range = new Range();
  range.setStart(node, at);
  range.setEnd(node, at + WORD.length);
  CSS.highlights.set('anc-floor', new Highlight(range));
  break;
}
performance.mark('anc:first-set');
requestAnimationFrame(() => {
  performance.mark('anc:first-highlights');
  performance.mark('anc:highlighted');
});
