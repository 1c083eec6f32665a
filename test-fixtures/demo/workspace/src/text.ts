// Text helpers for product names, URLs and receipts.

const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to']);

/**
 * Turns a product name into a URL slug: lower case ASCII letters and digits joined by dashes,
 * accents removed.
 *
 * @example
 * slugify('Hello World'); // Returns: 'hello-world'
 * slugify('  Crème Brûlée, 2 pcs! ') // => 'creme-brulee-2-pcs'
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Shortens `text` to at most `max` characters, ending with `ellipsis` when it was cut.
 *
 * @example
 * truncate('Organic green tea', 10); // Returns: 'Organic g…'
 * truncate('Tea', 10) // => 'Tea'
 */
export function truncate(text: string, max: number, ellipsis = '…'): string {
  if (max < 0) throw new RangeError(`max must be >= 0, got ${max}`);
  if (text.length <= max) return text;
  if (max <= ellipsis.length) return ellipsis.slice(0, max);
  return text.slice(0, max - ellipsis.length) + ellipsis;
}

/**
 * Breaks text into lines of at most `width` characters at spaces. Runs of whitespace become one
 * space; a word longer than a line is cut into pieces.
 *
 * @example
 * wordWrap('the quick brown fox', 10) // => ['the quick', 'brown fox']
 */
export function wordWrap(text: string, width: number): string[] {
  if (!Number.isInteger(width) || width < 1) throw new RangeError('width must be a positive integer');
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > width) {
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
    }
    if (!line) {
      line = rest;
    } else if (line.length + 1 + rest.length <= width) {
      line += ' ' + rest;
    } else {
      lines.push(line);
      line = rest;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Capitalises each word except short joining words ("of", "the") after the first.
 *
 * @example
 * titleCase('the lord of the rings'); // Returns: 'The Lord of the Rings'
 */
export function titleCase(text: string): string {
  const words = text.toLowerCase().split(' ');
  const result: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (i > 0 && MINOR_WORDS.has(word)) {
      result.push(word);
    } else {
      result.push(word.charAt(0).toUpperCase() + word.slice(1));
    }
  }
  return result.join(' ');
}

/**
 * A count with the right form of its noun.
 *
 * @example
 * pluralize(1, 'item'); // Returns: '1 item'
 * pluralize(3, 'box', 'boxes') // => '3 boxes'
 */
export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
