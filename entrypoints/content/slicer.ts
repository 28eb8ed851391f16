/**
 * Runs work in slices so that no task holds the main thread long: a page of 1 MB is read block by block,
 * yielding to the browser whenever a slice has used its budget.
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

/**
 * Feeds each item of `items` to `work`, calling `pause` (a turn for the browser by default) whenever a slice has
 * used its budget. Stops early, returning false, when `cancelled()` turns true (the reader paused the site, the
 * page went away). `sliceStart` is when the task running the first slice began, if it did other work first.
 */
export async function sliced<T>(
  items: Iterable<T>,
  work: (item: T) => void,
  cancelled: () => boolean,
  pause: () => Promise<void> = yieldToBrowser,
  sliceStart = performance.now(),
): Promise<boolean> {
  for (const item of items) {
    if (cancelled()) return false;
    work(item);
    if (performance.now() - sliceStart > SLICE_BUDGET_MS) {
      await pause();
      sliceStart = performance.now();
    }
  }
  return !cancelled();
}
