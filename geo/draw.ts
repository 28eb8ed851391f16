import { geoPath } from 'd3-geo';
import { countryOutlines } from './atlas';
import { frameOf, isWorldFrame, projectionFor, type Bounds, type LonLat } from './frame';
import { markerRadius, placeLabels } from './markers';

/** A point to mark: an entity with coordinates, its name in the interface's language and its mentions. */
export interface MapPoint extends LonLat {
  id: string;
  name: string;
  count: number;
}

export interface MapMarker {
  id: string;
  name: string;
  count: number;
  x: number;
  y: number;
  r: number;
  selected: boolean;
  /** Where its name is written, when it fits: `anchor` is the part of the text at `x` (start: its left end). */
  label?: { x: number; y: number; anchor: 'start' | 'middle' | 'end' };
}

/** A map drawn: SVG path data and positions in a `width`×`height` box, ready for any renderer. */
export interface MapView {
  width: number;
  height: number;
  world: boolean;
  countries: { id: string; d: string; filled: boolean }[];
  markers: MapMarker[];
}

export interface MapRequest {
  width: number;
  height: number;
  points: readonly MapPoint[];
  /** The box to show; by default the one that fits the points (frameOf). */
  frame?: Bounds;
  /** A country to fill (its outline id). */
  fill?: string;
  selected?: string | null;
  /** One radius for every marker (a locator's lone point), instead of radii by mentions. */
  radius?: number;
  /** Write the markers' names beside them; labels run the other way in right-to-left interfaces. */
  labels?: { rtl: boolean };
}

/** Label type size in map units, and the width of an average letter as a share of it (Latin and Arabic alike). */
const LABEL_SIZE = 11;
const LETTER_WIDTH = 0.55;

/** Draws country outlines and markers for `request`: the big markers first, so small ones stay on top to be hit. */
export function drawMap(request: MapRequest): MapView {
  const { width, height, points } = request;
  const frame = request.frame ?? frameOf(points);
  const projection = projectionFor(frame, width, height);
  // A tenth of a pixel is finer than any screen shows these maps at; more digits only lengthen the path data.
  const path = geoPath(projection).digits(1);
  const countries = countryOutlines().flatMap((c) => {
    const d = path(c);
    return d ? [{ id: String(c.id), d, filled: c.id !== undefined && String(c.id) === request.fill }] : [];
  });
  const max = Math.max(0, ...points.map((p) => p.count));
  const markers = points
    .flatMap((p) => {
      const xy = projection([p.lon, p.lat]);
      if (!xy || xy[0] < 0 || xy[0] > width || xy[1] < 0 || xy[1] > height) return [];
      const r = round(request.radius ?? markerRadius(p.count, max));
      const marker: MapMarker = { id: p.id, name: p.name, count: p.count, x: round(xy[0]), y: round(xy[1]), r, selected: p.id === request.selected };
      return [marker];
    })
    .sort((a, b) => b.r - a.r);
  if (request.labels) label(markers, width, height, request.labels.rtl);
  return { width, height, world: isWorldFrame(frame), countries, markers };
}

type Side = 'right' | 'left' | 'above' | 'below';

/**
 * Names the markers whose labels fit: the selected one first, then the most mentioned; each beside its marker on the
 * side where text ends in the interface's direction (right in English, left in Arabic), else on the other, else
 * above or below it. The selected marker is always named, where its name fits best or on its own side.
 */
function label(markers: MapMarker[], width: number, height: number, rtl: boolean): void {
  const order = [...markers].sort((a, b) => Number(b.selected) - Number(a.selected) || b.count - a.count);
  const sides: Side[] = rtl ? ['left', 'right', 'above', 'below'] : ['right', 'left', 'above', 'below'];
  const boxOf = (m: MapMarker, side: Side) => {
    const w = m.name.length * LABEL_SIZE * LETTER_WIDTH;
    const gap = m.r + 2;
    if (side === 'right' || side === 'left') return { x: side === 'right' ? m.x + gap : m.x - gap - w, y: m.y - LABEL_SIZE / 2, width: w, height: LABEL_SIZE };
    return { x: m.x - w / 2, y: side === 'above' ? m.y - gap - LABEL_SIZE : m.y + gap, width: w, height: LABEL_SIZE };
  };
  const markerBoxes = markers.map((m) => ({ x: m.x - m.r, y: m.y - m.r, width: 2 * m.r, height: 2 * m.r }));
  const places = placeLabels(
    order.map((m) => sides.map((side) => boxOf(m, side))),
    width,
    height,
    markerBoxes,
  );
  order.forEach((m, i) => {
    const place = places[i]!;
    if (place >= 0 || m.selected) m.label = labelAt(m, sides[Math.max(place, 0)]!);
  });
}

/** A label's anchor point and alignment for its side of the marker. */
function labelAt(m: MapMarker, side: Side): NonNullable<MapMarker['label']> {
  const gap = m.r + 2;
  const baseline = LABEL_SIZE * 0.35;
  switch (side) {
    case 'right':
      return { x: round(m.x + gap), y: round(m.y + baseline), anchor: 'start' };
    case 'left':
      return { x: round(m.x - gap), y: round(m.y + baseline), anchor: 'end' };
    case 'above':
      return { x: m.x, y: round(m.y - gap - LABEL_SIZE / 2 + baseline), anchor: 'middle' };
    case 'below':
      return { x: m.x, y: round(m.y + gap + LABEL_SIZE / 2 + baseline), anchor: 'middle' };
  }
}

const round = (n: number) => Math.round(n * 10) / 10;
