// An ordinary module the worker fixture imports: user code that needs no side effect at all.
export function describeTotal(values: number[]): string {
  return `total ${values.reduce((sum, value) => sum + value, 0)}`;
}
