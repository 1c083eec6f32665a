export function legacyTwice(n: number): number {
  return n * 2;
}
