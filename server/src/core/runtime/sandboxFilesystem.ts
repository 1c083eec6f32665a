// File writes outside the writable folders, in every form `fs` offers them: `writeFileSync`,
// `writeFile(…, callback)` and `fs.promises.writeFile` (which is also `node:fs/promises`). Reads
// stay allowed (vitest loads modules through them) and so do writes through a file descriptor:
// the descriptor came from a gated `open`, and stdout/stderr must keep working.
import fs from 'node:fs';
import { blocked, currentSandbox } from './sandboxGlobal';
import { failCallback, lookLike, type PatchSet } from './sandboxPatchSet';
import { isInsideAny, isWriteFlag, pathArgument, resolveWriteTarget } from './sandboxWritableArea';

interface PathArgument {
  index: number;
  /** false when the call acts on a symlink itself rather than on what it points to. */
  follow: boolean;
}

interface WriteApi {
  /** The callback form's name; `${name}Sync` and `fs.promises[name]` are gated alike. */
  name: string;
  paths: PathArgument[];
  /** Only some calls write: `open` with a write flag, `readFile` with `{ flag: 'w+' }`. */
  writes?: (args: unknown[]) => boolean;
  /** `mkdtemp` creates `${prefix}XXXXXX`, not the prefix itself. */
  suffix?: string;
}

const FOLLOW = (index: number): PathArgument => ({ index, follow: true });
const NOFOLLOW = (index: number): PathArgument => ({ index, follow: false });

/** The flags argument, unless that position holds the callback. */
function flagsAt(args: unknown[], index: number): unknown {
  return typeof args[index] === 'function' ? undefined : args[index];
}

/** `{ flag }` (readFile) or `{ flags }` (streams) from an options argument that may be a string. */
function optionFlag(options: unknown, key: 'flag' | 'flags'): unknown {
  return typeof options === 'object' && options !== null ? (options as Record<string, unknown>)[key] : undefined;
}

export const WRITE_APIS: readonly WriteApi[] = [
  { name: 'writeFile', paths: [FOLLOW(0)] },
  { name: 'appendFile', paths: [FOLLOW(0)] },
  { name: 'open', paths: [FOLLOW(0)], writes: (args) => isWriteFlag(flagsAt(args, 1)) },
  { name: 'readFile', paths: [FOLLOW(0)], writes: (args) => isWriteFlag(optionFlag(args[1], 'flag')) },
  { name: 'mkdir', paths: [FOLLOW(0)] },
  { name: 'mkdtemp', paths: [NOFOLLOW(0)], suffix: 'XXXXXX' },
  { name: 'rm', paths: [NOFOLLOW(0)] },
  { name: 'rmdir', paths: [NOFOLLOW(0)] },
  { name: 'unlink', paths: [NOFOLLOW(0)] },
  { name: 'rename', paths: [NOFOLLOW(0), NOFOLLOW(1)] },
  { name: 'copyFile', paths: [FOLLOW(1)] },
  { name: 'cp', paths: [FOLLOW(1)] },
  { name: 'symlink', paths: [NOFOLLOW(1)] },
  // A hard link to an outside file would let later writes inside the folder change it.
  { name: 'link', paths: [NOFOLLOW(0), NOFOLLOW(1)] },
  { name: 'chmod', paths: [FOLLOW(0)] },
  { name: 'lchmod', paths: [NOFOLLOW(0)] },
  { name: 'chown', paths: [FOLLOW(0)] },
  { name: 'lchown', paths: [NOFOLLOW(0)] },
  { name: 'truncate', paths: [FOLLOW(0)] },
  { name: 'utimes', paths: [FOLLOW(0)] },
  { name: 'lutimes', paths: [NOFOLLOW(0)] },
];

/** Streams open their file later (through the gated `fs.open`, as `new fs.WriteStream` does);
 *  gating them when created surfaces the error at the call rather than as an 'error' event. A
 *  stream given an `fd` ignores its path. */
const STREAM_APIS: readonly WriteApi[] = [
  { name: 'createWriteStream', paths: [FOLLOW(0)], writes: (args) => !hasFd(args[1]) && isWriteFlag(optionFlag(args[1], 'flags') ?? 'w') },
  { name: 'createReadStream', paths: [FOLLOW(0)], writes: (args) => !hasFd(args[1]) && isWriteFlag(optionFlag(args[1], 'flags')) },
];

function hasFd(options: unknown): boolean {
  return typeof options === 'object' && options !== null && (options as { fd?: unknown }).fd != null;
}

/** The blocked error for a call outside the writable folders, or undefined when it may proceed. */
function refusal(api: WriteApi, callName: string, args: unknown[]) {
  const sandbox = currentSandbox();
  if (!sandbox || sandbox.bypassing > 0 || (api.writes && !api.writes(args))) return undefined;
  for (const { index, follow } of api.paths) {
    const given = pathArgument(args[index]);
    if (given === undefined) continue;
    const target = resolveWriteTarget(given + (api.suffix ?? ''), follow);
    if (!isInsideAny(target, sandbox.writableDirs)) return blocked('filesystem', target, `writing to ${target} (fs.${callName})`);
  }
  return undefined;
}

export function gateFileWrites(patches: PatchSet): void {
  const promises = fs.promises as unknown as Record<string, unknown>;
  for (const api of WRITE_APIS) {
    const syncName = `${api.name}Sync`;
    patches.wrap(fs as unknown as Record<string, unknown>, syncName, (original) =>
      lookLike(function (this: unknown, ...args: unknown[]) {
        const error = refusal(api, syncName, args);
        if (error) throw error;
        return original.apply(this, args);
      }, original),
    );
    patches.wrap(fs as unknown as Record<string, unknown>, api.name, (original) =>
      lookLike(function (this: unknown, ...args: unknown[]) {
        const error = refusal(api, api.name, args);
        if (error) return failCallback(args, error);
        return original.apply(this, args);
      }, original),
    );
    patches.wrap(promises, api.name, (original) =>
      lookLike(function (this: unknown, ...args: unknown[]) {
        const error = refusal(api, `promises.${api.name}`, args);
        if (error) return Promise.reject(error);
        return original.apply(this, args);
      }, original),
    );
  }
  for (const api of STREAM_APIS) {
    patches.wrap(fs as unknown as Record<string, unknown>, api.name, (original) =>
      lookLike(function (this: unknown, ...args: unknown[]) {
        const error = refusal(api, api.name, args);
        if (error) throw error;
        return original.apply(this, args);
      }, original),
    );
  }
}
