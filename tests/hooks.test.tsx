// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { renderHook, waitFor } from '@testing-library/preact';
import { useWatched } from '../components/hooks/use-watched';

/** A stored value with a change signal, as storage items give them. */
function store<T>(first: T) {
  let value = first;
  const listeners = new Set<() => void>();
  const unwatch = vi.fn();
  return {
    read: vi.fn(async () => value),
    watch: vi.fn((changed: () => void) => {
      listeners.add(changed);
      return () => {
        listeners.delete(changed);
        unwatch();
      };
    }),
    set(next: T) {
      value = next;
      for (const l of listeners) l();
    },
    unwatch,
  };
}

describe('useWatched', () => {
  it('is null until the first read, then the stored value, and follows its changes', async () => {
    const s = store({ paused: false });
    const { result } = renderHook(() => useWatched(s.read, s.watch));
    expect(result.current).toBeNull();
    await waitFor(() => expect(result.current).toEqual({ paused: false }));
    s.set({ paused: true });
    await waitFor(() => expect(result.current).toEqual({ paused: true }));
    expect(s.watch).toHaveBeenCalledTimes(1);
  });

  it('stops watching when the component goes', async () => {
    const s = store(1);
    const { unmount } = renderHook(() => useWatched(s.read, s.watch));
    unmount();
    expect(s.unwatch).toHaveBeenCalledTimes(1);
  });

  it('keeps the newest read when an older one answers last', async () => {
    let answer: (v: string) => void = () => {};
    const slow = new Promise<string>((r) => {
      answer = r;
    });
    const reads = [() => slow, async () => 'new'];
    let changed: () => void = () => {};
    const read = () => reads.shift()!();
    const watch = (c: () => void) => {
      changed = c;
      return () => {};
    };
    const { result } = renderHook(() => useWatched(read, watch));
    changed();
    await waitFor(() => expect(result.current).toBe('new'));
    answer('old');
    await slow;
    await new Promise((r) => setTimeout(r, 0));
    expect(result.current).toBe('new');
  });
});
