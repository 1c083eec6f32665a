// The engine's logger is injected by its host: the CLI writes to stderr, the language server to
// its connection console, tests collect lines. `verbose` is undefined unless enabled, so call
// sites write `log.verbose?.(...)` and pay nothing when it is off.

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  verbose?: (message: string) => void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

export function collectingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(`info: ${m}`),
    warn: (m) => lines.push(`warn: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    verbose: (m) => lines.push(`verbose: ${m}`),
  };
}
