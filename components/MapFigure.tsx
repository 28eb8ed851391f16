import type { MapView } from '@/geo/draw';
import type { Coords, Entry } from '@/lexicon/schema';
import type { Translate } from '@/utils/i18n';
import { useLocale } from './locale';

export interface MapFigureProps {
  view: MapView;
  /** What the map shows, in a phrase: the picture's accessible name. */
  label: string;
  /** What it shows, item by item: read by screen readers in place of the picture. */
  items: readonly string[];
  /** Clicking a marker selects its entity (the list beside the map does the same from the keyboard). */
  onSelect?: (id: string) => void;
  size: 'small' | 'large';
}

/**
 * A map drawn by geo/draw.ts, as SVG: country outlines, a filled country, markers and their names. Colours come
 * from the stylesheet (map.css), so dark mode and forced colours restyle it without redrawing.
 */
export function MapFigure({ view, label, items, onSelect, size }: MapFigureProps) {
  return (
    <figure class={`anc-map anc-map--${size}`} data-world={view.world}>
      <svg class="anc-map__svg" viewBox={`0 0 ${view.width} ${view.height}`} role="img" aria-label={label}>
        <rect class="anc-map__sea" width={view.width} height={view.height} />
        {view.countries.map((c, i) => (
          <path key={i} class={c.filled ? 'anc-map__country anc-map__country--filled' : 'anc-map__country'} d={c.d} />
        ))}
        {view.markers.map((m) => (
          <circle
            key={m.id}
            class={`anc-map__marker${m.selected ? ' anc-map__marker--selected' : ''}${onSelect ? ' anc-map__marker--link' : ''}`}
            data-id={m.id}
            data-count={m.count}
            cx={m.x}
            cy={m.y}
            r={m.r}
            onClick={onSelect && (() => onSelect(m.id))}
          >
            {m.name && <title>{m.name}</title>}
          </circle>
        ))}
        {view.markers.map(
          (m) =>
            m.label && (
              <text key={m.id} class="anc-map__label" x={m.label.x} y={m.label.y} text-anchor={m.label.anchor}>
                {m.name}
              </text>
            ),
        )}
      </svg>
      <ul class="anc-visually-hidden">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </figure>
  );
}

/** A point's coordinates in words a reader can place: 38.6° N, 68.8° E. */
export function coordsText({ lat, lon }: Coords, t: Translate): string {
  const deg = (n: number) => Math.abs(n).toFixed(1);
  return t('map.coords', t(lat >= 0 ? 'map.north' : 'map.south', deg(lat)), t(lon >= 0 ? 'map.east' : 'map.west', deg(lon)));
}

/** A card's locator map, named for its entry and told in words as the entry's coordinates. */
export function LocatorFigure({ entry, view, size }: { entry: Entry; view: MapView; size: MapFigureProps['size'] }) {
  const { lang, t } = useLocale();
  const name = entry.name[lang];
  return <MapFigure view={view} size={size} label={t('map.locator', name)} items={[entry.coords ? `${name}: ${coordsText(entry.coords, t)}` : name]} />;
}

/** The page map: its markers told in words as the list of places with their mentions, most mentioned first. */
export function PageMapFigure({ view, onSelect }: { view: MapView; onSelect: (id: string) => void }) {
  const { t } = useLocale();
  const items = [...view.markers].sort((a, b) => b.count - a.count).map((m) => `${m.name}: ${t('panel.mentions', String(m.count))}`);
  return <MapFigure view={view} size="large" label={t('map.page')} items={items} onSelect={onSelect} />;
}
