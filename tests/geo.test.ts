import { describe, expect, it } from 'vitest';
import { bundledLexicon } from '../build/lexicon-data';
import { countryAt } from '../geo/atlas';
import { CENTRAL_ASIA, frameOf, isWorldFrame } from '../geo/frame';
import { markerRadius, placeLabels, MARKER_RADIUS } from '../geo/markers';
import { drawMap } from '../geo/draw';
import { LOCATOR_SIZE, locatorMap } from '../geo/locator';
import { pageMap, pagePoints } from '../geo/page-map';
import { entitySummary } from './helpers/panel';

const byId = new Map(bundledLexicon.entries.map((e) => [e.id, e]));
const at = (id: string) => ({ id, name: byId.get(id)!.name.en, count: 1, ...byId.get(id)!.coords! });

describe('the frame', () => {
  it('is Central Asia when every point is in it', () => {
    expect(frameOf(['dushanbe', 'bishkek', 'termez', 'astana'].map(at))).toEqual(CENTRAL_ASIA);
  });
  it('zooms out to the world when the points span it, and holds every point', () => {
    const points = ['dushanbe', 'washington', 'beijing'].map(at);
    const frame = frameOf(points);
    expect(isWorldFrame(frame)).toBe(true);
    for (const p of points) expect(p.lon >= frame.west && p.lon <= frame.east && p.lat >= frame.south && p.lat <= frame.north).toBe(true);
  });
  it('frames a lone point outside Central Asia with its neighbours around it', () => {
    const berlin = { lon: 13.4, lat: 52.5 };
    const frame = frameOf([berlin]);
    expect(frame.east - frame.west).toBeGreaterThanOrEqual(20);
    expect(frame.north - frame.south).toBeGreaterThanOrEqual(10);
    expect(isWorldFrame(frame)).toBe(false);
  });
});

describe('markers and labels', () => {
  it('sizes markers so that their areas go as their mentions', () => {
    expect(markerRadius(16, 16)).toBe(MARKER_RADIUS.max);
    expect(markerRadius(4, 16) / markerRadius(16, 16)).toBeCloseTo(0.5);
    expect(markerRadius(1, 1000)).toBe(MARKER_RADIUS.min);
  });
  it('places labels inside the map, clear of the markers and of the labels placed before, on the other side if need be', () => {
    const box = (x: number, y: number) => ({ x, y, width: 40, height: 10 });
    expect(placeLabels([[box(10, 10)], [box(30, 15)], [box(60, 10)], [box(290, 10)], [box(10, -4)]], 300, 100)).toEqual([0, -1, 0, -1, -1]);
    // nor over a marker
    expect(placeLabels([[box(10, 10)], [box(100, 10)]], 300, 100, [{ x: 120, y: 12, width: 6, height: 6 }])).toEqual([0, -1]);
    // its second place when the first is taken
    expect(placeLabels([[box(10, 10)], [box(30, 15), box(200, 15)]], 300, 100)).toEqual([0, 1]);
  });
  it("names a marker on the side where the interface's text ends, and the selected one even in a crowd", () => {
    const lone = [at('dushanbe')];
    const ltr = drawMap({ width: 340, height: 220, points: lone, labels: { rtl: false } }).markers[0]!;
    const rtl = drawMap({ width: 340, height: 220, points: lone, labels: { rtl: true } }).markers[0]!;
    expect(ltr.label!.anchor).toBe('start');
    expect(ltr.label!.x).toBeGreaterThan(ltr.x);
    expect(rtl.label!.anchor).toBe('end');
    expect(rtl.label!.x).toBeLessThan(rtl.x);
    // The Ferghana valley at Central Asia's scale: more names than room. Khujand, the least mentioned, is selected.
    const crowd = ['tashkent', 'namangan', 'andijan', 'fergana', 'osh', 'khujand']
      .filter((id) => byId.get(id)?.coords)
      .map((id, i) => ({ ...at(id), count: 9 - i }));
    expect(crowd.length).toBeGreaterThanOrEqual(4);
    for (const rtl of [false, true]) {
      const view = drawMap({ width: 340, height: 220, points: crowd, selected: 'khujand', labels: { rtl } });
      expect(view.markers.find((m) => m.id === 'khujand')!.label, `rtl: ${rtl}`).toBeDefined();
      expect(view.markers.filter((m) => m.label).length).toBeLessThan(crowd.length);
    }
  });
});

