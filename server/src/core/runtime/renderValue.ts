// Values as a person reads them in a report: short, valid-looking code (`-0`, `NaN`,
// `new Date("2024-01-01T00:00:00.000Z")`, `new Map([["a", 1]])`, `Cart { items: [] }`).
// Long values are cut with an ellipsis so one message never floods an editor hover.

const MAX_LENGTH = 240;

/** An error's message inside a value: its first line, cut at 80 characters (a ZodError's message
 *  is its issues as pretty-printed JSON). */
function shortMessage(message: string): string {
  const [first = ''] = message.split('\n');
  const cut = first.length > 80 ? first.slice(0, 79) : first;
  return cut.length < message.length ? `${cut.trimEnd()}…` : cut;
}

function renderInner(value: unknown, depth: number, seen: Set<object>): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'function') return value.name ? `[Function ${value.name}]` : '[Function]';
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  const object = value as object;
  if (seen.has(object)) return '[Circular]';
  if (depth > 4) return Array.isArray(object) ? '[…]' : '{…}';
  seen.add(object);
  try {
    if (object instanceof Date) return Number.isNaN(object.getTime()) ? 'new Date(NaN)' : `new Date(${JSON.stringify(object.toISOString())})`;
    if (object instanceof Error) return `${object.name}(${JSON.stringify(shortMessage(object.message))})`;
    if (object instanceof RegExp) return String(object);
    if (Array.isArray(object)) return `[${object.map((item) => renderInner(item, depth + 1, seen)).join(', ')}]`;
    if (object instanceof Map) {
      const entries = [...object].map(([k, v]) => `[${renderInner(k, depth + 1, seen)}, ${renderInner(v, depth + 1, seen)}]`);
      return `new Map([${entries.join(', ')}])`;
    }
    if (object instanceof Set) return `new Set([${[...object].map((v) => renderInner(v, depth + 1, seen)).join(', ')}])`;
    if (typeof (object as { then?: unknown }).then === 'function') return 'Promise';
    const proto = Object.getPrototypeOf(object);
    const name = proto && proto !== Object.prototype ? proto.constructor?.name : undefined;
    const body = Object.entries(object)
      .map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${renderInner(v, depth + 1, seen)}`)
      .join(', ');
    const literal = body ? `{ ${body} }` : '{}';
    return name ? `${name} ${literal}` : literal;
  } finally {
    seen.delete(object);
  }
}

export function truncate(text: string, max = MAX_LENGTH): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function renderValue(value: unknown, max = MAX_LENGTH): string {
  return truncate(renderInner(value, 0, new Set()), max);
}

/** A call as code: `total([{ price: 1 }], "gold")`. */
export function renderCall(callee: string, args: readonly unknown[], max = MAX_LENGTH): string {
  return truncate(`${callee}(${args.map((a) => renderInner(a, 0, new Set())).join(', ')})`, max);
}
