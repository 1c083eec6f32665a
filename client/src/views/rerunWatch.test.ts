import { describe, expect, it } from 'vitest';
import type { DeclarationStatus } from '../../../shared/src/protocol';
import { RerunWatch } from './rerunWatch';
import type { Lookup } from './rerunWatch';
import { FILE, declaration, status } from './verdictFixtures';

const targets = [
  { id: 'decl:total', uri: FILE, qualifiedName: 'total' },
  { id: 'decl:format', uri: FILE, qualifiedName: 'format' },
];

function store(...declarations: DeclarationStatus[]): Lookup {
  return (_uri, name) => declarations.find((d) => d.qualifiedName === name);
}

describe('waiting for the verdicts of a rerun', () => {
  it('finishes a declaration once it went pending and left it', () => {
    const watch = new RerunWatch(targets);
    expect(watch.observe(store(declaration('total', 0, 1), declaration('format', 2, 3)), status())).toEqual([]);
    expect(watch.observe(store(declaration('total', 0, 1, { state: 'pending' }), declaration('format', 2, 3)), status({ running: 1 }))).toEqual([]);
    const done = watch.observe(store(declaration('total', 0, 1, { state: 'failed' }), declaration('format', 2, 3)), status({ running: 1 }));
    expect(done.map((f) => [f.target.qualifiedName, f.status?.state])).toEqual([['total', 'failed']]);
    expect(watch.done).toBe(false);
    expect(watch.remaining().map((t) => t.qualifiedName)).toEqual(['format']);
  });

  it('finishes the others when the server went busy and idle after the rerun was answered', () => {
    const watch = new RerunWatch(targets);
    const unchanged = store(declaration('total', 0, 1), declaration('format', 2, 3));
    // An idle status before the rerun was answered ends an earlier run, not this one.
    watch.observe(unchanged, status({ running: 1 }));
    expect(watch.observe(unchanged, status())).toEqual([]);
    watch.arm();
    watch.observe(unchanged, status({ queued: 1 }));
    expect(watch.observe(unchanged, status()).map((f) => f.target.qualifiedName)).toEqual(['total', 'format']);
    expect(watch.done).toBe(true);
  });

  it('finishes a declaration that disappears, without a state', () => {
    const watch = new RerunWatch(targets);
    const done = watch.observe(store(declaration('format', 2, 3, { state: 'pending' })), status());
    expect(done).toEqual([{ target: targets[0], status: undefined }]);
  });

  it('takes the states as they are when nothing stirred after the rerun, and not otherwise', () => {
    const quiet = new RerunWatch(targets);
    quiet.arm();
    quiet.observe(store(declaration('total', 0, 1), declaration('format', 2, 3)), status());
    expect(quiet.settle(store(declaration('total', 0, 1), declaration('format', 2, 3))).length).toBe(2);
    expect(quiet.done).toBe(true);

    const busy = new RerunWatch(targets);
    busy.observe(store(declaration('total', 0, 1, { state: 'pending' }), declaration('format', 2, 3)), status());
    expect(busy.settle(store(declaration('total', 0, 1), declaration('format', 2, 3)))).toEqual([]);
    expect(busy.remaining().length).toBe(2);
  });
});
