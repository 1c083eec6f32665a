// package.json is the extension's manifest: its commands and settings must match what the code
// registers and reads.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_IDS, INTERNAL_COMMANDS } from '../../client/src/commandIds';
import { DEFAULT_SETTINGS } from '../../shared/src/settings';

const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'));

describe('the manifest', () => {
  it('names the extension and targets the VS Code that code-server 4.100 runs', () => {
    expect(manifest.name).toBe('vouch');
    expect(manifest.displayName).toBe('Vouch');
    expect(manifest.engines.vscode).toBe('^1.100.0');
    expect(manifest.capabilities.untrustedWorkspaces.supported).toBe('limited');
    expect(manifest.bin.vouch).toBe('./bin/vouch.js');
  });

  it('contributes exactly the commands the client registers, each under category Vouch', () => {
    const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
    expect(contributed).toEqual([...COMMAND_IDS].sort());
    for (const command of manifest.contributes.commands) expect(command.category).toBe('Vouch');
    const hidden = manifest.contributes.menus.commandPalette.filter((m: { when: string }) => m.when === 'false').map((m: { command: string }) => m.command);
    expect(hidden.sort()).toEqual([...INTERNAL_COMMANDS].sort());
  });

  it('declares every setting of the shared settings type, with its default and a markdown description', () => {
    const properties = manifest.contributes.configuration.properties as Record<string, { default: unknown; markdownDescription?: string; scope?: string }>;
    const keys = Object.keys(properties).filter((k) => k !== 'vouch.trace.server').map((k) => k.replace(/^vouch\./, ''));
    expect(keys.sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) expect(properties[`vouch.${key}`].default).toEqual(value);
    for (const [key, property] of Object.entries(properties)) {
      expect(property.markdownDescription, key).toMatch(/\S/);
      expect(property.scope, key).toBe(key === 'vouch.trace.server' ? 'window' : 'resource');
    }
  });
});
