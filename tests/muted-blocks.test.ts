// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { MutedBlocks } from '../entrypoints/content/muted-blocks';

function ticker(text: string): HTMLElement {
  const el = document.createElement('div');
  el.textContent = text;
  document.body.append(el);
  return el;
}

describe('blocks a page keeps rewriting without names', () => {
  it('reads a muted block once at first, then only when its text is new', () => {
    const muted = new MutedBlocks();
    const block = ticker('خبر أول');
    muted.mute(block);
    expect(muted.look()).toEqual([block]);
    muted.readPlain(block, 'خبر أول');
    expect(muted.look()).toEqual([]);
    block.textContent = 'خبر ثان';
    expect(muted.look()).toEqual([block]);
    muted.readPlain(block, 'خبر ثان');
    // The ticker comes round to a headline it showed before: known to name nothing, not read again.
    block.textContent = 'خبر أول';
    expect(muted.look()).toEqual([]);
  });

  it('reads a text again that was read with names, and forgets a block taken out of the page', () => {
    const muted = new MutedBlocks();
    const block = ticker('خبر أول');
    muted.mute(block);
    muted.look();
    block.textContent = 'زيارة إلى دوشنبه';
    expect(muted.look()).toEqual([block]);
    block.textContent = 'خبر أول';
    expect(muted.look()).toEqual([block]);
    block.remove();
    expect(muted.look()).toEqual([]);
    expect(muted.has(block)).toBe(false);
    expect(muted.size).toBe(0);
  });

  it('remembers a bounded number of plain texts per block', () => {
    const muted = new MutedBlocks();
    const block = ticker('0');
    muted.mute(block);
    for (let i = 0; i < 100; i++) muted.readPlain(block, String(i));
    block.textContent = '99';
    expect(muted.look()).toEqual([]);
    block.textContent = '0';
    expect(muted.look()).toEqual([block]);
  });

  it('knows nothing of a block once unmuted', () => {
    const muted = new MutedBlocks();
    const block = ticker('خبر');
    muted.mute(block);
    muted.unmute(block);
    muted.readPlain(block, 'خبر');
    expect(muted.has(block)).toBe(false);
    expect(muted.look()).toEqual([]);
  });
});
