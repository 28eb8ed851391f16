import type { Tracked } from './page-model';

/**
 * Keyboard navigation over the page's mentions: the mention after (or before) `from`, wrapping around at either
 * end; the first (or last) when `from` is none or no longer on the page. Only names the reader has not hidden
 * are stops: nisba adjectives are too many to step through.
 */
export function nextStop(mentions: readonly Tracked[], hidden: ReadonlySet<string>, from: Tracked | null, direction: 1 | -1): Tracked | null {
  const stops = mentions.filter((m) => m.kind === 'name' && !hidden.has(m.id));
  if (stops.length === 0) return null;
  const at = from ? stops.indexOf(from) : -1;
  if (at < 0) return stops[direction === 1 ? 0 : stops.length - 1]!;
  return stops[(at + direction + stops.length) % stops.length]!;
}
