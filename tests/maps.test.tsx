// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SidePanel, type SidePanelProps } from '../components/SidePanel';
import { Popover } from '../components/Popover';
import { bundledLexicon } from '../build/lexicon-data';
import { cardView } from '../lexicon/card-view';
import { relationsOf } from '../lexicon/relations';
import { LOCATOR_SIZE, locatorMap } from '../geo/locator';
import { pageMap, pagePoints } from '../geo/page-map';
import type { PageSummary } from '../lexicon/page-summary';
import { inArabic } from './in-locale';
import { entitySummary, panelProps } from './helpers/panel';

afterEach(cleanup);
const byId = new Map(bundledLexicon.entries.map((e) => [e.id, e]));

// A page about the Ferghana valley: places, a country, a base, and a person and an organisation, who have no marker.
const counts: Record<string, number> = { khujand: 6, tashkent: 3, ashgabat: 1, tajikistan: 4, 'base-201': 2, putin: 5, csto: 2 };
const page: PageSummary = {
  url: 'https://news.example/a',
  title: 't',
  entities: Object.entries(counts).map(([id, n]) => entitySummary(id, n)),
  candidates: [],
};

/** The panel as the app drives it (entrypoints/sidepanel/use-maps.ts): maps drawn for the page and the selection. */
function props(over: Partial<SidePanelProps> = {}, lang: 'en' | 'ar' = 'en'): SidePanelProps {
  const selected = over.selected ?? null;
  const view = pageMap(
    pagePoints(page.entities, (id) => byId.get(id), lang),
    { selected, rtl: lang === 'ar' },
  );
  return panelProps(page, { selected, pageMap: view, ...over });
}

const markers = () => [...document.querySelectorAll<SVGCircleElement>('circle.anc-map__marker')];
const markerOf = (id: string) => markers().find((m) => m.dataset.id === id)!;
const centre = (m: SVGCircleElement) => ({ x: Number(m.getAttribute('cx')), y: Number(m.getAttribute('cy')) });

describe('the page map', () => {
  it('has a marker per place, country and military site of the page, sized by its mentions', () => {
    render(<SidePanel {...props()} />);
    expect(
      markers()
        .map((m) => m.dataset.id)
        .sort(),
    ).toEqual(['ashgabat', 'base-201', 'khujand', 'tajikistan', 'tashkent']);
    for (const m of markers()) expect(Number(m.dataset.count)).toBe(counts[m.dataset.id!]);
    const r = (id: string) => Number(markerOf(id).getAttribute('r'));
    expect(r('khujand')).toBeGreaterThan(r('tajikistan'));
    expect(r('tajikistan')).toBeGreaterThan(r('tashkent'));
    expect(r('tashkent')).toBeGreaterThan(r('ashgabat'));
  });
  it('puts a place inside the map and near its neighbour', () => {
    render(<SidePanel {...props()} />);
    const [, , width, height] = document.querySelector('svg.anc-map__svg')!.getAttribute('viewBox')!.split(' ').map(Number);
    const khujand = centre(markerOf('khujand'));
    expect(khujand.x).toBeGreaterThan(0);
    expect(khujand.x).toBeLessThan(width!);
    expect(khujand.y).toBeGreaterThan(0);
    expect(khujand.y).toBeLessThan(height!);
    const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);
    expect(dist(khujand, centre(markerOf('tashkent')))).toBeLessThan(dist(khujand, centre(markerOf('ashgabat'))));
  });
  it('selects the entity of a clicked marker, as the list does', () => {
    const p = props();
    render(<SidePanel {...p} />);
    fireEvent.click(markerOf('base-201'));
    expect(p.actions.select).toHaveBeenCalledWith('base-201');
  });
  it('tells screen readers what it shows: a named picture and the list of its places with their mentions', () => {
    render(<SidePanel {...props()} />);
    const map = screen.getByRole('img', { name: 'Map of the places this page mentions' });
    const list = within(map.closest('figure')!)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(list).toEqual(['Khujand: 6 mentions', 'Tajikistan: 4 mentions', 'Tashkent: 3 mentions', '201st Military Base: 2 mentions', 'Ashgabat: 1 mention']);
  });
  it('names its markers in the interface language', () => {
    render(inArabic(<SidePanel {...props({}, 'ar')} />));
    const labels = [...document.querySelectorAll('text.anc-map__label')].map((t) => t.textContent);
    expect(labels).toContain(byId.get('khujand')!.name.ar);
    expect(screen.getByRole('img', { name: 'خريطة الأماكن التي تذكرها الصفحة' })).toBeTruthy();
  });
  it("highlights the selected entity's marker beside its card", () => {
    render(<SidePanel {...props({ selected: 'khujand', card: cardView('khujand', bundledLexicon.entries) })} />);
    expect(
      markers()
        .filter((m) => m.classList.contains('anc-map__marker--selected'))
        .map((m) => m.dataset.id),
    ).toEqual(['khujand']);
  });
  it('fills a selected country', () => {
    render(<SidePanel {...props({ selected: 'tajikistan', card: cardView('tajikistan', bundledLexicon.entries) })} />);
    expect(document.querySelectorAll('path.anc-map__country--filled')).toHaveLength(1);
  });
});

describe('the locator map', () => {
  it('shows a card the page map does not mark on a map of its own, in the side panel', () => {
    const termez = byId.get('termez')!;
    render(<SidePanel {...props({ selected: 'termez', card: cardView('termez', bundledLexicon.entries), cardMap: locatorMap(termez, LOCATOR_SIZE.panel) })} />);
    const map = screen.getByRole('img', { name: 'Map: where Termez is' });
    expect(within(map.closest('figure')!).getByRole('listitem').textContent).toBe('Termez: 37.2° N, 67.3° E');
    expect(markers().map((m) => m.dataset.id)).toEqual(['termez']);
  });
  it('joins the card in the popover once drawn', () => {
    const entry = byId.get('termez')!;
    const popover = (map: ReturnType<typeof locatorMap>) => (
      <Popover
        entry={entry}
        relations={relationsOf('termez', bundledLexicon.entries)}
        nameOf={(id) => byId.get(id)?.name}
        map={map}
        kind="name"
        takeFocus={false}
        onClose={vi.fn()}
        onOpenPanel={vi.fn()}
      />
    );
    const { rerender } = render(inArabic(popover(null)));
    expect(screen.queryByRole('img')).toBeNull();
    rerender(inArabic(popover(locatorMap(entry, LOCATOR_SIZE.popover))));
    const map = screen.getByRole('img', { name: `خريطة: موقع ${entry.name.ar}` });
    expect(map.closest('figure')!.classList.contains('anc-map--small')).toBe(true);
    expect(within(map.closest('figure')!).getByRole('listitem').textContent).toBe(`${entry.name.ar}: 37.2° شمالاً، 67.3° شرقاً`);
  });
});
