import { afterEach, describe, expect, it, vi } from 'vitest';
import { SLICE_BUDGET_MS, batched } from '../entrypoints/content/slicer';

/**
 * Runs `batched` over items of the given sizes, each taking 3 ms of a fake clock to collect; returns the batches
 * sent, as the items' indexes.
 */
async function batchesOf(sizes: number[], limits = { first: 100, later: 100 }, sliceStart?: number): Promise<number[][]> {
  let now = 100;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  const sent: number[][] = [];
  const items = function* () {
    for (let i = 0; i < sizes.length; i++) {
      now += 3;
      yield i;
    }
  };
  await batched(
    items(),
    (i) => sizes[i]!,
    async (batch) => void sent.push(batch),
    () => false,
    limits,
    sliceStart === undefined ? undefined : 100 - sliceStart,
  );
  return sent;
}

describe('batched work', () => {
  afterEach(() => vi.restoreAllMocks());

  it(`sends a batch whenever collecting it has used the slice's ${SLICE_BUDGET_MS} ms`, async () => {
    expect(await batchesOf([1, 1, 1, 1, 1, 1, 1])).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
  });
  it('sends a batch as soon as it holds its size: a small first one, larger ones after', async () => {
    expect(await batchesOf([30, 30, 30, 30, 30], { first: 30, later: 60 })).toEqual([[0], [1, 2], [3, 4]]);
  });
  it('counts what the task did before the first slice against that slice', async () => {
    // The task began 7 ms before the first item: the first batch goes after one item.
    expect(await batchesOf([1, 1, 1, 1], undefined, 7)).toEqual([[0], [1, 2, 3]]);
  });
  it('stops when cancelled, and says so', async () => {
    const sent: number[][] = [];
    const finished = await batched(
      [1, 2, 3, 4],
      () => 1,
      async (batch) => void sent.push(batch),
      () => sent.length === 1,
      { first: 2, later: 2 },
    );
    expect([finished, sent]).toEqual([false, [[1, 2]]]);
  });
});
