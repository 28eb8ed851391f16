import { childFrames, type PageFrame } from './frames';
import type { PageSession } from './page-session';

/**
 * This frame's side of the page's frame tree: its own mentions and commands from its session, then those of the
 * same-origin frames inside it. A mention belongs to the frame whose document holds it.
 */
export function frameOf(session: PageSession, changed: () => void): PageFrame {
  const ownsDocOf = (m: { range: AbstractRange }) => m.range.startContainer.ownerDocument === document;
  return {
    mentions: () => [...session.mentions(), ...childFrames().flatMap((f) => f.mentions())],
    reveal: (m) => {
      if (ownsDocOf(m)) session.current?.reveal(m);
      else for (const f of childFrames()) f.reveal(m);
    },
    focus: (m, returnTo) => {
      if (ownsDocOf(m)) session.current?.focusMention(m, returnTo);
      else session.current?.closeCard();
      for (const f of childFrames()) f.focus(m, returnTo);
    },
    openCard: () => session.current?.openCard() ?? childFrames().reduce<ReturnType<PageFrame['openCard']>>((open, f) => open ?? f.openCard(), null),
    setHidden: (id, isHidden) => {
      session.current?.setHidden(id, isHidden);
      for (const f of childFrames()) f.setHidden(id, isHidden);
    },
    changed,
  };
}
