import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PanelStatus } from '@/components/SidePanel';
import type { MapView } from '@/geo/draw';
import type { Entry } from '@/lexicon/schema';
import type { Lang } from '@/utils/i18n';

type Geo = typeof import('@/geo/page-map') & typeof import('@/geo/locator');

/** The map code and outlines, a chunk of their own loaded after the panel's first paint: the list never waits for them. */
const loadGeo = async (): Promise<Geo> => ({ ...(await import('@/geo/page-map')), ...(await import('@/geo/locator')) });

/** The panel's two maps: the page's, and the selected entity's locator when the page map does not mark it. */
export function usePanelMaps(
  status: PanelStatus,
  byId: ReadonlyMap<string, Entry>,
  selected: string | null,
  lang: Lang,
): { pageMap: MapView | null; cardMap: MapView | null } {
  const [geo, setGeo] = useState<Geo | null>(null);
  useEffect(() => void loadGeo().then(setGeo), []);
  const points = useMemo(
    () => (geo && status.kind === 'ready' ? geo.pagePoints(status.page.entities, (id) => byId.get(id), lang) : []),
    [geo, status, byId, lang],
  );
  const pageMap = useMemo(() => geo?.pageMap(points, { selected, rtl: lang === 'ar' }) ?? null, [geo, points, selected, lang]);
  const cardMap = useMemo(() => {
    const entry = selected ? byId.get(selected) : undefined;
    if (!geo || !entry || pageMap?.markers.some((m) => m.id === entry.id)) return null;
    return geo.locatorMap(entry, geo.LOCATOR_SIZE.panel);
  }, [geo, selected, byId, pageMap]);
  return { pageMap, cardMap };
}
