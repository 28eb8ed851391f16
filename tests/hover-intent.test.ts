import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HIDE_GRACE_MS, HoverIntent } from '../entrypoints/content/hover-intent';

/** A card that shows one mention at a time, and the intent that drives it. */
function setUp(delayMs = 500) {
  let open: string | null = null;
  const show = vi.fn((m: string) => {
    open = m;
  });
  const hide = vi.fn(() => {
    open = null;
  });
  const intent = new HoverIntent<string>({ open: () => open, show, hide, delayMs });
  return { intent, show, hide, isOpen: () => open };
}

describe('hover intent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens a card once the pointer has rested on a mention for the delay, not before', () => {
    const { intent, show } = setUp(500);
    intent.over('putin');
    vi.advanceTimersByTime(499);
    expect(show).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(show).toHaveBeenCalledWith('putin');
  });

  it('does not open a card for a mention the pointer only crossed', () => {
    const { intent, show } = setUp(500);
    intent.over('putin');
    vi.advanceTimersByTime(200);
    intent.over(null);
    vi.advanceTimersByTime(1000);
    expect(show).not.toHaveBeenCalled();
  });

  it('waits the whole delay again when the pointer moves on to another mention, and keeps waiting on the same one', () => {
    const { intent, show } = setUp(500);
    intent.over('putin');
    vi.advanceTimersByTime(400);
    intent.over('tokayev');
    vi.advanceTimersByTime(400);
    intent.over('tokayev'); // the pointer still moving inside the same mention restarts nothing
    vi.advanceTimersByTime(100);
    expect(show.mock.calls).toEqual([['tokayev']]);
  });

  it('forgives a brief slip off the mention, and closes after the grace period', () => {
    const { intent, hide, isOpen } = setUp(0);
    intent.over('putin');
    vi.advanceTimersByTime(0);
    intent.over(null);
    vi.advanceTimersByTime(HIDE_GRACE_MS - 1);
    intent.over('putin');
    vi.advanceTimersByTime(HIDE_GRACE_MS);
    expect(hide).not.toHaveBeenCalled();
    intent.over(null);
    vi.advanceTimersByTime(HIDE_GRACE_MS);
    expect(hide).toHaveBeenCalledTimes(1);
    expect(isOpen()).toBeNull();
  });

  it('keeps the card open while the pointer is on it, and closes it after the grace once it leaves', () => {
    const { intent, hide } = setUp(0);
    intent.over('putin');
    vi.advanceTimersByTime(0);
    intent.over(null);
    intent.card(true);
    vi.advanceTimersByTime(5000);
    expect(hide).not.toHaveBeenCalled();
    expect(intent.pointerInCard).toBe(true);
    intent.card(false);
    vi.advanceTimersByTime(HIDE_GRACE_MS);
    expect(hide).toHaveBeenCalledTimes(1);
  });

  it('drops a pending hover when a card is opened at once by a click or the keyboard', () => {
    const { intent, show } = setUp(500);
    intent.over('putin');
    intent.settled();
    vi.advanceTimersByTime(1000);
    expect(show).not.toHaveBeenCalled();
  });

  it('uses a new delay from the next hover on', () => {
    const { intent, show } = setUp(500);
    intent.delayMs = 100;
    intent.over('putin');
    vi.advanceTimersByTime(100);
    expect(show).toHaveBeenCalledWith('putin');
  });
});
