// Which changed files a run looks at: globs from the configuration's include/exclude and from the
// command line (`src/**/*.ts`, `!src/generated/**`), matched against workspace-relative paths
// with forward slashes. Plain files and folders on the command line stay paths (they also limit
// which files git is asked about); only arguments with glob characters or a leading `!` are globs.
import picomatch from 'picomatch';

export interface FileFilterSpec {
  include: string[];
  exclude: string[];
}

export type FileFilter = (relativePath: string) => boolean;

/** True when a command-line argument is a glob (or a `!`-negated exclusion), not a path. */
export function isGlobArgument(argument: string): boolean {
  return argument.startsWith('!') || picomatch.scan(argument).isGlob;
}

/** Splits command-line arguments into paths, include globs and exclude globs. */
export function splitPathArguments(args: readonly string[]): { paths: string[]; include: string[]; exclude: string[] } {
  const paths: string[] = [];
  const include: string[] = [];
  const exclude: string[] = [];
  for (const arg of args) {
    if (arg.startsWith('!')) exclude.push(normalize(arg.slice(1)));
    else if (isGlobArgument(arg)) include.push(normalize(arg));
    else paths.push(arg);
  }
  return { paths, include, exclude };
}

function normalize(glob: string): string {
  return glob.replace(/\\/g, '/').replace(/^\.\//, '');
}

/** A matcher for the spec; undefined when it lets every file through. A folder glob (`src/legacy`,
 *  `src/legacy/`) covers everything below it. */
export function fileFilter(spec: FileFilterSpec): FileFilter | undefined {
  if (spec.include.length === 0 && spec.exclude.length === 0) return undefined;
  const expand = (globs: string[]) => globs.map(normalize).flatMap((glob) => (picomatch.scan(glob).isGlob ? [glob] : [glob.replace(/\/$/, ''), `${glob.replace(/\/$/, '')}/**`]));
  const included = spec.include.length > 0 ? picomatch(expand(spec.include), { dot: true }) : () => true;
  const excluded = spec.exclude.length > 0 ? picomatch(expand(spec.exclude), { dot: true }) : () => false;
  return (relativePath) => included(relativePath) && !excluded(relativePath);
}
