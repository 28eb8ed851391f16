import { describe, expect, it, vi } from 'vitest';
import { PopoverUi } from '@/entrypoints/content/popover-ui';
import { popoverView } from '@/entrypoints/content/popover-view';
import type { CardView } from '@/lexicon/card-view';
import type { Tracked } from '@/entrypoints/content/page-model';
import { pageOf } from './page';

const card: CardView = {
  entry: {
    id: 'dushanbe',
    type: 'place',
    name: { en: 'Dushanbe', ar: 'دوشنبه' },
    aliases: ['دوشنبه'],
    card: { summary: { en: 'The capital of Tajikistan.', ar: 'عاصمة طاجيكستان.' }, facts: [], relations: [] },
  },
  relations: [],
  names: {},
};

function setUp() {
  const root = pageOf('<p>وصل الوفد إلى دوشنبه</p>');
  const text = root.querySelector('p')!.firstChild!;
  const range = new StaticRange({ startContainer: text, startOffset: 'وصل الوفد إلى '.length, endContainer: text, endOffset: text.textContent!.length });
  const mention: Tracked = { id: 'dushanbe', kind: 'name', range, text: 'دوشنبه', type: 'place' };
  const container = document.createElement('div');
  document.body.append(container);
  const loadView = vi.fn(async () => popoverView);
  const ui = new PopoverUi(async () => container, {
    loadCard: async () => card,
    loadMap: async () => null,
    lang: () => 'en',
    onOpenPanel: () => undefined,
    onChoose: () => undefined,
    onHoverChange: () => undefined,
    onClosed: () => undefined,
    loadView,
  });
  return { ui, mention, container, loadView };
}

describe('the popover', () => {
  it('loads the code that draws cards only when a card opens, then draws the card next to its mention', async () => {
    const { ui, mention, container, loadView } = setUp();
    expect(loadView).not.toHaveBeenCalled();
    await ui.show(mention);
    expect(loadView).toHaveBeenCalledTimes(1);
    const popover = container.querySelector<HTMLElement>('.anc-popover');
    expect(popover?.textContent).toContain('Dushanbe');
    await vi.waitFor(() => expect(popover?.dataset.placement).toMatch(/^bottom/));
  });

  it('takes the card away when it closes', async () => {
    const { ui, mention, container } = setUp();
    await ui.show(mention);
    ui.hide(false);
    expect(container.querySelector('.anc-popover')).toBeNull();
    expect(ui.open).toBeNull();
  });
});
