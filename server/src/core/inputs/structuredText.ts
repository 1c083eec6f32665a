// Strings a parser is written for, as fast-check code: short random words and quoted words,
// joined by the pieces mined from the body (textPieces.ts): `ab="x1"`, a newline, `#c`. A word is
// quoted by the delimiters the body checks text to start and end with (`startsWith('"')` …
// `endsWith('"')`), or, when it checks none, by one of its punctuation pieces on both sides.
import type { TextPieces } from './textPieces';
import { stringCode } from './valueCode';

/** Most pieces between the segments of one string. */
const MAX_JOINS = 6;
const WORD = 'fc.stringMatching(/^[A-Za-z0-9]{1,5}$/)';

/** Delimiter pairs: a literal checked at both ends with itself (a quote); else every opener with
 *  every closer (`(` … `)`); else each one-character punctuation piece (not a letter, digit or
 *  space) with itself. */
export function quotePairs(text: TextPieces): [string, string][] {
  const quotes = text.opens.filter((open) => text.closes.includes(open));
  if (quotes.length > 0) return quotes.map((quote) => [quote, quote]);
  if (text.opens.length > 0 && text.closes.length > 0) return text.opens.flatMap((open) => text.closes.map((close): [string, string] => [open, close]));
  return text.pieces.filter((piece) => /^[^\sA-Za-z0-9]$/.test(piece)).map((piece): [string, string] => [piece, piece]);
}

/** fast-check code of structured strings, or undefined when no piece is punctuation or space
 *  (words alone, `'URL'`, `'date'`, are no structure: the body's constants already hold them). */
export function structuredTextArbitrary(text: TextPieces): string | undefined {
  if (!text.pieces.some((piece) => /^[^A-Za-z0-9]+$/.test(piece))) return undefined;
  const pairs = quotePairs(text);
  const quoted = pairs.length === 0
    ? undefined
    : `fc.tuple(fc.constantFrom(${pairs.map(([open, close]) => `[${stringCode(open)}, ${stringCode(close)}]`).join(', ')}), fc.oneof(${WORD}, fc.constant(''))).map(([[open, close], inner]) => open + inner + close)`;
  const segment = `fc.oneof({ weight: 2, arbitrary: ${WORD} }, ${quoted ? `{ weight: 2, arbitrary: ${quoted} }, ` : ''}{ weight: 1, arbitrary: fc.constant('') })`;
  const joins = `fc.array(fc.constantFrom(${text.pieces.map(stringCode).join(', ')}), { minLength: ${MAX_JOINS}, maxLength: ${MAX_JOINS} })`;
  return `fc.tuple(fc.array(${segment}, { minLength: 1, maxLength: ${MAX_JOINS + 1} }), ${joins}).map(([segments, joins]) => segments.map((segment, i) => (i > 0 ? joins[i - 1] : '') + segment).join(''))`;
}
