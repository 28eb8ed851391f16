// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EntityCard } from '../components/EntityCard';
import { Popover } from '../components/Popover';
import { ActionPopup } from '../components/ActionPopup';
import { Welcome } from '../components/Welcome';
import { bundledLexicon } from '../build/lexicon-data';
import { relationsOf } from '../lexicon/relations';
import { DEFAULT_SETTINGS } from '../utils/settings';
import { inArabic } from './in-locale';

afterEach(cleanup);
const byId = new Map(bundledLexicon.entries.map((e) => [e.id, e]));
const nameOf = (id: string) => byId.get(id)?.name;
const cardProps = (id: string) => ({
  entry: byId.get(id)!,
  relations: relationsOf(id, bundledLexicon.entries),
  nameOf,
});

describe('EntityCard', () => {
  it('shows names in both languages, type, summary and key facts', () => {
    render(<EntityCard {...cardProps('base-201')} />);
    expect(screen.getByRole('heading', { name: '201st Military Base' })).toBeTruthy();
    expect(screen.getByText('القاعدة العسكرية الروسية 201')).toBeTruthy();
    expect(screen.getByText('Military')).toBeTruthy();
    expect(screen.getByText(/largest military facility abroad/)).toBeTruthy();
    expect(screen.getByText('Location').nextElementSibling!.textContent).toContain('Dushanbe and Bokhtar');
  });
  it('lists the CSTO members with their status', () => {
    render(<EntityCard {...cardProps('csto')} />);
    const members = within(screen.getByText('Members', { selector: '.anc-card__relation dt' }).parentElement!);
    expect(members.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Russia',
      'Belarus',
      'Kazakhstan',
      'Kyrgyzstan',
      'Tajikistan',
      'Armenia (participation frozen since February 2024)',
      'Uzbekistan (left in 1999, rejoined in 2006, left again in 2012)',
      'Azerbaijan (left in 1999)',
    ]);
  });
  it("falls back to a relation's status where its note is not written in the card's language", () => {
    const csto = byId.get('csto')!;
    const relations = csto.card.relations.map((r) => (r.target === 'armenia' ? { ...r, note: { en: 'participation frozen since February 2024', ar: '' } } : r));
    const entry = { ...csto, card: { ...csto.card, relations } };
    render(inArabic(<EntityCard {...cardProps('csto')} entry={entry} relations={relationsOf('csto', [entry])} />));
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toContain('أرمينيا (مشاركة مجمّدة)');
  });
  it('turns relations into links when it can open other cards', () => {
    const onSelect = vi.fn();
    render(<EntityCard {...cardProps('astana-process')} onSelect={onSelect} />);
    fireEvent.click(screen.getByRole('button', { name: 'Iran' }));
    expect(onSelect).toHaveBeenCalledWith('iran');
  });
  it('speaks Arabic, right to left', () => {
    render(inArabic(<EntityCard {...cardProps('tajikistan')} />));
    const heading = screen.getByRole('heading', { name: 'طاجيكستان' });
    expect(heading.getAttribute('dir')).toBe('rtl');
    expect(screen.getByText('دولة')).toBeTruthy();
    expect(screen.getByText('عضو في')).toBeTruthy();
  });
  it('names its sources as links and the date its facts hold at', () => {
    const entry = structuredClone(byId.get('germany')!);
    entry.card.sources = [{ url: 'https://www.example.org/germany', title: 'Germany, an encyclopaedia' }];
    entry.card.asOf = '2025-06';
    render(<EntityCard {...cardProps('germany')} entry={entry} />);
    const link = screen.getByRole('link', { name: 'example.org' });
    expect(link.getAttribute('href')).toBe('https://www.example.org/germany');
    expect(link.getAttribute('title')).toBe('Germany, an encyclopaedia');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getByText('as of 2025-06')).toBeTruthy();
  });
  it('says nothing of sources on a card that has none', () => {
    const entry = structuredClone(byId.get('germany')!);
    delete entry.card.sources;
    delete entry.card.asOf;
    const { container } = render(<EntityCard {...cardProps('germany')} entry={entry} />);
    expect(container.querySelector('.anc-card__provenance')).toBeNull();
  });
  it('renders text as text, never as markup', () => {
    const entry = { ...byId.get('moscow')!, card: { ...byId.get('moscow')!.card, summary: { en: '<img src=x onerror=alert(1)>', ar: '' } } };
    const { container } = render(<EntityCard {...cardProps('moscow')} entry={entry} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });
});

