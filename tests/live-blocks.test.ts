import { describe, expect, it } from 'vitest';
import { FIRST_WAIT_MS, LiveBlocks, MAX_WAIT_MS, QUIET_MS } from '../entrypoints/content/live-blocks';

/** A block changed at each of `times` (ms); returns, for each change, how long its re-read was held back. */
function holdBacks(times: number[]): number[] {
  let now = 0;
  const live = new LiveBlocks(() => now);
  const block = {} as Node;
  return times.map((t) => {
    now = t;
    return live.holdBack(block);
  });
}

describe('pacing the re-reads of blocks a page keeps rewriting', () => {
  it('reads a block changed once, or seldom, at once', () => {
    expect(holdBacks([0])).toEqual([0]);
    expect(holdBacks([0, 10_000, 20_000])).toEqual([0, 0, 0]);
  });

  it('holds back a block rewritten every second, twice as long each time, up to the longest wait', () => {
    // As the companion calls it: a change held back is asked again when it is due.
    let now = 0;
    const live = new LiveBlocks(() => now);
    const block = {} as Node;
    const reads: number[] = [];
    for (let second = 0; second < 40; second++) {
      now = second * 1000;
      let wait = live.holdBack(block);
      while (wait > 0 && now + wait < (second + 1) * 1000) {
        now += wait;
        wait = live.holdBack(block);
      }
      if (wait === 0) reads.push(now);
    }
    // Read at 0 and 1 s, then after waits of 1, 2, 4 and 8 s, then every 8 s.
    expect(reads.slice(0, 6)).toEqual([0, 1000, 2000, 4000, 8000, 16_000]);
    const gaps = reads.slice(1).map((t, i) => t - reads[i]!);
    expect(Math.max(...gaps)).toBe(MAX_WAIT_MS);
    expect(reads.length).toBeLessThan(10);
  });

  it('tells how long is left of the wait, and asking does not count as a read', () => {
    expect(holdBacks([0, 500, 700])).toEqual([0, 0, FIRST_WAIT_MS - 200]);
    let now = 0;
    const live = new LiveBlocks(() => now);
    const block = {} as Node;
    expect(live.heldFor(block)).toBe(0);
    live.holdBack(block);
    now = 500;
    live.holdBack(block);
    now = 700;
    expect(live.heldFor(block)).toBe(FIRST_WAIT_MS - 200);
    expect(live.heldFor(block)).toBe(FIRST_WAIT_MS - 200);
    now = 500 + FIRST_WAIT_MS;
    expect(live.heldFor(block)).toBe(0);
    expect(live.holdBack(block)).toBe(0);
  });

  it('reads a block at once again when it was left alone long enough past its wait', () => {
    expect(holdBacks([0, 500, 1500, 1500 + 2 * FIRST_WAIT_MS + QUIET_MS + 1])).toEqual([0, 0, 0, 0]);
    expect(holdBacks([0, 500, 1500, 1500 + 2 * FIRST_WAIT_MS + QUIET_MS - 1]).at(-1)).toBe(0);
    expect(holdBacks([0, 500, 1500, 1600]).at(-1)).toBe(2 * FIRST_WAIT_MS - 100);
  });

  it('paces each block on its own', () => {
    let now = 0;
    const live = new LiveBlocks(() => now);
    const ticker = {} as Node;
    const article = {} as Node;
    live.holdBack(ticker);
    now = 100;
    live.holdBack(ticker);
    now = 200;
    expect(live.holdBack(ticker)).toBeGreaterThan(0);
    expect(live.holdBack(article)).toBe(0);
  });
});
