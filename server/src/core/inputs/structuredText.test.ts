// Strings built from the body's literals: an env parser gets `KEY="value"` lines, so an edit that
// unquotes values shows.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { planInputs } from './planInputs';
import { sourceFixture } from './sourceFixture';
import { quotePairs } from './structuredText';
import { textPieces } from './textPieces';

const PARSE_ENV = (unquote: boolean, name: string) => `export function ${name}(text: string): [string, string][] {
  const env = new Map<string, string>();
  for (const raw of text.split('\\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const at = line.indexOf('=');
    if (at <= 0) continue;
    let value = line.slice(at + 1).trim();
    ${unquote ? `if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);` : ''}
    env.set(line.slice(0, at).trim(), value);
  }
  return [...env];
}`;

describe('text pieces', () => {
  test('the short literals the body reads text with, and what it checks text to start and end with', () => {
    const fixture = sourceFixture(PARSE_ENV(true, 'subject'));
    const pieces = textPieces(fixture.fn('subject'));
    expect(pieces.pieces).toEqual(['\n', '#', '=', '"']);
    expect(pieces.opens).toEqual(['#', '"']);
    expect(pieces.closes).toEqual(['"']);
    expect(quotePairs(pieces)).toEqual([['"', '"']]);
  });

  test('no literal types, property names or error messages', () => {
    const fixture = sourceFixture("export function subject(x: 'a' | 'b'): { 'k': string } { if (x === 'a') throw new Error('not a b'); return { 'k': ':' }; }");
    expect(textPieces(fixture.fn('subject')).pieces).toEqual(['a', ':']);
  });

  test('an opener and a closer that differ make a pair', () => {
    expect(quotePairs({ pieces: ['(', ')', '#'], opens: ['(', '#'], closes: [')'] })).toEqual([['(', ')'], ['#', ')']]);
  });

  test('without start or end checks, one-character punctuation pieces quote words on both sides', () => {
    expect(quotePairs({ pieces: [',', '"', 'abc', '\n', 'x'], opens: [], closes: [] })).toEqual([[',', ','], ['"', '"']]);
  });
});

describe('structured strings', () => {
  test('an env parser gets quoted values, where unquoting changes the answer', () => {
    const fixture = sourceFixture(`${PARSE_ENV(false, 'before')}\n${PARSE_ENV(true, 'subject')}`);
    const result = planInputs(fixture.fn('subject'), fixture.refs, { baselineBody: fixture.fn('before') });
    if (!result.ok) throw new Error(result.reason);
    const texts = fc.sample(fixture.evaluate<fc.Arbitrary<[string]>>(result.plan.tuple), { numRuns: 200, seed: 1 }).map(([text]) => text);
    const [before, subject] = [fixture.scope.before, fixture.scope.subject] as ((text: string) => unknown)[];
    const differing = texts.filter((text) => JSON.stringify(before(text)) !== JSON.stringify(subject(text)));
    expect(differing.length).toBeGreaterThan(2);
    expect(texts.some((text) => text.includes('\n') && text.includes('='))).toBe(true);
  });

  test('a body without punctuation or space among its literals keeps plain random strings', () => {
    for (const body of ['return text.length;', "return text === 'gold' ? 'VIP' : text;"]) {
      const fixture = sourceFixture(`export function subject(text: string): string | number { ${body} }`);
      const result = planInputs(fixture.fn('subject'), fixture.refs);
      if (!result.ok) throw new Error(result.reason);
      expect(result.plan.parameters[0].arbitrary).not.toContain('segments');
    }
  });
});