describe('Popover', () => {
  const props = (over: Partial<Parameters<typeof Popover>[0]> = {}) => ({
    ...cardProps('kyiv'),
    kind: 'name' as const,
    takeFocus: false,
    onClose: vi.fn(),
    onOpenPanel: vi.fn(),
    ...over,
  });
  it('is a labelled dialog', () => {
    render(<Popover {...props()} />);
    expect(screen.getByRole('dialog', { name: 'Kyiv' })).toBeTruthy();
  });
  it('takes focus only when asked (keyboard), not on hover', () => {
    const { unmount } = render(<Popover {...props()} />);
    expect(document.activeElement).toBe(document.body);
    unmount();
    render(<Popover {...props({ takeFocus: true })} />);
    expect(document.activeElement).toBe(screen.getByRole('dialog'));
  });
  it('closes on Escape and on its close button', () => {
    const onClose = vi.fn();
    render(<Popover {...props({ onClose })} />);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });
  it('opens the side panel on the entity', () => {
    const onOpenPanel = vi.fn();
    render(<Popover {...props({ onOpenPanel })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open in side panel' }));
    expect(onOpenPanel).toHaveBeenCalledWith('kyiv');
  });
  it('says when the name was read from a near spelling, and how the page writes it', () => {
    render(<Popover {...props({ nearSpelling: 'كازخستان' })} />);
    expect(screen.getByText('Read as this name: the page writes «كازخستان»')).toBeTruthy();
    cleanup();
    render(<Popover {...props()} />);
    expect(screen.queryByText(/Read as this name/)).toBeNull();
  });
  it('offers the other entries that share the name, and tells which one the reader picks', () => {
    const onChoose = vi.fn();
    const otherReadings = [{ id: 'nazarbayev', name: { en: 'Nursultan Nazarbayev', ar: 'نور سلطان نزارباييف' }, type: 'person' as const }];
    render(<Popover {...props({ otherReadings, onChoose })} />);
    const group = screen.getByRole('group', { name: 'This name may also be:' });
    fireEvent.click(within(group).getByRole('button', { name: 'Nursultan Nazarbayev (Person)' }));
    expect(onChoose).toHaveBeenCalledWith('nazarbayev');
    cleanup();
    render(<Popover {...props()} />);
    expect(screen.queryByRole('group', { name: 'This name may also be:' })).toBeNull();
  });
  it('says when the mention is only a related adjective', () => {
    render(<Popover {...props({ kind: 'nisba' })} />);
    expect(screen.getByText('Related adjective')).toBeTruthy();
  });
});

describe('ActionPopup', () => {
  const base = {
    shortcuts: ['Alt+Shift+.', 'Alt+Shift+,'] as [string, string],
    onToggleSite: vi.fn(),
    onToggleGlobal: vi.fn(),
    onOpenPanel: vi.fn(),
    onOpenSettings: vi.fn(),
  };
  it('pauses and resumes the current site', () => {
    const onToggleSite = vi.fn();
    const { rerender } = render(<ActionPopup {...base} onToggleSite={onToggleSite} hostname="news.example" settings={DEFAULT_SETTINGS} />);
    expect(screen.getByRole('status').textContent).toBe('Highlighting on news.example');
    fireEvent.click(screen.getByRole('button', { name: 'Pause on this site' }));
    expect(onToggleSite).toHaveBeenCalled();
    rerender(<ActionPopup {...base} hostname="news.example" settings={{ ...DEFAULT_SETTINGS, pausedSites: ['news.example'] }} />);
    expect(screen.getByRole('status').textContent).toBe('Paused on news.example');
    expect(screen.getByRole('button', { name: 'Resume on this site' }).getAttribute('aria-pressed')).toBe('true');
  });
  it("explains the colours in a legend, in the reader's colours where they chose them", () => {
    render(<ActionPopup {...base} hostname="news.example" settings={{ ...DEFAULT_SETTINGS, colours: { person: '#102030' } }} />);
    const legend = screen.getByText('What the colours mean').closest('details')!;
    const items = within(legend).getAllByRole('listitem');
    expect(items.map((li) => li.textContent!.trim())).toEqual([
      'Countries',
      'Places',
      'People',
      'Organisations',
      'Military units and sites',
      'Events',
      'Media',
      'ـــ a dotted grey line: an adjective of a country or place (الروسية)',
    ]);
    const swatch = (type: string) => (legend.querySelector(`.anc-dot[data-type="${type}"]`) as HTMLElement).style.backgroundColor;
    expect(swatch('person')).toBe('rgb(16, 32, 48)');
    expect(swatch('country')).toBe('rgb(37, 99, 235)');
  });
  it('says so on pages the browser keeps from extensions', () => {
    render(<ActionPopup {...base} hostname={null} settings={DEFAULT_SETTINGS} />);
    expect(screen.getByRole('status').textContent).toBe('The browser does not let extensions read this page.');
    expect(screen.queryByRole('button', { name: 'Pause on this site' })).toBeNull();
  });
  it('shows the global pause, in Arabic too', () => {
    render(inArabic(<ActionPopup {...base} hostname="news.example" settings={{ ...DEFAULT_SETTINGS, paused: true }} />));
    expect(screen.getByRole('status').textContent).toBe('متوقف في كل المواقع');
    expect(screen.getByRole('main').getAttribute('dir')).toBe('rtl');
  });
});

describe('Welcome', () => {
  const base = { colours: {}, shortcuts: ['Alt+Shift+Period', 'Alt+Shift+Comma'] as [string, string], onOpenSettings: vi.fn() };
  it('tells a new reader what the colours mean, the keys, the panel and how to pause', () => {
    const onOpenSettings = vi.fn();
    render(<Welcome {...base} colours={{ event: '#0a0b0c' }} onOpenSettings={onOpenSettings} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welcome to Arabic News Companion');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Cards', 'Keyboard', 'Side panel', 'Pausing', 'Your lexicon']);
    const legend = screen.getByText('What the colours mean').closest('details')!;
    expect(legend.open).toBe(true);
    expect((legend.querySelector('.anc-dot[data-type="event"]') as HTMLElement).style.backgroundColor).toBe('rgb(10, 11, 12)');
    expect(screen.getByText(/goes to the next name/).textContent).toBe(
      '\u2068Alt+Shift+Period\u2069 goes to the next name on the page and opens its card, \u2068Alt+Shift+Comma\u2069 to the previous one; Escape closes the card and gives focus back.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Open the settings' }));
    expect(onOpenSettings).toHaveBeenCalled();
  });
  it('says where to set the keys when the browser has none for them', () => {
    render(<Welcome {...base} shortcuts={null} />);
    expect(screen.getByText(/Set the shortcuts/)).toBeTruthy();
    expect(screen.queryByText(/goes to the next name/)).toBeNull();
  });
  it('speaks Arabic, right to left, with the shortcuts kept in their order', () => {
    render(inArabic(<Welcome {...base} />));
    expect(screen.getByRole('main').getAttribute('dir')).toBe('rtl');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('مرحبًا بك في رفيق الأخبار العربية');
    expect(screen.getByText(/ينقلك إلى الاسم التالي/).textContent).toMatch(/^\u2068Alt\+Shift\+Period\u2069 ينقلك/);
  });
});
