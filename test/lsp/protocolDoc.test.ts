// docs/protocol.md lists every custom message of shared/src/protocol.ts, and nothing else.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import * as protocol from '../../shared/src/protocol';

interface Message {
  method: string;
  kind: 'request' | 'notification';
}

function messages(): Message[] {
  const found: Message[] = [];
  for (const value of Object.values(protocol) as unknown[]) {
    if (value instanceof RequestType) found.push({ method: value.method, kind: 'request' });
    else if (value instanceof NotificationType) found.push({ method: value.method, kind: 'notification' });
  }
  return found;
}

describe('docs/protocol.md', () => {
  const doc = readFileSync(path.resolve(__dirname, '../../docs/protocol.md'), 'utf8');
  const rows = [...doc.matchAll(/^\| `(vouch\/[A-Za-z]+)` \| (request|notification) \|/gm)].map((m) => ({ method: m[1], kind: m[2] }));

  it('has one row per message, of the right kind', () => {
    const defined = messages().sort((a, b) => a.method.localeCompare(b.method));
    expect(defined.length).toBeGreaterThanOrEqual(11);
    expect(rows.sort((a, b) => a.method.localeCompare(b.method))).toEqual(defined);
  });

  it('every method name is under vouch/', () => {
    for (const { method } of messages()) expect(method).toMatch(/^vouch\/[a-z][A-Za-z]+$/);
  });
});
