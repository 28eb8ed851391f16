/**
 * What was read from each text, for a page that rewrites a block with the text it had (a re-render, a ticker
 * repeating a headline, a list rebuilt by a script): such a text is not read again. At most `limit` texts are kept,
 * the least recently used going first.
 */
export class TextMemo<V> {
  private readonly found = new Map<string, V>();

  constructor(private readonly limit = 2048) {}

  get(text: string): V | undefined {
    const known = this.found.get(text);
    if (known !== undefined) {
      this.found.delete(text);
      this.found.set(text, known);
    }
    return known;
  }

  set(text: string, value: V): void {
    this.found.set(text, value);
    if (this.found.size > this.limit) this.found.delete(this.found.keys().next().value!);
  }
}
