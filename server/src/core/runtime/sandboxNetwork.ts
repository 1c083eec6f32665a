// Network access: every way Node opens a connection, a socket, a listener or a DNS query. Calls
// that return a handle (a socket, a request, a session) throw at the call, so the error points at
// the line that tried; callback APIs call back with it; promise APIs (fetch, dns.promises) reject.
// `net.Socket.prototype.connect` and `net.Server.prototype.listen` are the choke points behind
// agents, `new http.ClientRequest` and userland clients that keep their own references.
// Connections (and DNS queries) to a host the project allowed (sandboxAllowances.ts) go through,
// at every one of those gates; listeners and UDP sockets stay blocked.
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { isHostAllowed, isHostNameAllowed } from './sandboxAllowances';
import { blocked, currentSandbox } from './sandboxGlobal';
import { authorityTarget, httpRequestTarget, listenTarget, socketTarget, urlScheme, urlTarget } from './sandboxNetworkTargets';
import { failCallback, lookLike, type PatchSet } from './sandboxPatchSet';

type AnyFunction = (...args: any[]) => any;

const DNS_QUERIES = [
  'lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname',
  'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt', 'reverse',
] as const;

/** Schemes `fetch` serves without a connection. */
const LOCAL_FETCH_SCHEMES = new Set(['data:', 'blob:']);

function request(target: string) {
  return blocked('network', target, `a network request to ${target}`);
}

/** True when the installed sandbox lets connections to this target through. */
function allowed(target: string): boolean {
  return isHostAllowed(target, currentSandbox()?.allowedHosts ?? []);
}

/** A replacement that throws for every call, keeping the original's name and arity. */
function throwing(describe: (args: unknown[]) => Error) {
  return (original: AnyFunction) =>
    lookLike(function (...args: unknown[]): never {
      throw describe(args);
    }, original);
}

/** A replacement that calls the original when the call's target is allowed, and throws otherwise. */
function gated(targetOf: (args: unknown[]) => string) {
  return (original: AnyFunction) =>
    lookLike(function (this: unknown, ...args: unknown[]) {
      const target = targetOf(args);
      if (allowed(target)) return original.apply(this, args);
      throw request(target);
    }, original);
}

/** A constructor gated the same way, sharing the original's prototype so `instanceof` keeps working. */
function gatedConstructor(original: AnyFunction, targetOf: (args: unknown[]) => string): AnyFunction {
  const replacement = lookLike(function (this: unknown, ...args: unknown[]) {
    const target = targetOf(args);
    if (allowed(target)) return Reflect.construct(original, args, new.target ?? original);
    throw request(target);
  }, original);
  replacement.prototype = original.prototype;
  return replacement;
}

export function blockNetwork(patches: PatchSet): void {
  const global = globalThis as unknown as Record<string, AnyFunction | undefined>;
  patches.wrap(global, 'fetch', (original) =>
    lookLike(function (this: unknown, input: unknown, init?: unknown) {
      if (LOCAL_FETCH_SCHEMES.has(urlScheme(input) ?? '') || allowed(urlTarget(input))) return original.call(this, input, init);
      return Promise.reject(request(urlTarget(input)));
    }, original),
  );
  for (const name of ['WebSocket', 'EventSource']) {
    const original = global[name];
    if (typeof original === 'function') patches.replace(global, name, gatedConstructor(original, (args) => urlTarget(args[0])));
  }

  for (const [module, defaultPort] of [[http, 80], [https, 443]] as const) {
    patches.wrap(module, 'request', gated((args) => httpRequestTarget(args, defaultPort)));
    patches.wrap(module, 'get', gated((args) => httpRequestTarget(args, defaultPort)));
  }
  patches.wrap(http2, 'connect', gated((args) => authorityTarget(args[0])));

  patches.wrap(net, 'connect', gated(socketTarget));
  patches.wrap(net, 'createConnection', gated(socketTarget));
  patches.wrap(net.Socket.prototype, 'connect', gated(socketTarget));
  patches.wrap(tls, 'connect', (original) =>
    lookLike(function (this: unknown, ...args: unknown[]) {
      // TLS over a socket or stream the caller already holds opens no connection of its own.
      const options = args.find((arg) => typeof arg === 'object' && arg !== null) as { socket?: unknown } | undefined;
      if (options?.socket || allowed(socketTarget(args))) return original.apply(this, args);
      throw request(socketTarget(args));
    }, original),
  );
  patches.wrap(net.Server.prototype, 'listen', throwing((args) => {
    const target = listenTarget(args);
    return blocked('network', target, `listening for connections on ${target}`);
  }));
  patches.wrap(dgram, 'createSocket', throwing((args) => {
    const type = typeof args[0] === 'string' ? args[0] : String((args[0] as { type?: unknown } | undefined)?.type);
    return blocked('network', type, `opening a UDP socket (${type})`);
  }));

  blockDns(patches);
}

/** A DNS query for an allowed host's name (any port) goes through: connecting by name needs it. */
function dnsAllowed(query: string, args: unknown[]): boolean {
  return query !== 'lookupService' && query !== 'reverse' && typeof args[0] === 'string' && isHostNameAllowed(args[0], currentSandbox()?.allowedHosts ?? []);
}

function dnsQuery(query: string, args: unknown[]) {
  const name = query === 'lookupService' ? `${String(args[0])}:${String(args[1])}` : String(args[0]);
  return blocked('network', name, `a DNS query (${query}) for ${name}`);
}

function blockDns(patches: PatchSet): void {
  const callbackApis = [dns, dns.Resolver.prototype] as unknown as Record<string, AnyFunction>[];
  const promiseApis = [dns.promises, dns.promises.Resolver.prototype] as unknown as Record<string, AnyFunction>[];
  for (const query of DNS_QUERIES) {
    for (const target of callbackApis) {
      patches.wrap(target, query, (original) =>
        lookLike(function (this: unknown, ...args: unknown[]) {
          if (dnsAllowed(query, args)) return original.apply(this, args);
          failCallback(args, dnsQuery(query, args));
        }, original),
      );
    }
    for (const target of promiseApis) {
      patches.wrap(target, query, (original) =>
        lookLike(function (this: unknown, ...args: unknown[]) {
          if (dnsAllowed(query, args)) return original.apply(this, args);
          return Promise.reject(dnsQuery(query, args));
        }, original),
      );
    }
  }
}
