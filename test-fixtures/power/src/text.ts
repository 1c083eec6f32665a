// Text helpers for titles, identifiers and short messages.

/** Lower-case words joined by dashes, with anything but letters and digits dropped. */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Cuts text to at most `max` characters, ending with an ellipsis when it was cut. */
export function truncate(text: string, max: number): string {
  if (max < 1) return '';
  if (text.length <= max) return text;
  return text.slice(0, max - 1) + '…';
}

/** Upper-cases the first letter of every word separated by spaces. */
export function capitalizeWords(text: string): string {
  return text
    .split(' ')
    .map((word) => (word.length > 0 ? word[0].toUpperCase() + word.slice(1) : word))
    .join(' ');
}

/** Number of words: runs of characters that are not whitespace. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  return trimmed.split(/\s+/).length;
}

/** `backgroundColor` → `background-color`. */
export function camelToKebab(name: string): string {
  let out = '';
  for (const ch of name) {
    if (ch >= 'A' && ch <= 'Z') {
      out += (out.length > 0 ? '-' : '') + ch.toLowerCase();
    } else {
      out += ch;
    }
  }
  return out;
}

/** `background-color` → `backgroundColor`. */
export function kebabToCamel(name: string): string {
  return name.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

/** Centres text in a field of `width` characters; an odd gap leaves the extra space on the right. */
export function padCenter(text: string, width: number, fill = ' '): string {
  const gap = width - text.length;
  if (gap <= 0) return text;
  const left = Math.floor(gap / 2);
  return fill.repeat(left) + text + fill.repeat(gap - left);
}

/** True when the letters and digits read the same backwards, ignoring case. */
export function isPalindrome(text: string): boolean {
  const letters = text.toLowerCase().replace(/[^a-z0-9]/g, '');
  for (let i = 0, j = letters.length - 1; i < j; i++, j--) {
    if (letters[i] !== letters[j]) return false;
  }
  return true;
}

/** `Ada Lovelace` → `AL`; at most `max` letters. */
export function initials(fullName: string, max = 3): string {
  return fullName
    .split(/\s+/)
    .filter((part) => part.length > 0)
    .slice(0, max)
    .map((part) => part[0].toUpperCase())
    .join('');
}

/** Breaks text into lines of at most `width` characters at spaces; a longer word gets a line of its own. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (word === '') continue;
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ' ' + word;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
