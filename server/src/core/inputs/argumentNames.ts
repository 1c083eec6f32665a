// Names for the arguments of a generated call (`([name, qty]) => new Item(name, qty)`): the
// parameter's own name when it is a plain identifier, `argN` when it is a binding pattern or
// would shadow a name the generated file uses.
const RESERVED = new Set(['fc', 'v', 'refs', 'args']);

export function argumentNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name, i) => {
    const plain = /^[A-Za-z_$][\w$]*$/.test(name) && !RESERVED.has(name) && !used.has(name);
    const chosen = plain ? name : `arg${i}`;
    used.add(chosen);
    return chosen;
  });
}
