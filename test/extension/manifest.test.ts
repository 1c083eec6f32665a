// package.json is the extension's manifest: its commands and settings must match what the code
// registers and reads.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_IDS, INTERNAL_COMMANDS } from '../../client/src/commandIds';
import { PANEL_COMMAND_IDS, PANEL_CONTRIBUTIONS } from '../../client/src/panel/panelCommandIds';
import { VIEW_COMMAND_IDS } from '../../client/src/views/viewIds';
import { VIEW_CONTRIBUTIONS } from '../../client/src/views/viewContributions';
import picomatch from 'picomatch';
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

  it('contributes exactly the commands the client registers, each under category Vouch, internal ones hidden', () => {
    const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
    expect(contributed).toEqual([...COMMAND_IDS, ...VIEW_COMMAND_IDS, ...PANEL_COMMAND_IDS].sort());
    for (const command of manifest.contributes.commands) expect(command.category).toBe('Vouch');
    const hidden = manifest.contributes.menus.commandPalette.filter((m: { when: string }) => m.when === 'false').map((m: { command: string }) => m.command);
    expect(hidden.sort()).toEqual([...INTERNAL_COMMANDS, ...VIEW_COMMAND_IDS].sort());
  });

  it('carries every contribution the views and the panel declare', () => {
    const { contributes } = manifest;
    expect(contributes.viewsContainers).toEqual(VIEW_CONTRIBUTIONS.viewsContainers);
    expect(contributes.views.vouch).toEqual([...VIEW_CONTRIBUTIONS.views.vouch, ...PANEL_CONTRIBUTIONS.views.vouch]);
    expect(contributes.viewsWelcome).toEqual(VIEW_CONTRIBUTIONS.viewsWelcome);
    expect(contributes.colors).toEqual(VIEW_CONTRIBUTIONS.colors);
    for (const [menu, entries] of Object.entries(VIEW_CONTRIBUTIONS.menus)) for (const entry of entries) expect(contributes.menus[menu]).toContainEqual(entry);
  });

  it('has a walkthrough whose id the welcome view links to', () => {
    const ids = manifest.contributes.walkthroughs.map((w: { id: string }) => `${manifest.publisher}.${manifest.name}#${w.id}`);
    expect(VIEW_CONTRIBUTIONS.viewsWelcome[0].contents).toContain(encodeURIComponent(JSON.stringify([ids[0], false])));
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

  it('validates vouch.config.json with the schema it ships (completion and checks in the editor)', () => {
    expect(manifest.contributes.jsonValidation).toContainEqual({ fileMatch: 'vouch.config.json', url: './schemas/vouch-config.schema.json' });
    const schemaFile = path.resolve(__dirname, '../..', 'schemas/vouch-config.schema.json');
    expect(existsSync(schemaFile)).toBe(true);
    expect(JSON.parse(readFileSync(schemaFile, 'utf8')).title).toBe('Vouch configuration');
    // No line of .vscodeignore leaves it out of the package (`!` lines only put whole folders back).
    const ignored = readFileSync(path.resolve(__dirname, '../../.vscodeignore'), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#') && !line.startsWith('!'));
    expect(ignored.length).toBeGreaterThan(5);
    expect(ignored.filter((pattern) => picomatch(pattern, { dot: true })('schemas/vouch-config.schema.json'))).toEqual([]);
    expect(ignored.filter((pattern) => picomatch(pattern, { dot: true })('server/src/cli.ts'))).not.toEqual([]); // the check does match
  });
});
