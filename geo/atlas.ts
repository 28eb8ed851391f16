import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import countries110m from 'world-atlas/countries-110m.json';

/** A country's outline; its id is the ISO 3166-1 numeric code Natural Earth gives it. */
export type Country = Feature<Geometry, { name: string }>;

let outlines: Country[] | null = null;

/**
 * The world's country outlines, Natural Earth's 1:110m set as world-atlas ships it (TopoJSON, 108 kB): at maps
 * a few hundred pixels wide a border is a pixel or two, and the 1:50m set (756 kB) would draw the same picture.
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

/** The country whose outline holds a point (a country entry's coordinates are its capital's), if the set has it. */
export function countryAt(point: { lon: number; lat: number }): Country | undefined {
  return countryOutlines().find((c) => geoContains(c, [point.lon, point.lat]));
}
