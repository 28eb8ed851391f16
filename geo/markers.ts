/** Marker radii in pixels: the smallest stays easy to see and to hit, the largest does not hide its neighbours. */
export const MARKER_RADIUS = { min: 3, max: 11 };

/**
 * A marker's radius for `count` mentions when the most mentioned has `max`: its area is proportional to its count
 * (the eye compares areas, not radii), down to the smallest that stays visible.
 */
export function markerRadius(count: number, max: number): number {
  if (max <= 0) return MARKER_RADIUS.min;
  return Math.max(MARKER_RADIUS.min, MARKER_RADIUS.max * Math.sqrt(Math.min(count, max) / max));
}

export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: LabelBox, b: LabelBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Where labels go: taken in the order given (the most wanted first), each label takes the first of its places
 * (`candidates`, the preferred one first) that stays inside the map and clear of the markers
 * (`obstacles`) and of the labels placed before it, or none, so a crowded map names its main places, hides no
 * marker, and leaves the rest to the list beside it. Returns the index of the place taken, or -1.
 */
export function placeLabels(candidates: readonly (readonly LabelBox[])[], width: number, height: number, obstacles: readonly LabelBox[] = []): number[] {
  const kept: LabelBox[] = [...obstacles];
  const fits = (box: LabelBox) => box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height && !kept.some((k) => overlaps(k, box));
  return candidates.map((places) => {
    const i = places.findIndex(fits);
    if (i >= 0) kept.push(places[i]!);
    return i;
  });
}
