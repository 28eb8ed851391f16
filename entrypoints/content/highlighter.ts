import { ENTITY_TYPES, type EntityType } from '@/lexicon/schema';
import { TYPE_COLOURS } from '@/components/colours';

/**
 * Paints mentions with the CSS Custom Highlight API: ranges are painted without touching the page's DOM, so
 * Arabic letters stay joined and the page's scripts see nothing of ours in their tree. One highlight per entity
 * type, one for the quieter nisba adjectives, one for the mention the reader is on.
 */
export interface HighlightNames {
  byType: Record<EntityType, string>;
  nisba: string;
  current: string;
}


export function highlightSupported(win: Window & typeof globalThis): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS !== 'undefined' && 'highlights' in win.CSS;
}

/** Names with a per-page random suffix: a page cannot style or clear our highlights by guessing them. */
export function highlightNames(suffix = Math.random().toString(36).slice(2, 8)): HighlightNames {
  const byType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, `anc-${t}-${suffix}`])) as Record<EntityType, string>;
  return { byType, nisba: `anc-nisba-${suffix}`, current: `anc-current-${suffix}` };
}

/** #rrggbb → "r, g, b", or null for anything else (a colour from storage is never trusted as CSS). */
export function rgbOf(hex: string | undefined): string | null {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  return m ? m.slice(1).map((h) => parseInt(h, 16)).join(', ') : null;
}

export function highlightCss(names: HighlightNames, colours: Partial<Record<EntityType, string>> = {}): string {
  const rules = ENTITY_TYPES.map((t) => {
    const rgb = rgbOf(colours[t]) ?? TYPE_COLOURS[t];
    return `::highlight(${names.byType[t]}) { background-color: rgba(${rgb}, .16); text-decoration: underline 2px rgba(${rgb}, .85); text-underline-offset: 3px; }`;
  });
  return [
    ...rules,
    `::highlight(${names.nisba}) { text-decoration: underline dotted 1.5px rgba(107, 114, 128, .8); text-underline-offset: 3px; }`,
    `::highlight(${names.current}) { background-color: rgba(250, 204, 21, .55); color: inherit; }`,
    `@media (forced-colors: active) {`,
    ...ENTITY_TYPES.map((t) => `  ::highlight(${names.byType[t]}) { background-color: Mark; color: MarkText; text-decoration: underline 2px; }`),
    `  ::highlight(${names.current}) { background-color: Highlight; color: HighlightText; }`,
    `}`,
  ].join('\n');
}

export class Highlighter {
  private readonly byType = new Map<EntityType, Highlight>();
  private readonly nisba: Highlight;
  private readonly current: Highlight;
  private readonly sheet: CSSStyleSheet;

  constructor(private readonly doc: Document, private readonly names: HighlightNames, colours: Partial<Record<EntityType, string>> = {}) {
    const win = doc.defaultView as Window & typeof globalThis;
    for (const t of ENTITY_TYPES) {
      const h = new win.Highlight();
      this.byType.set(t, h);
      win.CSS.highlights.set(names.byType[t], h);
    }
    this.nisba = new win.Highlight();
    this.current = new win.Highlight();
    this.current.priority = 1;
    win.CSS.highlights.set(names.nisba, this.nisba);
    win.CSS.highlights.set(names.current, this.current);
    // A constructed sheet adopted by the document styles ::highlight() without adding a node to the page.
    this.sheet = new win.CSSStyleSheet();
    this.sheet.replaceSync(highlightCss(names, colours));
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, this.sheet];
  }

  /** The reader changed the colours: restyle in place, the ranges stay. */
  setColours(colours: Partial<Record<EntityType, string>>): void {
    this.sheet.replaceSync(highlightCss(this.names, colours));
  }

  add(range: Range, type: EntityType, nisba: boolean): void {
    (nisba ? this.nisba : this.byType.get(type)!).add(range);
  }

  remove(range: Range, type: EntityType, nisba: boolean): void {
    (nisba ? this.nisba : this.byType.get(type)!).delete(range);
  }

  setCurrent(range: Range | null): void {
    this.current.clear();
    if (range) this.current.add(range);
  }

  /** Removes every highlight and our style sheet: the page is as it was. */
  dispose(): void {
    const win = this.doc.defaultView as Window & typeof globalThis;
    for (const t of ENTITY_TYPES) win.CSS.highlights.delete(this.names.byType[t]);
    win.CSS.highlights.delete(this.names.nisba);
    win.CSS.highlights.delete(this.names.current);
    this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }
}
