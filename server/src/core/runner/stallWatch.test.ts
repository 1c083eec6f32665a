import { describe, expect, it } from 'vitest';
import { StallWatch } from './stallWatch';

describe('the stall watch for workspace tests', () => {
  it('names the file quiet the longest once it passes the limit, and forgets finished files', () => {
    const watch = new StallWatch();
    watch.heard('/w/a.test.ts', 0);
    watch.heard('/w/b.test.ts', 1_000);
    expect(watch.stalled(5_000, 4_000)).toBeUndefined();
    expect(watch.stalled(5_000, 5_500)).toEqual({ file: '/w/a.test.ts', idleMs: 5_500 });
    // A test result of a.test.ts arrives: it is no longer quiet, b.test.ts is.
    watch.heard('/w/a.test.ts', 5_600);
    expect(watch.stalled(5_000, 6_500)).toEqual({ file: '/w/b.test.ts', idleMs: 5_500 });
    watch.finished('/w/b.test.ts');
    expect(watch.stalled(5_000, 6_500)).toBeUndefined();
    expect(watch.stalled(5_000, 10_600)).toEqual({ file: '/w/a.test.ts', idleMs: 5_000 });
  });
});