describe('drawing', () => {
  const view = drawMap({ width: 340, height: 220, points: ['dushanbe', 'khujand', 'tashkent', 'ashgabat'].map(at) });
  const marker = (id: string) => view.markers.find((m) => m.id === id)!;
  const distance = (a: string, b: string) => Math.hypot(marker(a).x - marker(b).x, marker(a).y - marker(b).y);

  it('puts known places inside the map, where they lie against each other', () => {
    for (const m of view.markers) {
      expect(m.x).toBeGreaterThan(0);
      expect(m.x).toBeLessThan(340);
      expect(m.y).toBeGreaterThan(0);
      expect(m.y).toBeLessThan(220);
    }
    expect(distance('khujand', 'tashkent')).toBeLessThan(distance('khujand', 'ashgabat') / 4);
    // North is up and east is right: Tashkent lies north of Dushanbe, Ashgabat west.
    expect(marker('tashkent').y).toBeLessThan(marker('dushanbe').y);
    expect(marker('ashgabat').x).toBeLessThan(marker('dushanbe').x);
  });
  it('draws the outlines the frame shows, and fills only the country asked for', () => {
    const tajikistan = countryAt(byId.get('dushanbe')!.coords!)!;
    expect(tajikistan.properties.name).toBe('Tajikistan');
    const filled = drawMap({ width: 340, height: 220, points: [], fill: String(tajikistan.id) });
    expect(filled.countries.filter((c) => c.filled).map((c) => c.id)).toEqual([String(tajikistan.id)]);
    // Central Asia's frame leaves out the Americas.
    expect(filled.countries.length).toBeLessThan(80);
    expect(filled.countries.length).toBeGreaterThan(10);
  });
});

describe('the locator map', () => {
  it('marks a place, and fills a country instead', () => {
    const termez = locatorMap(byId.get('termez')!, LOCATOR_SIZE.popover)!;
    expect(termez.markers.map((m) => m.id)).toEqual(['termez']);
    expect(termez.countries.some((c) => c.filled)).toBe(false);
    const kazakhstan = locatorMap(byId.get('kazakhstan')!, LOCATOR_SIZE.popover)!;
    expect(kazakhstan.markers).toEqual([]);
    expect(kazakhstan.countries.filter((c) => c.filled)).toHaveLength(1);
  });
  it('is null for an entry without coordinates, and for an organisation with a seat', () => {
    expect(locatorMap({ ...byId.get('termez')!, coords: undefined }, LOCATOR_SIZE.popover)).toBeNull();
    expect(locatorMap({ ...byId.get('csto')!, coords: { lat: 55.75, lon: 37.62 } }, LOCATOR_SIZE.popover)).toBeNull();
  });
  it('marks the place of an event', () => {
    const event = bundledLexicon.entries.find((e) => e.type === 'event' && e.coords)!;
    expect(locatorMap(event, LOCATOR_SIZE.popover)!.markers.map((m) => m.id)).toEqual([event.id]);
  });
});

describe('the page map', () => {
  const entities = [
    entitySummary('dushanbe', 4),
    entitySummary('tajikistan', 9),
    entitySummary('base-201', 2),
    entitySummary('putin', 5),
    entitySummary('csto', 3),
    entitySummary('bishkek', 0),
  ];
  const points = pagePoints(entities, (id) => byId.get(id), 'ar');

  it('marks the places, countries and military sites the page names, with their names in the interface language', () => {
    expect(points.map((p) => p.id)).toEqual(['dushanbe', 'tajikistan', 'base-201']);
    expect(points.find((p) => p.id === 'dushanbe')!.name).toBe(byId.get('dushanbe')!.name.ar);
  });
  it('marks a country inside its outline, apart from its capital', () => {
    const tajikistan = points.find((p) => p.id === 'tajikistan')!;
    expect(countryAt(tajikistan)?.properties.name).toBe('Tajikistan');
    expect(tajikistan.lon).not.toBeCloseTo(byId.get('tajikistan')!.coords!.lon, 1);
  });
  it('highlights the selected marker and fills a selected country', () => {
    const view = pageMap(points, { selected: 'tajikistan', rtl: true })!;
    expect(view.markers.filter((m) => m.selected).map((m) => m.id)).toEqual(['tajikistan']);
    expect(view.countries.filter((c) => c.filled)).toHaveLength(1);
    expect(view.world).toBe(false);
  });
  it('is null for a page without places', () => {
    expect(
      pageMap(
        pagePoints([entitySummary('putin', 3)], (id) => byId.get(id), 'en'),
        { selected: null, rtl: false },
      ),
    ).toBeNull();
  });
});
