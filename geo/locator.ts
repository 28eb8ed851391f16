import { geoBounds } from 'd3-geo';
import type { Entry } from '@/lexicon/schema';
import { countryAt } from './atlas';
import { drawMap, type MapView } from './draw';
import { frameOf, isWorldFrame, type LonLat } from './frame';

/** Sizes of the locator map: small in the popover, larger in the side panel. */
export const LOCATOR_SIZE = { popover: { width: 240, height: 140 }, panel: { width: 340, height: 210 } } as const;

/** The locator's one marker: a point to find, not a quantity. */
const LOCATOR_RADIUS = 4;

/** Whose cards have a map: things that are somewhere. An organisation's seat or a person is not what the card is about. */
const LOCATED = new Set<Entry['type']>(['place', 'country', 'military', 'event']);

/**
 * A card's locator map: the region around the entry with its position marked, or for a country, the country
 * filled (marked instead when the outline set lacks it, as it lacks the smallest states). Null for an entry
 * without coordinates, and for organisations, people and outlets.
 */
export function locatorMap(entry: Pick<Entry, 'id' | 'type' | 'coords'>, size: { width: number; height: number }): MapView | null {
  const point = entry.coords;
  if (!point || !LOCATED.has(entry.type)) return null;
  const country = entry.type === 'country' ? countryAt(point) : undefined;
  const points = [{ id: entry.id, name: '', count: 1, ...point }];
  if (!country) return drawMap({ ...size, points, selected: entry.id, radius: LOCATOR_RADIUS });
  return drawMap({ ...size, points: [], frame: frameOf([point, ...extentOf(country)]), fill: String(country.id) });
}

/** The corners of a country's box, or none when it runs across the antimeridian or around much of the world. */
function extentOf(country: Parameters<typeof geoBounds>[0]): LonLat[] {
  const [[west, south], [east, north]] = geoBounds(country);
  const corners = [
    { lon: west, lat: south },
    { lon: east, lat: north },
  ];
  return west > east || isWorldFrame({ west, east, south, north }) ? [] : corners;
}
