// Escaped HTML by construction: the `html` tag escapes every interpolated value unless it is
// already `SafeHtml` (the result of another `html` call). Inputs, values and error messages come
// from the user's code, so nothing reaches the page unescaped by accident.

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and for quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** A value in a template: text (escaped), `SafeHtml` (kept), arrays (joined), or nothing. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function renderValue(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(renderValue).join('');
  if (value === undefined || value === null || value === false || value === true) return '';
  return escapeHtml(String(value));
}

/** `html\`<p>${text}</p>\`` with `text` escaped. Attribute values in templates must be double-quoted. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += renderValue(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/** Joins fragments with a separator (escaped when it is text). */
export function join(parts: readonly HtmlValue[], separator: HtmlValue): SafeHtml {
  const kept = parts.filter((p) => p !== undefined && p !== null && p !== false && p !== '');
  return new SafeHtml(kept.map((p, i) => (i === 0 ? '' : renderValue(separator)) + renderValue(p)).join(''));
}

/** A codicon, hidden from screen readers: the text beside it says the same. */
export function icon(name: string, extraClass = ''): SafeHtml {
  return html`<span class="${`codicon codicon-${name}${extraClass ? ` ${extraClass}` : ''}`}" aria-hidden="true"></span>`;
}
