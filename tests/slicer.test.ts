import { afterEach, describe, expect, it, vi } from 'vitest';
import { SLICE_BUDGET_MS, sliced } from '../entrypoints/content/slicer';

/** Runs `sliced` over items that each take 3 ms of a fake clock; returns the items after which it paused. */
async function pausesAfter(items: number, sliceStart?: number): Promise<number[]> {
  let now = 100;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  const paused: number[] = [];
  let done = 0;
  const work = () => {
    now += 3;
    done++;
  };
  const pause = async () => {
    paused.push(done);
  };
  await sliced(
    Array.from({ length: items }, (_, i) => i),
    work,
    () => false,
    pause,
    sliceStart === undefined ? undefined : 100 - sliceStart,
  );
  return paused;
}

describe('sliced work', () => {
  afterEach(() => vi.restoreAllMocks());

  it(`gives the browser a turn whenever a slice has used its ${SLICE_BUDGET_MS} ms`, async () => {
    expect(await pausesAfter(9)).toEqual([3, 6, 9]);
  });
  it('counts what the task did before the first slice against that slice', async () => {
    // The task began 7 ms before the first item: the first slice ends after one item.
    expect(await pausesAfter(9, 7)).toEqual([1, 4, 7]);
  });
  it('stops when cancelled, and says so', async () => {
    let n = 0;
    const finished = await sliced(
      [1, 2, 3],
      () => n++,
      () => n === 2,
      async () => {},
    );
    expect([finished, n]).toEqual([false, 2]);
  });
});
