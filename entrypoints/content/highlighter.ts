import { ENTITY_TYPES, type EntityType } from '@/lexicon/schema';
import { typeRgb } from '@/utils/colours';
import { take } from './handoff';

/**
 * Paints mentions with the CSS Custom Highlight API: ranges are painted without touching the page's DOM, so
 * Arabic letters stay joined and the page's scripts see nothing of ours in their tree. One highlight per entity
 * type, one for the quieter nisba adjectives, one for the mention the reader is on, and one, quieter still, for
 * names the lexicon lacks when the reader asks to see them.
 */
export interface HighlightNames {
  byType: Record<EntityType, string>;
  nisba: string;
  current: string;
  candidate: string;
}

export function highlightSupported(win: Window & typeof globalThis): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS !== 'undefined' && 'highlights' in win.CSS;
}

/** Names with a per-page random suffix: a page cannot style or clear our highlights by guessing them. */
export function highlightNames(suffix = Math.random().toString(36).slice(2, 8)): HighlightNames {
  const byType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, `anc-${t}-${suffix}`])) as Record<EntityType, string>;
  return { byType, nisba: `anc-nisba-${suffix}`, current: `anc-current-${suffix}`, candidate: `anc-candidate-${suffix}` };
}

export function highlightCss(names: HighlightNames, colours: Partial<Record<EntityType, string>> = {}): string {
  const rules = ENTITY_TYPES.map((t) => {
    const rgb = typeRgb(t, colours);
    return `::highlight(${names.byType[t]}) { background-color: rgba(${rgb}, .16); text-decoration: underline 2px rgba(${rgb}, .85); text-underline-offset: 3px; }`;
  });
  return [
    ...rules,
    `::highlight(${names.nisba}) { text-decoration: underline dotted 1.5px rgba(107, 114, 128, .8); text-underline-offset: 3px; }`,
    `::highlight(${names.candidate}) { text-decoration: underline dashed 1px rgba(107, 114, 128, .75); text-underline-offset: 4px; }`,
    `::highlight(${names.current}) { background-color: rgba(250, 204, 21, .55); color: inherit; }`,
    `@media (forced-colors: active) {`,
    ...ENTITY_TYPES.map((t) => `  ::highlight(${names.byType[t]}) { background-color: Mark; color: MarkText; text-decoration: underline 2px; }`),
    `  ::highlight(${names.current}) { background-color: Highlight; color: HighlightText; }`,
    `}`,
  ].join('\n');
}

/** The ::highlight() rules of a document, the names they style and the text the sheet holds. */
export interface HighlightStyle {
  names: HighlightNames;
  sheet: CSSStyleSheet;
  css: string;
}

/**
 * Adopts a style sheet with our ::highlight() rules. A constructed sheet styles the document without adding a
 * node to the page. Adopting it makes the browser restyle every element of the page (`::highlight()` matches
 * any element), which took 120 ms on a page of 17,000 elements; the early content script adopts it at
 * document_start, before the page has any style to redo.
 */
export function adoptHighlightStyle(doc: Document, names = highlightNames()): HighlightStyle {
  const sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
  const css = highlightCss(names);
  sheet.replaceSync(css);
  pageSide(doc).adoptedStyleSheets.push(sheet);
  return { names, sheet, css };
}

/**
 * The document as the page sees it. Firefox shows a content script the page's objects through Xray wrappers,
 * which do not pass adoptedStyleSheets through ("Accessing from Xray wrapper is not supported"); its
 * wrappedJSObject is the page's own document, whose list takes our sheet. Other browsers hand over the document.
 */
function pageSide(doc: Document): Document {
  return (doc as Document & { wrappedJSObject?: Document }).wrappedJSObject ?? doc;
}

/** The style the page-start script adopted, if it still is adopted; taken once. */
export function takeEarlyStyle(doc: Document): HighlightStyle | null {
  const style = take('style');
  return style && pageSide(doc).adoptedStyleSheets.includes(style.sheet) ? style : null;
}

export class Highlighter {
  private readonly byType = new Map<EntityType, Highlight>();
  private readonly nisba: Highlight;
  private readonly current: Highlight;
  private readonly candidates: Highlight;
  private readonly names: HighlightNames;
  private readonly sheet: CSSStyleSheet;
  private css: string;

  constructor(
    private readonly doc: Document,
    style: HighlightStyle,
    colours: Partial<Record<EntityType, string>> = {},
  ) {
    const { names, sheet, css } = style;
    this.names = names;
    this.sheet = sheet;
    this.css = css;
    const win = doc.defaultView as Window & typeof globalThis;
    for (const t of ENTITY_TYPES) {
      const h = new win.Highlight();
      this.byType.set(t, h);
      win.CSS.highlights.set(names.byType[t], h);
    }
    this.nisba = new win.Highlight();
    this.current = new win.Highlight();
    this.current.priority = 1;
    this.candidates = new win.Highlight();
    win.CSS.highlights.set(names.nisba, this.nisba);
    win.CSS.highlights.set(names.current, this.current);
    win.CSS.highlights.set(names.candidate, this.candidates);
    this.setColours(colours);
  }

  /** The reader's colours: restyle in place, the ranges stay; the page is restyled only if they changed. */
  setColours(colours: Partial<Record<EntityType, string>>): void {
    const css = highlightCss(this.names, colours);
    if (css === this.css) return;
    this.css = css;
    this.sheet.replaceSync(css);
  }

  add(range: AbstractRange, type: EntityType, nisba: boolean): void {
    (nisba ? this.nisba : this.byType.get(type)!).add(range);
  }

  remove(range: AbstractRange, type: EntityType, nisba: boolean): void {
    (nisba ? this.nisba : this.byType.get(type)!).delete(range);
  }

  /** Paints the names the lexicon lacks, in place of those painted before (none: paints nothing). */
  setCandidates(ranges: readonly AbstractRange[]): void {
    // Clearing a highlight has the browser look at the page again, even an empty one: a live page re-read each second
    // would pay for it every time.
    if (ranges.length === 0 && this.candidates.size === 0) return;
    this.candidates.clear();
    for (const r of ranges) this.candidates.add(r);
  }

  setCurrent(range: AbstractRange | null): void {
    this.current.clear();
    if (range) this.current.add(range);
  }

  /** Removes every highlight and our style sheet: the page is as it was. */
  dispose(): void {
    const win = this.doc.defaultView as Window & typeof globalThis;
    for (const t of ENTITY_TYPES) win.CSS.highlights.delete(this.names.byType[t]);
    win.CSS.highlights.delete(this.names.nisba);
    win.CSS.highlights.delete(this.names.current);
    win.CSS.highlights.delete(this.names.candidate);
    const sheets = pageSide(this.doc).adoptedStyleSheets;
    const at = sheets.indexOf(this.sheet);
    if (at >= 0) sheets.splice(at, 1);
  }
}
