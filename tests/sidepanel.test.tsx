// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SidePanel, matchesQuery, type SidePanelProps } from '../components/SidePanel';
import { bundledLexicon } from '../build/lexicon-data';
import { cardView } from '../lexicon/card-view';
import type { EntitySummary, PageSummary } from '../lexicon/page-summary';
import { inArabic } from './in-locale';
import { entitySummary, panelProps } from './helpers/panel';

afterEach(cleanup);
const byId = new Map(bundledLexicon.entries.map((e) => [e.id, e]));

function entity(id: string, count: number, extra: Partial<EntitySummary> = {}): EntitySummary {
  const mentions = Array.from({ length: count }, (_, index) => ({ index, text: byId.get(id)!.name.ar, before: 'قبل ', after: ' بعد' }));
  return entitySummary(id, count, { mentions, ...extra });
}

const page: PageSummary = {
  url: 'https://news.example/a',
  title: 't',
  entities: [
    entity('russia', 3, { firstPosition: 2 }),
    entity('kazakhstan', 3, { inHeadline: true, firstPosition: 5 }),
    entity('putin', 2),
    entity('csto', 5),
    entity('tajikistan', 1, { nisbaCount: 4 }),
    entity('united-states', 0, { nisbaCount: 2 }),
  ],
  candidates: [],
};

function props(over: Partial<SidePanelProps> = {}): SidePanelProps {
  return panelProps(page, over);
}

const listed = () =>
  screen
    .getAllByRole('listitem')
    .filter((li) => !li.closest('.anc-legend'))
    .map((li) => li.getAttribute('data-entity'));

describe('keyboard focus in the panel', () => {
  it("goes to the card's heading when a card opens, and back to the entity's row when the reader returns to the list", () => {
    const { rerender } = render(<SidePanel {...props()} />);
    const row = () =>
      screen
        .getAllByRole('listitem')
        .find((li) => li.getAttribute('data-entity') === 'csto')!
        .querySelector('button')!;
    row().focus();
    rerender(<SidePanel {...props({ selected: 'csto', card: cardView('csto', bundledLexicon.entries) })} />);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: byId.get('csto')!.name.en }));
    rerender(<SidePanel {...props()} />);
    expect(document.activeElement).toBe(row());
  });
});

describe('the entity list', () => {
  it("keeps the colour legend in reach, in the reader's colours, folded under the list", () => {
    render(<SidePanel {...props({ colours: { organization: '#203040' } })} />);
    const legend = screen.getByText('What the colours mean').closest('details')!;
    expect(legend.open).toBe(false);
    expect(legend.closest('footer')).toBeTruthy();
    expect((legend.querySelector('.anc-dot[data-type="organization"]') as HTMLElement).style.backgroundColor).toBe('rgb(32, 48, 64)');
  });
  it('groups by type in a fixed order and orders each group by prominence', () => {
    render(<SidePanel {...props()} />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Countries 4', 'People 1', 'Organisations 1']);
    // kazakhstan: 3 mentions and the headline; russia: 3; tajikistan: 1 and 4 adjectives; united-states: adjectives only
    expect(listed()).toEqual(['kazakhstan', 'russia', 'tajikistan', 'united-states', 'putin', 'csto']);
  });
  it('shows counts, related adjectives and the headline', () => {
    render(<SidePanel {...props()} />);
    const row = (id: string) => screen.getAllByRole('listitem').find((li) => li.getAttribute('data-entity') === id)!.textContent;
    expect(row('kazakhstan')).toBe('Kazakhstan3 mentions · in the headline');
    expect(row('tajikistan')).toBe('Tajikistan1 mention · +4 related adjectives');
  });
  it('filters by name in either language, folding Arabic spelling', () => {
    const { rerender } = render(<SidePanel {...props({ query: 'kaz' })} />);
    expect(listed()).toEqual(['kazakhstan']);
    rerender(<SidePanel {...props({ query: 'روسيا' })} />);
    expect(listed()).toEqual(['russia']);
    expect(matchesQuery(byId.get('csto')!.name, 'منظمه معاهده')).toBe(true); // ة typed as ه
    rerender(<SidePanel {...props({ query: 'zzz' })} />);
    expect(screen.getByRole('status').textContent).toBe('No entity matches “zzz”.');
  });
  it('reports typing in the search box and selection', () => {
    const p = props();
    render(<SidePanel {...p} />);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'pu' } });
    expect(p.actions.query).toHaveBeenCalledWith('pu');
    fireEvent.click(screen.getByRole('button', { name: /Vladimir Putin/ }));
    expect(p.actions.select).toHaveBeenCalledWith('putin');
  });
});

