// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { LOOK_EVERY_MS, MAX_LOOK_EVERY_MS, MutedBlocks } from '../entrypoints/content/muted-blocks';

/** Muted blocks on a clock that moves past every wait between two looks, unless a test moves it itself. */
function clocked(): { muted: MutedBlocks; advance: (ms: number) => void; look: () => Node[] } {
  let now = 0;
  const muted = new MutedBlocks(() => now);
  return {
    muted,
    advance: (ms) => (now += ms),
    look: () => ((now += MAX_LOOK_EVERY_MS), muted.look()),
  };
}

function ticker(text: string): HTMLElement {
  const el = document.createElement('div');
  el.textContent = text;
  document.body.append(el);
  return el;
}

describe('blocks a page keeps rewriting without names', () => {
  it('reads a muted block once at first, then only when its text is new', () => {
    const { muted, look } = clocked();
    const block = ticker('خبر أول');
    muted.mute(block);
    expect(look()).toEqual([block]);
    muted.readPlain(block, 'خبر أول');
    expect(look()).toEqual([]);
    block.textContent = 'خبر ثان';
    expect(look()).toEqual([block]);
    muted.readPlain(block, 'خبر ثان');
    // The ticker comes round to a headline it showed before: known to name nothing, not read again.
    block.textContent = 'خبر أول';
    expect(look()).toEqual([]);
  });

  it('reads a text again that was read with names, and forgets a block taken out of the page', () => {
    const { muted, look } = clocked();
    const block = ticker('خبر أول');
    muted.mute(block);
    look();
    block.textContent = 'زيارة إلى دوشنبه';
    expect(look()).toEqual([block]);
    block.textContent = 'خبر أول';
    expect(look()).toEqual([block]);
    block.remove();
    expect(look()).toEqual([]);
    expect(muted.has(block)).toBe(false);
    expect(muted.size).toBe(0);
  });

  it('remembers a bounded number of plain texts per block', () => {
    const { muted, look } = clocked();
    const block = ticker('0');
    muted.mute(block);
    for (let i = 0; i < 100; i++) muted.readPlain(block, String(i));
    block.textContent = '99';
    expect(look()).toEqual([]);
    block.textContent = '0';
    expect(look()).toEqual([block]);
  });

  it('looks at a block less and less often while its reads find no names, up to MAX_LOOK_EVERY_MS', () => {
    const { muted, advance } = clocked();
    const block = ticker('خبر 0');
    muted.mute(block);
    const looks: number[] = [];
    for (let t = 0, n = 0; t <= 60_000; t += LOOK_EVERY_MS, advance(LOOK_EVERY_MS)) {
      block.textContent = `خبر ${++n}`;
      for (const b of muted.look()) {
        looks.push(t);
        muted.readPlain(b, b.textContent!);
      }
    }
    expect(looks).toEqual([0, 2_000, 6_000, 14_000, 30_000, 46_000]);
  });

  it('knows nothing of a block once unmuted', () => {
    const { muted, look } = clocked();
    const block = ticker('خبر');
    muted.mute(block);
    muted.unmute(block);
    muted.readPlain(block, 'خبر');
    expect(muted.has(block)).toBe(false);
    expect(look()).toEqual([]);
  });
});
