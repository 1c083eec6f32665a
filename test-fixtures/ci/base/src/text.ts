/** The initials of a name: "ada lovelace" → "AL". */
export function initials(name: string): string {
  return name
    .split(' ')
    .filter(Boolean)
    .map((word) => word[0].toUpperCase())
    .join('');
}

export function shout(text: string): string {
  return text.toUpperCase() + '!';
}
