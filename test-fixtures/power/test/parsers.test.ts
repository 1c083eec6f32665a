import { describe, expect, it } from 'vitest';
import { compareVersions, evalRpn, parseCsvLine, parseDuration, parseEnv, parseHexColor, parseQuery, parseRanges, parseVersion } from '../src/parsers';

describe('parseQuery', () => {
  it('collects repeated keys', () => {
    expect(parseQuery('?a=1&b=two&a=3')).toEqual({ a: ['1', '3'], b: ['two'] });
  });
});

describe('parseCsvLine', () => {
  it('splits fields and handles quotes', () => {
    expect(parseCsvLine('a,b,c')).toEqual(['a', 'b', 'c']);
    expect(parseCsvLine('"x, y",z')).toEqual(['x, y', 'z']);
  });
});

describe('parseEnv', () => {
  it('reads key value lines', () => {
    const env = parseEnv('# comment\nA=1\n\nB = two\n');
    expect(env.get('A')).toBe('1');
    expect(env.get('B')).toBe('two');
    expect(env.size).toBe(2);
  });
});

describe('parseDuration', () => {
  it('reads hours and minutes', () => {
    expect(parseDuration('1h30m')).toBe(5400);
    expect(parseDuration('45s')).toBe(45);
  });
  it('throws on garbage', () => {
    expect(() => parseDuration('soon')).toThrow(SyntaxError);
  });
});

describe('parseVersion and compareVersions', () => {
  it('parse and compare', () => {
    expect(parseVersion('v1.2.3')).toEqual({ major: 1, minor: 2, patch: 3 });
    expect(compareVersions({ major: 1, minor: 2, patch: 0 }, { major: 1, minor: 10, patch: 0 })).toBeLessThan(0);
  });
});

describe('parseHexColor', () => {
  it('reads long and short forms', () => {
    expect(parseHexColor('#ff8800')).toEqual([255, 136, 0]);
    expect(parseHexColor('#f80')).toEqual([255, 136, 0]);
    expect(parseHexColor('red')).toBeNull();
  });
});

describe('evalRpn', () => {
  it('evaluates', () => {
    expect(evalRpn('3 4 + 2 *')).toBe(14);
  });
  it('throws on underflow', () => {
    expect(() => evalRpn('+')).toThrow();
  });
});

describe('parseRanges', () => {
  it('expands ranges', () => {
    expect(parseRanges('1-3,5')).toEqual([1, 2, 3, 5]);
  });
});
