// What a project may allow its code to do inside the sandbox: connect to named hosts (a database on
// 127.0.0.1:5432, a local mock server) and write into named folders. The allowances come from
// `sandbox.allowHosts` / `sandbox.allowWrite` in vouch.config.json; the CLI hands them to the test
// workers through two environment variables, which every process and worker below it inherits.
// Everything not allowed stays blocked: listening, UDP, other hosts, other folders.
import path from 'node:path';

/** Hosts (`host` for every port, or `host:port`, `[::1]:8080`) joined with commas. */
export const SANDBOX_ALLOW_HOSTS_ENV = 'VOUCH_SANDBOX_ALLOW_HOSTS';
/** Absolute folders joined with `path.delimiter`, writable in addition to the runner's own. */
export const SANDBOX_ALLOW_WRITE_ENV = 'VOUCH_SANDBOX_ALLOW_WRITE';

export interface SandboxAllowances {
  allowHosts: string[];
  allowWrite: string[];
}

interface HostRule {
  host: string;
  port?: string;
}

/** `host`, `host:port`, `[v6]`, `[v6]:port`; a bare IPv6 address (several colons) has no port. */
export function parseHostRule(entry: string): HostRule | undefined {
  const text = entry.trim().toLowerCase();
  if (!text) return undefined;
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  if (bracketed) return { host: bracketed[1], port: bracketed[2] };
  const colons = text.split(':').length - 1;
  if (colons === 1) {
    const [host, port] = text.split(':');
    return host && /^\d+$/.test(port) ? { host, port } : undefined;
  }
  return { host: text };
}

/** A target as the sandbox names it (`example.com:443`, `[::1]:80`, a socket path) split up. */
function targetParts(target: string): HostRule {
  return parseHostRule(target) ?? { host: target.toLowerCase() };
}

/** True when a network target matches one of the allowed hosts (and its port, when one is given). */
export function isHostAllowed(target: string, allowed: readonly string[]): boolean {
  if (allowed.length === 0) return false;
  const wanted = targetParts(target);
  return allowed.some((entry) => {
    const rule = parseHostRule(entry);
    return rule !== undefined && rule.host === wanted.host && (rule.port === undefined || rule.port === wanted.port);
  });
}

/** True when a host name (a DNS query, no port) belongs to one of the allowed hosts, whatever port. */
export function isHostNameAllowed(name: string, allowed: readonly string[]): boolean {
  const host = name.trim().toLowerCase().replace(/^\[|\]$/g, '');
  return allowed.some((entry) => parseHostRule(entry)?.host === host);
}

/** The allowances named in the environment (none when the variables are unset). */
export function allowancesFromEnv(env: NodeJS.ProcessEnv = process.env): SandboxAllowances {
  const hosts = (env[SANDBOX_ALLOW_HOSTS_ENV] ?? '').split(',').map((h) => h.trim()).filter(Boolean);
  const dirs = (env[SANDBOX_ALLOW_WRITE_ENV] ?? '').split(path.delimiter).filter((d) => path.isAbsolute(d));
  return { allowHosts: hosts, allowWrite: dirs };
}

/** The environment variables that carry these allowances (empty values for none). */
export function allowancesToEnv(allowances: SandboxAllowances): Record<string, string> {
  return {
    [SANDBOX_ALLOW_HOSTS_ENV]: allowances.allowHosts.join(','),
    [SANDBOX_ALLOW_WRITE_ENV]: allowances.allowWrite.join(path.delimiter),
  };
}

/** A short text that changes when the allowances change: part of every verdict's cache key, since
 *  a declaration that needs the network is unverifiable without the allowance and checked with it. */
export function allowancesKey(env: NodeJS.ProcessEnv = process.env): string {
  const { allowHosts, allowWrite } = allowancesFromEnv(env);
  return allowHosts.length === 0 && allowWrite.length === 0 ? '' : `sandbox:${allowHosts.join(',')}|${allowWrite.join('|')}`;
}