describe('the card pane', () => {
  const csto = (over: Partial<SidePanelProps> = {}) => props({ selected: 'csto', card: cardView('csto', bundledLexicon.entries), ...over });
  it('shows the card with its relations as links, and where the entity is mentioned', () => {
    const p = csto();
    render(<SidePanel {...p} />);
    expect(screen.getByRole('heading', { name: 'Collective Security Treaty Organization' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Armenia' }));
    expect(p.actions.select).toHaveBeenCalledWith('armenia');
    const mentions = within(screen.getByRole('region', { name: 'Where it is mentioned' }));
    expect(mentions.getAllByRole('listitem')).toHaveLength(5);
    fireEvent.click(mentions.getAllByRole('button')[4]!);
    expect(p.actions.showMention).toHaveBeenCalledWith(2);
  });
  it('steps to the next and previous mention, wrapping around', () => {
    const p = csto({ currentMention: 4 });
    render(<SidePanel {...p} />);
    expect(screen.getByText('Mention 5 of 5')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next mention' }));
    fireEvent.click(screen.getByRole('button', { name: 'Previous mention' }));
    expect(p.actions.showMention).toHaveBeenNthCalledWith(1, 0);
    expect(p.actions.showMention).toHaveBeenNthCalledWith(2, 3);
  });
  it('hides the entity on the page or turns it off in the lexicon', () => {
    const p = csto({ disabledIds: ['csto'] });
    render(<SidePanel {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Hide on this page' }));
    expect(p.actions.toggleHidden).toHaveBeenCalledWith('csto', true);
    fireEvent.click(screen.getByRole('button', { name: 'Turn on in the lexicon' }));
    expect(p.actions.toggleDisabled).toHaveBeenCalledWith('csto');
    expect(screen.getByRole('status').textContent).toMatch(/no longer looked for/);
  });
  it('says when a card opened from a relation is not on the page', () => {
    render(<SidePanel {...props({ selected: 'lavrov', card: cardView('lavrov', bundledLexicon.entries) })} />);
    expect(screen.getByText('Not mentioned on this page.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Hide on this page' })).toBeNull();
  });
});

describe('the states around the list', () => {
  it.each([
    [{ kind: 'loading' } as const, 'Reading the page…'],
    [{ kind: 'restricted' } as const, 'The browser does not let extensions read this page (browser pages, the web store).'],
    [{ kind: 'unreachable' } as const, 'This page is not being read. Reload it to start, or open an article.'],
    [{ kind: 'noArabic' } as const, 'This page has no Arabic text, so the companion stays asleep here. It wakes up if Arabic appears.'],
  ])('%o', (status, text) => {
    render(<SidePanel {...props({ status })} />);
    expect(screen.getByRole('status').textContent).toBe(text);
  });
  it('a page with no entities', () => {
    render(<SidePanel {...props({ status: { kind: 'ready', page: { ...page, entities: [] } } })} />);
    expect(screen.getByRole('status').textContent).toMatch(/^No entities from the lexicon on this page\./);
  });
  it('a paused site, with a way to resume', () => {
    const p = props({ status: { kind: 'paused', hostname: 'news.example', everywhere: false } });
    render(<SidePanel {...p} />);
    expect(screen.getByText('Paused on news.example.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    expect(p.actions.resume).toHaveBeenCalled();
  });
});

describe('languages', () => {
  it('speaks Arabic right to left, names included', () => {
    render(inArabic(<SidePanel {...props()} />));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('الكيانات في هذه الصفحة');
    expect(screen.getByRole('heading', { level: 1 }).closest('[dir]')!.getAttribute('dir')).toBe('rtl');
    expect(screen.getByRole('button', { name: /^كازاخستان/ })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 })[0]!.textContent).toBe('دول 4');
  });
  it('switches language from its selector', () => {
    const p = props();
    render(<SidePanel {...p} />);
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'ar' } });
    expect(p.actions.setLang).toHaveBeenCalledWith('ar');
  });
});

describe('names not in the lexicon yet', () => {
  const candidates = [
    { key: 'زاروغاند', text: 'زاروغاند', type: 'place' as const, evidence: 'head noun: مدينه', count: 2, before: 'إلى مدينة ', after: ' أمس' },
    { key: 'كاراموف', text: 'كاراموف', type: 'person' as const, evidence: 'shape: -وف', count: 1, before: 'وصل ', after: '' },
  ];
  const withCandidates = { kind: 'ready' as const, page: { ...page, candidates } };
  it('are listed below the entities, with type, count and context, but not those the reader dismissed', () => {
    render(<SidePanel {...props({ status: withCandidates, dismissed: ['كاراموف'] })} />);
    const section = screen.getByRole('region', { name: /Not in the lexicon yet/ });
    const rows = within(section).getAllByRole('listitem');
    expect(rows.map((r) => r.getAttribute('data-candidate'))).toEqual(['زاروغاند']);
    expect(rows[0]!.textContent).toContain('Place · 2 mentions');
    expect(rows[0]!.textContent).toContain('إلى مدينة زاروغاند أمس');
  });
  it('are shown on the page, added or dismissed from their row', () => {
    const p = props({ status: withCandidates });
    render(<SidePanel {...p} />);
    const row = screen.getAllByRole('listitem').find((r) => r.getAttribute('data-candidate') === 'كاراموف')!;
    fireEvent.click(within(row).getByRole('button', { name: 'كاراموف' }));
    expect(p.actions.showCandidate).toHaveBeenCalledWith('كاراموف');
    fireEvent.click(within(row).getByRole('button', { name: 'Add to lexicon' }));
    expect(p.actions.addCandidate).toHaveBeenCalledWith(candidates[1]);
    fireEvent.click(within(row).getByRole('button', { name: 'Not a name' }));
    expect(p.actions.dismissCandidate).toHaveBeenCalledWith('كاراموف');
  });
  it('are listed even on a page with no entity the lexicon knows', () => {
    render(<SidePanel {...props({ status: { kind: 'ready', page: { ...page, entities: [], candidates } } })} />);
    expect(screen.getByRole('region', { name: /Not in the lexicon yet/ })).toBeTruthy();
  });
});
