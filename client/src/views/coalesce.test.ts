import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coalesce } from './coalesce';

describe('coalesce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once for a burst, at most the delay after its first call', () => {
    const action = vi.fn();
    const later = coalesce(action, 50);
    later.schedule();
    vi.advanceTimersByTime(30);
    later.schedule();
    expect(action).not.toHaveBeenCalled();
    vi.advanceTimersByTime(20);
    expect(action).toHaveBeenCalledTimes(1);
    later.schedule();
    vi.advanceTimersByTime(50);
    expect(action).toHaveBeenCalledTimes(2);
  });

  it('flushes now, and runs nothing after dispose', () => {
    const action = vi.fn();
    const later = coalesce(action, 50);
    later.flush();
    expect(action).not.toHaveBeenCalled();
    later.schedule();
    later.flush();
    expect(action).toHaveBeenCalledTimes(1);
    later.schedule();
    later.dispose();
    vi.advanceTimersByTime(100);
    expect(action).toHaveBeenCalledTimes(1);
  });
});
