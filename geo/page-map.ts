import type { EntitySummary } from '@/lexicon/page-summary';
import type { Entry } from '@/lexicon/schema';
import { geoCentroid } from 'd3-geo';
import { countryAt } from './atlas';
import { drawMap, type MapPoint, type MapView } from './draw';

/** What the page map marks: where things are, not who (people, organisations, outlets and events have no marker). */
const MAPPED = new Set<Entry['type']>(['place', 'country', 'military']);

export const PAGE_MAP_SIZE = { width: 340, height: 220 } as const;

/**
 * The page's places, countries and military sites that have coordinates, with their names in `lang`. A country
 * is marked in the middle of its outline, not at its coordinates (its capital's), where the capital's own marker
 * would hide under it.
 */
export function pagePoints(entities: readonly EntitySummary[], entryOf: (id: string) => Entry | undefined, lang: 'en' | 'ar'): PagePoint[] {
  return entities.flatMap((e) => {
    const entry = entryOf(e.id);
    if (!entry?.coords || !MAPPED.has(entry.type) || e.count === 0) return [];
    const point = { id: e.id, name: entry.name[lang], count: e.count, ...entry.coords };
    const outline = entry.type === 'country' ? countryAt(entry.coords) : undefined;
    if (outline?.id === undefined) return [point];
    const [lon, lat] = geoCentroid(outline);
    return [{ ...point, lon, lat, outline: String(outline.id) }];
  });
}

/** A point of the page map; a country's carries its outline's id, to fill when it is selected. */
export interface PagePoint extends MapPoint {
  outline?: string;
}

/**
 * The map of a page: a marker per point sized by its mentions, named where the names fit, framed on what the page
 * mentions; the selected entity's marker stands out, and a selected country is filled too.
 */
export function pageMap(points: readonly PagePoint[], options: { selected: string | null; rtl: boolean }): MapView | null {
  if (points.length === 0) return null;
  const fill = points.find((p) => p.id === options.selected)?.outline;
  return drawMap({ ...PAGE_MAP_SIZE, points, selected: options.selected, fill, labels: { rtl: options.rtl } });
}
