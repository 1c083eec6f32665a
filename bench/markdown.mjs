// Markdown for the bench reports (RESULTS.md, POWER.md): times as people read them, and tables.

/** `850 ms`, `1.25 s`, or `–` for no value. */
export const time = (ms) => (ms == null ? '–' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);

const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
export const row = (...cells) => `| ${cells.map(cell).join(' | ')} |`;
export const table = (head, rows) => [row(...head), row(...head.map(() => '---')), ...rows.map((r) => row(...r))].join('\n');

/** `12 / 40 (30 %)` for a `{ hits, total, percent }` rate. */
export const rate = (r) => `${r.hits} / ${r.total} (${r.percent ?? '–'} %)`;
