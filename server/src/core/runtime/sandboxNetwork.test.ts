import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeResources, blockedError, thrownBy, useSandbox } from '../../../../test/sandbox/sandboxTestbed';
import { getSandbox, installSandbox } from './sandbox';

const bed = useSandbox();

// A real server on loopback, started before any sandbox: every test ends by proving that it saw
// no connection but the probe made after the sandbox was restored.
let server: net.Server;
let target: string;
let port: number;
const accepted: net.Socket[] = [];

beforeAll(async () => {
  server = net.createServer((socket) => accepted.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as net.AddressInfo).port;
  target = `127.0.0.1:${port}`;
});

afterAll(async () => {
  for (const socket of accepted) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
});

/** Restores the sandbox, connects once, and checks that this probe is the only connection the
 *  server accepted during the test: a blocked call that had connected would be queued before it. */
async function expectNoConnectionReachedTheServer(): Promise<void> {
  const before = accepted.length;
  bed.handle.restore();
  const probe = net.connect(port, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('connection', () => resolve()));
  probe.destroy();
  expect(accepted.length - before).toBe(1);
}

function connectionResources(): number {
  const resources = activeResources();
  return (resources.get('TCPWrap') ?? 0) + (resources.get('TCPConnectWrap') ?? 0) + (resources.get('GetAddrInfoReqWrap') ?? 0);
}

describe('network calls that return a handle throw at the call', () => {
  const cases: Array<[string, () => unknown]> = [
    ['http.request', () => http.request(`http://${target}/path`)],
    ['http.get', () => http.get({ host: '127.0.0.1', port, path: '/' })],
    ['https.request', () => https.request({ hostname: '127.0.0.1', port })],
    ['https.get', () => https.get(`https://${target}/`)],
    ['http2.connect', () => http2.connect(`http://${target}`)],
    ['net.connect', () => net.connect(port, '127.0.0.1')],
    ['net.createConnection', () => net.createConnection({ host: '127.0.0.1', port })],
    ['net.Socket.prototype.connect', () => new net.Socket().connect(port, '127.0.0.1')],
    ['tls.connect', () => tls.connect(port, '127.0.0.1')],
    // Node's agent keeps its own reference to the original net.createConnection.
    ['new http.ClientRequest', () => new http.ClientRequest(`http://${target}/`)],
  ];

  it.each(cases)('%s', async (_name, act) => {
    const resourcesBefore = connectionResources();
    expect(thrownBy(act)).toEqual(blockedError('network', target));
    expect(connectionResources()).toBe(resourcesBefore);
    await expectNoConnectionReachedTheServer();
  });
});

describe('network calls with a promise or a callback', () => {
  it('rejects fetch with a message a person understands, and names the default port', async () => {
    await expect(fetch('https://example.com/page')).rejects.toEqual(
      expect.objectContaining({
        effect: 'network',
        detail: 'example.com:443',
        message: 'Vouch blocked a network request to example.com:443: generated tests run without network access.',
      }),
    );
    await expect(fetch(new Request(`http://${target}/`))).rejects.toEqual(blockedError('network', target));
    await expectNoConnectionReachedTheServer();
  });

  it('still serves data: URLs through fetch, which need no network', async () => {
    const response = await fetch('data:text/plain,offline');
    expect(await response.text()).toBe('offline');
  });

  it('calls back with the error from dns lookups and resolver queries', async () => {
    const lookupError = await new Promise((resolve) => dns.lookup('example.com', resolve));
    expect(lookupError).toEqual(blockedError('network', 'example.com'));
    const resolveError = await new Promise((resolve) => new dns.Resolver().resolve4('example.com', resolve));
    expect(resolveError).toEqual(blockedError('network', 'example.com'));
    const serviceError = await new Promise((resolve) => dns.lookupService('127.0.0.1', 22, resolve));
    expect(serviceError).toEqual(blockedError('network', '127.0.0.1:22'));
  });

  it('rejects dns.promises lookups and resolver queries', async () => {
    await expect(dns.promises.lookup('example.com')).rejects.toEqual(blockedError('network', 'example.com'));
    await expect(new dns.promises.Resolver().resolveMx('example.com')).rejects.toEqual(blockedError('network', 'example.com'));
    const { resolveTxt } = await import('node:dns/promises');
    await expect(resolveTxt('example.com')).rejects.toEqual(blockedError('network', 'example.com'));
  });

  it('throws from dgram.createSocket before a UDP socket exists', () => {
    const before = activeResources().get('UDPWrap') ?? 0;
    expect(thrownBy(() => dgram.createSocket('udp4'))).toEqual(blockedError('network', 'udp4'));
    expect(activeResources().get('UDPWrap') ?? 0).toBe(before);
  });

  it('refuses to listen for connections', () => {
    expect(thrownBy(() => net.createServer().listen(0, '127.0.0.1'))).toEqual(blockedError('network', '127.0.0.1:0'));
    expect(thrownBy(() => http.createServer().listen(8080))).toEqual(blockedError('network', '0.0.0.0:8080'));
  });

  it('reaches ESM named imports of node:net and node:http', async () => {
    const { connect } = await import('node:net');
    const { request } = await import('node:http');
    expect(thrownBy(() => connect(port, '127.0.0.1'))).toEqual(blockedError('network', target));
    expect(thrownBy(() => request(`http://${target}/`))).toEqual(blockedError('network', target));
    await expectNoConnectionReachedTheServer();
  });

  it('records a blocked request the caller caught', async () => {
    await fetch(`http://${target}/`).catch(() => undefined);
    expect(getSandbox()!.peekBlocked()).toEqual([expect.objectContaining({ effect: 'network', detail: target })]);
  });
});

describe('a global WebSocket', () => {
  it('cannot be constructed while the sandbox is installed, and comes back after restore', () => {
    class FakeWebSocket {
      constructor(readonly url: string) {}
    }
    const holder = globalThis as { WebSocket?: unknown };
    const existing = Object.getOwnPropertyDescriptor(globalThis, 'WebSocket');
    bed.handle.restore();
    holder.WebSocket = FakeWebSocket;
    try {
      const sandbox = installSandbox({ writableDirs: [bed.writable] });
      const Blocked = holder.WebSocket as typeof FakeWebSocket;
      expect(thrownBy(() => new Blocked(`ws://${target}/socket`))).toEqual(blockedError('network', target));
      expect(Blocked.prototype).toBe(FakeWebSocket.prototype);
      sandbox.restore();
      expect(holder.WebSocket).toBe(FakeWebSocket);
    } finally {
      if (existing) Object.defineProperty(globalThis, 'WebSocket', existing);
      else delete holder.WebSocket;
    }
  });
});
