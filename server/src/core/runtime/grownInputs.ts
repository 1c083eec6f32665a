// A slowdown worth a warning grows with the input (work repeated inside a loop), and generated
// inputs are small. A grown input joins several generated ones, argument by argument: arrays are
// concatenated and strings joined, so `dedupe(xs)` gets one long list made of real list elements;
// anything else (numbers, objects, a constructor's arguments) is taken from the first.

function lengthOf(value: unknown): number | undefined {
  return Array.isArray(value) || typeof value === 'string' ? value.length : undefined;
}

/** The longest a grown list of objects gets: long enough for work repeated in a loop to show,
 *  short enough to copy and compare quickly. Lists of primitives and strings, cheap to copy, get
 *  ten times as long. */
export const MAX_GROWN_ITEMS = 1_000;
const MAX_GROWN_PRIMITIVES = MAX_GROWN_ITEMS * 10;

function isPrimitive(value: unknown): boolean {
  return value === null || (typeof value !== 'object' && typeof value !== 'function');
}

/** Joins one argument across inputs; only lists and strings whose lengths vary (not tuples,
 *  not literal types) grow. */
function grownArgument(values: unknown[]): unknown {
  const lengths = values.map(lengthOf);
  if (lengths.some((length) => length === undefined) || new Set(lengths).size < 2) return values[0];
  if (values.every((value) => Array.isArray(value))) {
    const items = (values as unknown[][]).flat(1);
    return items.slice(0, items.every(isPrimitive) ? MAX_GROWN_PRIMITIVES : MAX_GROWN_ITEMS);
  }
  if (values.every((value) => typeof value === 'string')) return (values as string[]).join('').slice(0, MAX_GROWN_PRIMITIVES);
  return values[0];
}

/**
 * Grown inputs from `inputs`: one for each size in `joining`, made of that many inputs from the
 * start (growing sizes show work that grows with the input). `fixed` leading positions are kept
 * from the first input (a member's constructor arguments).
 */
export function grownInputs<Input extends unknown[]>(inputs: readonly Input[], joining: readonly number[], fixed = 0): Input[] {
  const grown: Input[] = [];
  for (const size of joining) {
    const group = inputs.slice(0, size);
    if (group.length < 2) continue;
    const width = group[0].length;
    if (group.some((input) => input.length !== width)) continue;
    const joined = Array.from({ length: width }, (_, at) => (at < fixed ? group[0][at] : grownArgument(group.map((input) => input[at]))));
    // Nothing to grow (no list or string argument): it would only be the first input again.
    if (joined.every((value, at) => value === group[0][at])) continue;
    grown.push(joined as Input);
  }
  return grown;
}
