import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import countries110m from 'world-atlas/countries-110m.json';

/** A country's outline; its id is the ISO 3166-1 numeric code Natural Earth gives it. */
export type Country = Feature<Geometry, { name: string }>;

let outlines: Country[] | null = null;

/**
 * The world's country outlines, Natural Earth's 1:110m set as world-atlas ships it (TopoJSON, 108 kB): enough for
 * maps a few hundred pixels wide; the 1:50m set (756 kB) makes nine times the path data for Central Asia's frame.
 * Decoded from TopoJSON once, on first use, so that whatever carries this module pays for it only when a map
 * is drawn.
 */
export function countryOutlines(): Country[] {
  if (!outlines) {
    const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    outlines = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
  }
  return outlines;
}

/** An outline's box in longitude and latitude: [west, south, east, north]. */
type Box = [number, number, number, number];
let boxes: Box[] | null = null;

/**
 * The box of an outline's points, taken as they are written: Natural Earth cuts outlines at the antimeridian, so
 * a country across it (Russia, Fiji) gets a box from -180 to 180, too wide but never too narrow.
 */
function boxOf(country: Country): Box {
  const box: Box = [180, 90, -180, -90];
  const geometry = country.geometry;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  for (const ring of polygons.flat()) {
    for (const [lon, lat] of ring) {
      box[0] = Math.min(box[0], lon!);
      box[1] = Math.min(box[1], lat!);
      box[2] = Math.max(box[2], lon!);
      box[3] = Math.max(box[3], lat!);
    }
  }
  return box;
}

/**
 * The country whose outline holds a point (a country entry's coordinates are its capital's), if the set has it.
 * Each outline's box is tried first: the spherical test on every outline took 3–6 ms a country.
 */
export function countryAt(point: { lon: number; lat: number }): Country | undefined {
  const outlines = countryOutlines();
  boxes ??= outlines.map(boxOf);
  const { lon, lat } = point;
  return outlines.find((c, i) => {
    const [west, south, east, north] = boxes![i]!;
    return lon >= west && lon <= east && lat >= south && lat <= north && geoContains(c, [lon, lat]);
  });
}
