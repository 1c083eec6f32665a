// Messages from the panel's webview. The page sends only `{ command, uri, qualifiedName? }`, and the
// extension runs one only when the panel offers that very action right now: a known command, on the
// file shown, for a declaration shown (or the whole file). Anything else is rejected with a reason.
import { PANEL_COMMANDS, type PanelCommandId } from './panelCommandIds';
import type { ActionView, PanelModel } from './panelModel';

export interface PanelMessage {
  command: PanelCommandId;
  uri: string;
  /** The declaration; absent for a file-level action. */
  qualifiedName?: string;
}

export type ParsedPanelMessage = { ok: true; message: PanelMessage } | { ok: false; reason: string };

const KEYS = new Set(['command', 'uri', 'qualifiedName']);

export function isPanelCommand(value: unknown): value is PanelCommandId {
  return typeof value === 'string' && (PANEL_COMMANDS as readonly string[]).includes(value);
}

/** Every action the model offers, file-level and per declaration. */
export function offeredActions(model: PanelModel): ActionView[] {
  if (model.kind === 'empty') return model.actions;
  return [...model.actions, ...model.declarations.flatMap((d) => d.actions)];
}

export function parsePanelMessage(data: unknown, model: PanelModel): ParsedPanelMessage {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return reject('not an object');
  const record = data as Record<string, unknown>;
  const extra = Object.keys(record).filter((k) => !KEYS.has(k));
  if (extra.length > 0) return reject(`unexpected field ${extra.map((k) => JSON.stringify(k)).join(', ')}`);
  const { command, uri, qualifiedName } = record;
  if (!isPanelCommand(command)) return reject(`unknown command ${describe(command)}`);
  if (typeof uri !== 'string') return reject('no document');
  if (qualifiedName !== undefined && typeof qualifiedName !== 'string') return reject('the declaration is not a name');
  if (model.uri === undefined || uri !== model.uri) return reject(`${uri} is not the document shown`);
  const offered = offeredActions(model).some((a) => a.command === command && a.qualifiedName === qualifiedName);
  if (!offered) return reject(`${command} is not offered for ${qualifiedName ?? 'the file'} now`);
  return { ok: true, message: qualifiedName === undefined ? { command, uri } : { command, uri, qualifiedName } };
}

function reject(reason: string): ParsedPanelMessage {
  return { ok: false, reason };
}

function describe(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : typeof value;
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
