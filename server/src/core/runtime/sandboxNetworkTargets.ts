// Where a network call was going, read from the many argument shapes Node accepts, so that the
// blocked message names it: `example.com:443`, `127.0.0.1:5432`, `/var/run/docker.sock`.
import { hostAndPort } from './sideEffectBlocked';

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443', 'ws:': '80', 'wss:': '443' };

type Options = Record<string, unknown>;

function isObject(value: unknown): value is Options {
  return typeof value === 'object' && value !== null;
}

/** `host:port` of an absolute URL (string, URL, or a Request with `.url`); the text itself when
 *  it does not parse. */
export function urlTarget(input: unknown): string {
  const text = isObject(input) && typeof input.url === 'string' ? input.url : String(input);
  try {
    const url = new URL(text);
    return hostAndPort(url.hostname.replace(/^\[|\]$/g, ''), url.port || DEFAULT_PORTS[url.protocol]);
  } catch {
    return text;
  }
}

/** The URL scheme of a fetch input, if it parses (`data:` and `blob:` never touch the network). */
export function urlScheme(input: unknown): string | undefined {
  const text = isObject(input) && typeof input.url === 'string' ? input.url : String(input);
  return URL.canParse(text) ? new URL(text).protocol : undefined;
}

/** `http.request(url?, options?, callback?)`: the URL first, fields of the options override it. */
export function httpRequestTarget(args: unknown[], defaultPort: number): string {
  const [first, second] = args;
  const options = isObject(first) && !(first instanceof URL) ? first : isObject(second) ? second : {};
  if (typeof options.socketPath === 'string') return options.socketPath;
  let host = 'localhost';
  let port: string | undefined = String(defaultPort);
  if (typeof first === 'string' || first instanceof URL) {
    try {
      const url = new URL(first);
      host = url.hostname.replace(/^\[|\]$/g, '');
      port = url.port || DEFAULT_PORTS[url.protocol] || port;
    } catch {
      return String(first);
    }
  }
  const optionHost = options.hostname ?? options.host;
  if (typeof optionHost === 'string') host = optionHost;
  if (options.port !== undefined && options.port !== null) port = String(options.port);
  return hostAndPort(host, port);
}

/**
 * `net.connect(options)`, `net.connect(port, host?)`, `net.connect(path)`, or the normalized
 * `[options, callback]` array that `net.connect` itself passes to `socket.connect`.
 */
export function socketTarget(args: unknown[]): string {
  const normalized = Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
  const [first, second] = normalized;
  if (isObject(first)) {
    if (typeof first.path === 'string') return first.path;
    return hostAndPort(typeof first.host === 'string' ? first.host : 'localhost', first.port as string | number | undefined);
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return first;
  return hostAndPort(typeof second === 'string' ? second : 'localhost', first as string | number | undefined);
}

/** `server.listen(port?, host?, …)`, `server.listen(options)` or `server.listen(path)`. */
export function listenTarget(args: unknown[]): string {
  const [first, second] = args;
  if (isObject(first)) {
    if (typeof first.path === 'string') return first.path;
    if ('port' in first || 'host' in first) {
      return hostAndPort(typeof first.host === 'string' ? first.host : '0.0.0.0', (first.port as number | undefined) ?? 0);
    }
    return 'an existing handle';
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return first;
  return hostAndPort(typeof second === 'string' ? second : '0.0.0.0', (first as number | string | undefined) ?? 0);
}

/** `http2.connect(authority, …)` with an `https:` default port. */
export function authorityTarget(authority: unknown): string {
  if (typeof authority === 'string' && !authority.includes('://')) return urlTarget(`https://${authority}`);
  return urlTarget(authority instanceof URL ? authority.href : authority);
}
