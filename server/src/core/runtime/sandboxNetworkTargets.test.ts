import { describe, expect, it } from 'vitest';
import { authorityTarget, httpRequestTarget, listenTarget, socketTarget, urlScheme, urlTarget } from './sandboxNetworkTargets';

describe('urlTarget', () => {
  it.each([
    ['https://example.com/path', 'example.com:443'],
    ['http://example.com', 'example.com:80'],
    ['ws://example.com:9000/socket', 'example.com:9000'],
    ['http://[::1]:8080/', '[::1]:8080'],
    ['not a url', 'not a url'],
  ])('%s → %s', (input, expected) => {
    expect(urlTarget(input)).toBe(expected);
  });

  it('reads URL objects and Request-like inputs', () => {
    expect(urlTarget(new URL('https://api.example.com:8443/v1'))).toBe('api.example.com:8443');
    expect(urlTarget({ url: 'http://example.org/' })).toBe('example.org:80');
  });

  it('names the scheme of a fetch input', () => {
    expect(urlScheme('data:text/plain,x')).toBe('data:');
    expect(urlScheme('/relative')).toBeUndefined();
  });
});

describe('httpRequestTarget', () => {
  it.each<[string, unknown[], number, string]>([
    ['a URL string', ['http://example.com/a'], 80, 'example.com:80'],
    ['an https URL', [new URL('https://example.com/a')], 443, 'example.com:443'],
    ['options with hostname and port', [{ hostname: 'db.local', port: 5432 }], 80, 'db.local:5432'],
    ['options with an IPv6 host', [{ host: '::1', port: 3000 }], 80, '[::1]:3000'],
    ['options without a host', [{ path: '/x' }], 443, 'localhost:443'],
    ['a URL whose options override the port', ['http://example.com/', { port: 81 }], 80, 'example.com:81'],
    ['a Unix socket', [{ socketPath: '/var/run/docker.sock', path: '/info' }], 80, '/var/run/docker.sock'],
  ])('%s', (_shape, args, defaultPort, expected) => {
    expect(httpRequestTarget(args, defaultPort)).toBe(expected);
  });
});

describe('socketTarget and listenTarget', () => {
  it.each<[unknown[], string]>([
    [[5432], 'localhost:5432'],
    [['5432', 'db.local'], 'db.local:5432'],
    [[{ port: 6379, host: '10.0.0.2' }], '10.0.0.2:6379'],
    [[{ path: '/tmp/app.sock' }], '/tmp/app.sock'],
    [['/tmp/app.sock'], '/tmp/app.sock'],
    [[[{ port: 443, host: 'example.com' }, () => undefined]], 'example.com:443'],
  ])('connect %j → %s', (args, expected) => {
    expect(socketTarget(args)).toBe(expected);
  });

  it.each<[unknown[], string]>([
    [[3000], '0.0.0.0:3000'],
    [[0, '127.0.0.1'], '127.0.0.1:0'],
    [[], '0.0.0.0:0'],
    [[{ port: 8080, host: '::' }], '[::]:8080'],
    [['/tmp/server.sock'], '/tmp/server.sock'],
  ])('listen %j → %s', (args, expected) => {
    expect(listenTarget(args)).toBe(expected);
  });

  it('reads an http2 authority with or without a scheme', () => {
    expect(authorityTarget('example.com')).toBe('example.com:443');
    expect(authorityTarget('http://example.com')).toBe('example.com:80');
    expect(authorityTarget(new URL('https://example.com:8443'))).toBe('example.com:8443');
  });
});
