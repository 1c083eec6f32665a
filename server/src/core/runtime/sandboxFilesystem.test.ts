import fs from 'node:fs';
import { writeFileSync as importedWriteFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { blockedError, thrownBy, treeState, useSandbox, type SandboxTestbed } from '../../../../test/sandbox/sandboxTestbed';
import { getSandbox, SideEffectBlocked } from './sandbox';

const bed = useSandbox();

interface WriteCase {
  name: string;
  /** Arguments without the callback; they must write outside the writable folder if allowed. */
  args: (bed: SandboxTestbed) => unknown[];
  /** The path the error must name. */
  detail: (bed: SandboxTestbed) => string;
}

const out = (name: string) => (b: SandboxTestbed) => b.inOutside(name);

const WRITE_CASES: WriteCase[] = [
  { name: 'writeFile', args: (b) => [b.inOutside('new.txt'), 'x'], detail: out('new.txt') },
  { name: 'appendFile', args: (b) => [b.inOutside('existing.txt'), 'x'], detail: out('existing.txt') },
  { name: 'open', args: (b) => [b.inOutside('new.txt'), 'w'], detail: out('new.txt') },
  { name: 'readFile', args: (b) => [b.inOutside('existing.txt'), { flag: 'w+' }], detail: out('existing.txt') },
  { name: 'mkdir', args: (b) => [b.inOutside('made'), { recursive: true }], detail: out('made') },
  { name: 'mkdtemp', args: (b) => [b.inOutside('tmp-')], detail: out('tmp-XXXXXX') },
  { name: 'rm', args: (b) => [b.inOutside('existing.txt')], detail: out('existing.txt') },
  { name: 'rmdir', args: (b) => [b.inOutside('existing-dir')], detail: out('existing-dir') },
  { name: 'unlink', args: (b) => [b.inOutside('existing.txt')], detail: out('existing.txt') },
  { name: 'rename', args: (b) => [b.inOutside('existing.txt'), b.inWritable('moved.txt')], detail: out('existing.txt') },
  { name: 'copyFile', args: (b) => [b.inWritable('inside.txt'), b.inOutside('copy.txt')], detail: out('copy.txt') },
  { name: 'cp', args: (b) => [b.inWritable('inside.txt'), b.inOutside('copy.txt')], detail: out('copy.txt') },
  { name: 'symlink', args: (b) => [b.inWritable('inside.txt'), b.inOutside('link')], detail: out('link') },
  { name: 'link', args: (b) => [b.inOutside('existing.txt'), b.inWritable('hard-link')], detail: out('existing.txt') },
  { name: 'chmod', args: (b) => [b.inOutside('existing.txt'), 0o600], detail: out('existing.txt') },
  { name: 'chown', args: (b) => [b.inOutside('existing.txt'), process.getuid!(), process.getgid!()], detail: out('existing.txt') },
  { name: 'lchown', args: (b) => [b.inOutside('existing.txt'), process.getuid!(), process.getgid!()], detail: out('existing.txt') },
  { name: 'truncate', args: (b) => [b.inOutside('existing.txt'), 0], detail: out('existing.txt') },
  { name: 'utimes', args: (b) => [b.inOutside('existing.txt'), 0, 0], detail: out('existing.txt') },
  { name: 'lutimes', args: (b) => [b.inOutside('existing.txt'), 0, 0], detail: out('existing.txt') },
];

type Call = (...args: unknown[]) => unknown;
const fsFunctions = fs as unknown as Record<string, Call>;
const promiseFunctions = fs.promises as unknown as Record<string, Call>;

describe.each(WRITE_CASES)('fs $name outside the writable folder', (writeCase) => {
  function expectNothingChanged(act: () => Promise<unknown> | unknown) {
    return async () => {
      const before = [treeState(bed.outside), treeState(bed.writable)];
      const error = await act();
      expect(error).toBeInstanceOf(SideEffectBlocked);
      expect(error).toEqual(blockedError('filesystem', writeCase.detail(bed)));
      expect([treeState(bed.outside), treeState(bed.writable)]).toEqual(before);
    };
  }

  it('throws from the sync form and writes nothing', expectNothingChanged(() => thrownBy(() => fsFunctions[`${writeCase.name}Sync`]!(...writeCase.args(bed)))));

  it('calls back with the error and writes nothing', expectNothingChanged(() =>
    new Promise((resolve) => fsFunctions[writeCase.name]!(...writeCase.args(bed), resolve)),
  ));

  it('rejects from fs.promises and writes nothing', expectNothingChanged(() =>
    (promiseFunctions[writeCase.name]!(...writeCase.args(bed)) as Promise<unknown>).then(
      () => new Error('expected a rejection'),
      (error: unknown) => error,
    ),
  ));
});

describe('fs writes the sandbox allows', () => {
  it('writes, appends, renames and removes inside the writable folder in every form', async () => {
    fs.writeFileSync(bed.inWritable('a.txt'), 'a');
    await new Promise<void>((resolve, reject) => fs.appendFile(bed.inWritable('a.txt'), 'b', (error) => (error ? reject(error) : resolve())));
    await fs.promises.mkdir(bed.inWritable('nested/deeper'), { recursive: true });
    await fs.promises.rename(bed.inWritable('a.txt'), bed.inWritable('nested/deeper/b.txt'));
    expect(fs.readFileSync(bed.inWritable('nested/deeper/b.txt'), 'utf8')).toBe('ab');
    fs.rmSync(bed.inWritable('nested'), { recursive: true });
    expect(fs.existsSync(bed.inWritable('nested'))).toBe(false);
  });

  it('writes a stream inside the writable folder', async () => {
    const stream = fs.createWriteStream(bed.inWritable('stream.txt'));
    await new Promise<void>((resolve, reject) => stream.on('error', reject).end('streamed', resolve));
    expect(fs.readFileSync(bed.inWritable('stream.txt'), 'utf8')).toBe('streamed');
  });

  it('writes through a file descriptor, wherever it came from', () => {
    const fd = fs.openSync(bed.inWritable('by-fd.txt'), 'w');
    fs.writeSync(fd, 'by fd');
    fs.closeSync(fd);
    expect(fs.readFileSync(bed.inWritable('by-fd.txt'), 'utf8')).toBe('by fd');
    expect(fs.writeSync(process.stdout.fd, '')).toBe(0);
  });

  it('reads anywhere, including opening outside files read-only', async () => {
    expect(fs.readFileSync(bed.inOutside('existing.txt'), 'utf8')).toBe('original');
    expect(await fs.promises.readFile(bed.inOutside('existing.txt'), 'utf8')).toBe('original');
    const fd = fs.openSync(bed.inOutside('existing.txt'), 'r');
    fs.closeSync(fd);
    const handle = await fs.promises.open(bed.inOutside('existing.txt'), fs.constants.O_RDONLY);
    await handle.close();
    const chunks: string[] = [];
    for await (const chunk of fs.createReadStream(bed.inOutside('existing.txt'), 'utf8')) chunks.push(chunk as string);
    expect(chunks.join('')).toBe('original');
  });
});

describe('fs paths the sandbox resolves', () => {
  it('resolves relative paths against the working directory', () => {
    const relativeOutside = path.relative(process.cwd(), bed.inOutside('relative.txt'));
    expect(thrownBy(() => fs.writeFileSync(relativeOutside, 'x'))).toEqual(blockedError('filesystem', bed.inOutside('relative.txt')));
    fs.writeFileSync(path.relative(process.cwd(), bed.inWritable('relative.txt')), 'x');
    expect(fs.existsSync(bed.inWritable('relative.txt'))).toBe(true);
    expect(fs.existsSync(bed.inOutside('relative.txt'))).toBe(false);
  });

  it('resolves file: URLs and Buffers', () => {
    const url = pathToFileURL(bed.inOutside('url.txt'));
    expect(thrownBy(() => fs.writeFileSync(url, 'x'))).toEqual(blockedError('filesystem', bed.inOutside('url.txt')));
    expect(thrownBy(() => fs.writeFileSync(Buffer.from(bed.inOutside('buffer.txt')), 'x'))).toEqual(blockedError('filesystem', bed.inOutside('buffer.txt')));
    fs.writeFileSync(pathToFileURL(bed.inWritable('url.txt')), 'x');
    expect(fs.readdirSync(bed.outside).sort()).toEqual(['existing-dir', 'existing.txt']);
    expect(fs.existsSync(bed.inWritable('url.txt'))).toBe(true);
  });

  it('follows a symlink out of the writable folder, and `..` after it, the way the kernel does', () => {
    fs.symlinkSync(bed.outside, bed.inWritable('escape'));
    expect(thrownBy(() => fs.writeFileSync(bed.inWritable('escape/through-link.txt'), 'x'))).toEqual(
      blockedError('filesystem', bed.inOutside('through-link.txt')),
    );
    const aboveOutside = path.join(path.dirname(bed.outside), `${path.basename(bed.outside)}-sibling.txt`);
    const sneaky = `${bed.inWritable('escape')}/../${path.basename(aboveOutside)}`;
    expect(thrownBy(() => fs.writeFileSync(sneaky, 'x'))).toEqual(blockedError('filesystem', aboveOutside));
    expect(fs.existsSync(bed.inOutside('through-link.txt'))).toBe(false);
    expect(fs.existsSync(aboveOutside)).toBe(false);
    fs.unlinkSync(bed.inWritable('escape'));
    expect(fs.existsSync(bed.outside)).toBe(true);
  });

  it('gates the open flags: numeric write bits are writes, read-only flags are not', () => {
    const flags = fs.constants.O_WRONLY | fs.constants.O_CREAT;
    expect(thrownBy(() => fs.openSync(bed.inOutside('numeric.txt'), flags))).toEqual(blockedError('filesystem', bed.inOutside('numeric.txt')));
    expect(thrownBy(() => fs.openSync(bed.inOutside('existing.txt'), 'r+'))).toEqual(blockedError('filesystem', bed.inOutside('existing.txt')));
    fs.closeSync(fs.openSync(bed.inOutside('existing.txt'), 'rs'));
    expect(fs.existsSync(bed.inOutside('numeric.txt'))).toBe(false);
  });
});

describe('fs streams and ESM bindings', () => {
  it('throws from createWriteStream outside the writable folder', () => {
    expect(thrownBy(() => fs.createWriteStream(bed.inOutside('stream.txt')))).toEqual(blockedError('filesystem', bed.inOutside('stream.txt')));
    expect(thrownBy(() => fs.createReadStream(bed.inOutside('existing.txt'), { flags: 'w' }))).toEqual(
      blockedError('filesystem', bed.inOutside('existing.txt')),
    );
    expect(fs.existsSync(bed.inOutside('stream.txt'))).toBe(false);
    expect(fs.readFileSync(bed.inOutside('existing.txt'), 'utf8')).toBe('original');
  });

  it('emits the error from a WriteStream constructed directly, through the gated fs.open', async () => {
    // Node's own constructor takes a path; @types/node only declares the stream options.
    const WriteStream = fs.WriteStream as unknown as new (path: string) => fs.WriteStream;
    const stream = new WriteStream(bed.inOutside('constructed.txt'));
    const error = await new Promise((resolve) => stream.on('error', resolve).on('open', () => resolve(new Error('the stream opened'))));
    expect(error).toEqual(blockedError('filesystem', bed.inOutside('constructed.txt')));
    expect(fs.existsSync(bed.inOutside('constructed.txt'))).toBe(false);
  });

  it('reaches ESM named imports of node:fs and node:fs/promises', async () => {
    const promises = await import('node:fs/promises');
    expect(thrownBy(() => importedWriteFileSync(bed.inOutside('esm.txt'), 'x'))).toEqual(blockedError('filesystem', bed.inOutside('esm.txt')));
    await expect(promises.writeFile(bed.inOutside('esm.txt'), 'x')).rejects.toEqual(blockedError('filesystem', bed.inOutside('esm.txt')));
    expect(fs.existsSync(bed.inOutside('esm.txt'))).toBe(false);
  });

  it('records the attempt even when the caller swallows the error', () => {
    try {
      fs.writeFileSync(bed.inOutside('swallowed.txt'), 'x');
    } catch {
      // user code that ignores failures
    }
    expect(getSandbox()!.takeBlocked()).toEqual([
      {
        effect: 'filesystem',
        detail: bed.inOutside('swallowed.txt'),
        message: `Vouch blocked writing to ${bed.inOutside('swallowed.txt')} (fs.writeFileSync): generated tests write only inside Vouch's temporary folders.`,
      },
    ]);
  });
});
