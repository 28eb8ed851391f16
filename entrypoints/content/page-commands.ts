import { onPageMessage } from '@/utils/channels/to-page';
import { focusedElement, type PageFrame } from './frames';
import { nextStop } from './navigation';
import type { Tracked } from './page-model';
import type { PageSession } from './page-session';
import { nthMention } from './summary';

/**
 * Answers the side panel and the keyboard shortcut for the whole page, same-origin frames included: the top
 * frame's job. Returns a function that stops answering.
 */
export function answerPageCommands(session: PageSession, page: PageFrame): () => void {
  // After Escape the shortcut goes on from the last mention it showed.
  let lastStop: Tracked | null = null;
  const stops = [
    onPageMessage('navigate', ({ data }) => {
      const open = page.openCard();
      const next = nextStop(page.mentions(), session.hidden, open?.mention ?? lastStop, data);
      if (!next) return;
      lastStop = next;
      page.focus(next, open ? open.returnTo : focusedElement());
    }),
    onPageMessage('getPageState', () => session.state(page.mentions())),
    onPageMessage('showMention', ({ data }) => {
      const m = nthMention(page.mentions(), data.id, data.index);
      if (m) page.reveal(m);
      return m !== null;
    }),
    onPageMessage('setHidden', ({ data }) => page.setHidden(data.id, data.hidden)),
    onPageMessage('showCandidate', ({ data }) => session.current?.revealCandidate(data) ?? false),
  ];
  return () => stops.forEach((stop) => stop());
}
