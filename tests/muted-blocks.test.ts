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
  it('hands back a muted block at its first look, then only when its text changed', () => {
    const { muted, look } = clocked();
    const block = ticker('خبر أول');
    muted.mute(block);
    expect(look()).toEqual([block]);
    expect(look()).toEqual([]);
    block.textContent = 'خبر ثان';
    expect(look()).toEqual([block]);
    block.textContent = 'خبر أول';
    expect(look()).toEqual([block]);
  });

  it('is first looked at LOOK_EVERY_MS after it is muted, and says when the next look is due', () => {
    const { muted, advance } = clocked();
    expect(muted.nextLookIn()).toBeNull();
    const block = ticker('خبر');
    muted.mute(block);
    expect(muted.nextLookIn()).toBe(LOOK_EVERY_MS);
    advance(LOOK_EVERY_MS / 2);
    expect(muted.look()).toEqual([]);
    expect(muted.nextLookIn()).toBe(LOOK_EVERY_MS / 2);
    advance(LOOK_EVERY_MS / 2);
    expect(muted.look()).toEqual([block]);
    expect(muted.nextLookIn()).toBe(LOOK_EVERY_MS);
  });

  it('forgets a block taken out of the page', () => {
    const { muted, look } = clocked();
    const block = ticker('خبر أول');
    muted.mute(block);
    block.remove();
    expect(look()).toEqual([]);
    expect(muted.has(block)).toBe(false);
    expect(muted.size).toBe(0);
    expect(muted.nextLookIn()).toBeNull();
  });

  it('looks at a block less and less often while nothing new turns up, up to MAX_LOOK_EVERY_MS', () => {
    const { muted, advance } = clocked();
    const block = ticker('خبر 0');
    muted.mute(block);
    const looks: number[] = [];
    for (let t = LOOK_EVERY_MS, n = 0; t <= 60_000; t += 1_000) {
      advance(t === LOOK_EVERY_MS ? LOOK_EVERY_MS : 1_000);
      block.textContent = `خبر ${++n}`;
      for (const b of muted.look()) {
        looks.push(t);
        muted.foundNothing(b);
      }
    }
    expect(looks).toEqual([2_000, 6_000, 14_000, 30_000, 46_000]);
  });

  it('looks at a block whose text stays less often too', () => {
    const { muted, advance } = clocked();
    const block = ticker('خبر');
    muted.mute(block);
    advance(LOOK_EVERY_MS);
    expect(muted.look()).toEqual([block]);
    expect(muted.nextLookIn()).toBe(LOOK_EVERY_MS);
    advance(LOOK_EVERY_MS);
    expect(muted.look()).toEqual([]);
    expect(muted.nextLookIn()).toBe(2 * LOOK_EVERY_MS);
  });

  it('knows nothing of a block once unmuted', () => {
    const { muted, look } = clocked();
    const block = ticker('خبر');
    muted.mute(block);
    muted.unmute(block);
    muted.foundNothing(block);
    expect(muted.has(block)).toBe(false);
    expect(look()).toEqual([]);
    expect(muted.nextLookIn()).toBeNull();
  });
});
