import { vi } from 'vitest';
import { bundledLexicon } from '../../build/lexicon-data';
import type { PanelActions, SidePanelProps } from '../../components/SidePanel';
import type { EntitySummary, PageSummary } from '../../lexicon/page-summary';

const byId = new Map(bundledLexicon.entries.map((e) => [e.id, e]));

/** Every action of the panel as a spy. */
const spyActions = (): PanelActions => ({
  query: vi.fn(),
  select: vi.fn(),
  showMention: vi.fn(),
  toggleHidden: vi.fn(),
  toggleDisabled: vi.fn(),
  resume: vi.fn(),
  setLang: vi.fn(),
  showCandidate: vi.fn(),
  addCandidate: vi.fn(),
  dismissCandidate: vi.fn(),
});

/** The side panel's props on a ready page of the bundled lexicon, nothing selected, with `over` laid on them. */
export function panelProps(page: PageSummary, over: Partial<SidePanelProps> = {}): SidePanelProps {
  return {
    status: { kind: 'ready', page },
    names: (id) => byId.get(id)?.name,
    query: '',
    selected: null,
    card: null,
    pageMap: null,
    cardMap: null,
    currentMention: null,
    disabledIds: [],
    colours: {},
    actions: spyActions(),
    dismissed: [],
    ...over,
  };
}

/** A bundled entity as a page summary lists it: `count` mentions, no adjectives, not in the headline, with `extra` laid on. */
export function entitySummary(id: string, count: number, extra: Partial<EntitySummary> = {}): EntitySummary {
  return { id, type: byId.get(id)!.type, count, nisbaCount: 0, inHeadline: false, firstPosition: 0, hidden: false, mentions: [], ...extra };
}
