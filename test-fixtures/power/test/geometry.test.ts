import { describe, expect, it } from 'vitest';
import { boundingBox, clamp, distance, gcd, isPrime, lerp, median, normalizeDegrees, polygonArea, rectsOverlap, roundTo } from '../src/geometry';

describe('distance', () => {
  it('measures', () => {
    expect(distance({ x: 0, y: 0 }, { x: 3, y: 4 })).toBe(5);
  });
});

describe('clamp and lerp', () => {
  it('clamps', () => {
    expect(clamp(15, 0, 10)).toBe(10);
    expect(clamp(-1, 0, 10)).toBe(0);
  });
  it('interpolates', () => {
    expect(lerp(0, 10, 0.25)).toBe(2.5);
  });
});

describe('polygonArea', () => {
  it('computes the area of a square', () => {
    expect(polygonArea([{ x: 0, y: 0 }, { x: 2, y: 0 }, { x: 2, y: 2 }, { x: 0, y: 2 }])).toBe(4);
  });
});

describe('rectsOverlap', () => {
  it('detects overlap', () => {
    expect(rectsOverlap({ x: 0, y: 0, width: 2, height: 2 }, { x: 1, y: 1, width: 2, height: 2 })).toBe(true);
    expect(rectsOverlap({ x: 0, y: 0, width: 1, height: 1 }, { x: 5, y: 5, width: 1, height: 1 })).toBe(false);
  });
});

describe('boundingBox', () => {
  it('boxes points', () => {
    expect(boundingBox([{ x: 1, y: 5 }, { x: 3, y: 2 }])).toEqual({ x: 1, y: 2, width: 2, height: 3 });
    expect(boundingBox([])).toBeNull();
  });
});

describe('gcd and isPrime', () => {
  it('works on small numbers', () => {
    expect(gcd(12, 18)).toBe(6);
    expect(isPrime(7)).toBe(true);
    expect(isPrime(9)).toBe(false);
  });
});

describe('median', () => {
  it('finds the middle', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});

describe('normalizeDegrees and roundTo', () => {
  it('normalizes', () => {
    expect(normalizeDegrees(-90)).toBe(270);
    expect(roundTo(1.2345, 2)).toBe(1.23);
  });
});
