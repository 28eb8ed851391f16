import type { Matcher, Mention } from './matcher';

/**
 * A matcher that remembers what it found in each text it tagged, for a page that rewrites a block with the text
 * it already had (a re-render, a ticker repeating a headline, a list rebuilt by a script): such a text is not
 * tagged again. What the page had named before the text (short forms, shared names) was read when the text was
 * first tagged, and that reading stands; the text's own names are not counted twice. Texts tagged with `nested`
 * (the CLI's reading) are not remembered. At most `limit` texts are kept, the least recently used going first.
 */
export function memoised(matcher: Matcher, limit = 2048): Matcher {
  const found = new Map<string, Mention[]>();
  return {
    rejected: matcher.rejected,
    size: matcher.size,
    match(text, options) {
      if (options?.nested) return matcher.match(text, options);
      const known = found.get(text);
      if (known) {
        found.delete(text);
        found.set(text, known);
        return known;
      }
      const mentions = matcher.match(text, options);
      found.set(text, mentions);
      if (found.size > limit) found.delete(found.keys().next().value!);
      return mentions;
    },
  };
}
