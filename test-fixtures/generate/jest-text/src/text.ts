// Text helpers for titles and word counts.

export function slugify(title: string, maxLength = 40): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, Math.max(0, maxLength));
}

export class WordCounter {
  private counts = new Map<string, number>();

  constructor(readonly caseSensitive: boolean) {}

  /** Counts the words of `text`; returns how many distinct words have been seen. */
  feed(text: string): number {
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const key = this.caseSensitive ? word : word.toLowerCase();
      this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    }
    return this.counts.size;
  }
}

export async function titleCase(text: string): Promise<string> {
  return text.replace(/\b[a-z]/g, (c) => c.toUpperCase());
}
