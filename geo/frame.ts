import { geoAzimuthalEqualArea, geoNaturalEarth1, type GeoProjection } from 'd3-geo';

export interface LonLat {
  lon: number;
  lat: number;
}

/** A box of longitudes and latitudes, west to east and south to north. */
export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

/**
 * The five republics with the Caspian to the west, the Afghan border and Xinjiang to the south and east: the
 * region this news is about, and the frame any map whose points all lie in it shows.
 */
export const CENTRAL_ASIA: Bounds = { west: 46, south: 33, east: 88, north: 56 };

/** Around a lone point, or points close together, the frame shows this much at least, so neighbours are seen. */
const MIN_SPAN = { lon: 24, lat: 14 };
/** Margin around the points, as a share of their spread. */
const MARGIN = 0.15;
/** Beyond this spread of longitudes a regional projection bends too much: the world projection takes over. */
const WORLD_SPAN = 140;

const inside = (b: Bounds, p: LonLat) => p.lon >= b.west && p.lon <= b.east && p.lat >= b.south && p.lat <= b.north;

/** The box a map shows: Central Asia when every point is in it, else the points' box with a margin. */
export function frameOf(points: readonly LonLat[]): Bounds {
  if (points.length === 0 || points.every((p) => inside(CENTRAL_ASIA, p))) return CENTRAL_ASIA;
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const lonPad = Math.max((east - west) * MARGIN, (MIN_SPAN.lon - (east - west)) / 2);
  const latPad = Math.max((north - south) * MARGIN, (MIN_SPAN.lat - (north - south)) / 2);
  return {
    west: Math.max(-180, west - lonPad),
    east: Math.min(180, east + lonPad),
    south: Math.max(-85, south - latPad),
    north: Math.min(85, north + latPad),
  };
}

/** Whether a frame spans enough of the world to need the world projection. */
export const isWorldFrame = (b: Bounds) => b.east - b.west > WORLD_SPAN;

/**
 * A projection showing `bounds` in a `width`×`height` box, `pad` pixels inside its edges. A region is drawn on an
 * equal-area azimuthal projection centred on it (true shapes and areas near the centre, so neighbours sit at
 * their true distances); the world on Natural Earth, centred on the frame's longitude.
 */
export function projectionFor(bounds: Bounds, width: number, height: number, pad = 4): GeoProjection {
  const lon0 = (bounds.west + bounds.east) / 2;
  const lat0 = (bounds.south + bounds.north) / 2;
  const projection = isWorldFrame(bounds) ? geoNaturalEarth1().rotate([-lon0, 0]) : geoAzimuthalEqualArea().rotate([-lon0, -lat0]);
  // The box's edges, sampled: on a curved projection its corners alone do not hold its widest parallel.
  const edge: [number, number][] = [];
  for (let i = 0; i <= 8; i++) {
    const lon = bounds.west + ((bounds.east - bounds.west) * i) / 8;
    edge.push([lon, bounds.south], [lon, bounds.north], [lon, lat0]);
  }
  return projection
    .fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      { type: 'MultiPoint', coordinates: edge },
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}
