/**
 * Runs work in slices so that no task holds the main thread long: a page of 1 MB is read in batches of blocks,
 * the browser getting its turn whenever a slice has used its budget.
 */
export const SLICE_BUDGET_MS = 8;

type SchedulerLike = { yield?: () => Promise<void> };

/** Gives the browser a turn: scheduler.yield() where it exists (it keeps our place in the queue), else a task. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/** How many characters a batch holds at most: few in the first (it is painted first), more in the later ones. */
export interface BatchSizes {
  first: number;
  later: number;
}

/**
 * Feeds `items` to `send` in batches, in order. A batch goes when it holds `sizes` (by `sizeOf`) or when the slice
 * collecting it has used its budget; `send` gives the browser its turn (a message's round trip does), and a new
 * slice starts after it. Stops early, returning false, when `cancelled()` turns true (the reader paused the site,
 * the page went away). `sliceStart` is when the task running the first slice began, if it did other work first.
 */
export async function batched<T>(
  items: Iterable<T>,
  sizeOf: (item: T) => number,
  send: (batch: T[]) => Promise<void>,
  cancelled: () => boolean,
  sizes: BatchSizes,
  sliceStart = performance.now(),
): Promise<boolean> {
  let batch: T[] = [];
  let size = 0;
  let limit = sizes.first;
  const flush = async () => {
    const full = batch;
    batch = [];
    size = 0;
    limit = sizes.later;
    await send(full);
    sliceStart = performance.now();
  };
  for (const item of items) {
    if (cancelled()) return false;
    batch.push(item);
    size += sizeOf(item);
    if (size >= limit || performance.now() - sliceStart > SLICE_BUDGET_MS) await flush();
  }
  if (batch.length > 0 && !cancelled()) await flush();
  return !cancelled();
}
