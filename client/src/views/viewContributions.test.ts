// The views' package.json entries agree with the code: commands, context values, context keys,
// colours and the media files they name.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_IDS } from '../commandIds';
import { AI_EDIT_GROUPS, gutterIconFile } from './aiRangeGroups';
import { buildResultsTree } from './resultsTreeModel';
import type { FileNode } from './resultsTreeModel';
import { DEMO_WALKTHROUGH, VIEW_CONTRIBUTIONS } from './viewContributions';
import { AI_EDIT_COLORS, CONTEXT_KEYS, VIEW_COMMANDS, VIEW_COMMAND_IDS } from './viewIds';
import { check, declaration, file } from './verdictFixtures';

const root = path.resolve(__dirname, '../../..');
const itemMenus = VIEW_CONTRIBUTIONS.menus['view/item/context'];

/** The commands whose item menus show for a context value (evaluating `viewItem =~ /re/`). */
function commandsFor(contextValue: string): string[] {
  const shown = itemMenus.filter((menu) => {
    const [, source] = /viewItem =~ \/(.*)\/$/.exec(menu.when) ?? [];
    return source !== undefined && new RegExp(source).test(contextValue);
  });
  return [...new Set(shown.map((menu) => menu.command))].sort();
}

describe('the views contributions', () => {
  it('contribute exactly the view commands, under category Vouch with icons, hidden from the palette', () => {
    expect(VIEW_CONTRIBUTIONS.commands.map((c) => c.command).sort()).toEqual([...VIEW_COMMAND_IDS].sort());
    for (const command of VIEW_CONTRIBUTIONS.commands) {
      expect(command.category).toBe('Vouch');
      expect(command.icon).toMatch(/^\$\([a-z-]+\)$/);
    }
    expect(VIEW_CONTRIBUTIONS.menus.commandPalette).toEqual(VIEW_COMMAND_IDS.map((command) => ({ command, when: 'false' })));
  });

  it('only name commands that exist', () => {
    const known = new Set<string>([...COMMAND_IDS, ...VIEW_COMMAND_IDS]);
    for (const menu of [...itemMenus, ...VIEW_CONTRIBUTIONS.menus['view/title']]) expect(known, menu.command).toContain(menu.command);
    const links = VIEW_CONTRIBUTIONS.viewsWelcome.flatMap((w) => [...w.contents.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]!));
    expect(links).toEqual(['workbench.action.openWalkthrough', 'vouch.markSelectionAsAiEdit', 'workbench.trust.manage']);
  });

  it('show each item action where it applies, by the context values the tree sets', () => {
    const tree = buildResultsTree([file([
      declaration('changedExported', 0, 2, { state: 'changed' }),
      declaration('verifiedLocal', 3, 5, {}, { declaration: { ...declaration('x', 0, 1).verdict!.declaration, exported: false }, checks: [check({ kind: 'crash', status: 'failed' })] }),
    ])], { relativePath: (u) => u, trusted: true });
    const [summary, cart] = tree as [typeof tree[0], FileNode];
    const [changed, verified] = cart.children;
    expect(commandsFor(summary!.contextValue)).toEqual([VIEW_COMMANDS.rerun]);
    expect(commandsFor(cart.contextValue)).toEqual([VIEW_COMMANDS.rerun, VIEW_COMMANDS.showReport]);
    expect(commandsFor(changed!.contextValue)).toEqual([VIEW_COMMANDS.acceptChange, VIEW_COMMANDS.generateTests, VIEW_COMMANDS.rerun, VIEW_COMMANDS.showReport]);
    expect(commandsFor(verified!.contextValue)).toEqual([VIEW_COMMANDS.rerun, VIEW_COMMANDS.showReport]);
    expect(commandsFor(verified!.children[0]!.contextValue)).toEqual([]);
  });

  it('shows the welcome views by the context keys the views set', () => {
    const [empty, untrusted] = VIEW_CONTRIBUTIONS.viewsWelcome;
    expect(empty!.when).toBe(`!${CONTEXT_KEYS.hasResults} && !${CONTEXT_KEYS.untrusted}`);
    expect(untrusted!.when).toBe(CONTEXT_KEYS.untrusted);
    const link = /command:workbench\.action\.openWalkthrough\?([^)]+)\)/.exec(empty!.contents)![1]!;
    expect(JSON.parse(decodeURIComponent(link))).toEqual([DEMO_WALKTHROUGH, false]);
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(DEMO_WALKTHROUGH.startsWith(`${manifest.publisher}.${manifest.name}#`)).toBe(true);
  });

  it('define the decoration colours for every theme kind', () => {
    expect(VIEW_CONTRIBUTIONS.colors.map((c) => c.id)).toEqual(Object.values(AI_EDIT_COLORS));
    for (const color of VIEW_CONTRIBUTIONS.colors) {
      expect(Object.keys(color.defaults).sort()).toEqual(['dark', 'highContrast', 'highContrastLight', 'light']);
      for (const value of Object.values(color.defaults)) expect(value).toMatch(/^#[0-9A-F]{6}([0-9A-F]{2})?$/);
    }
  });

  it('name media files that exist and are SVG', () => {
    const files = [
      VIEW_CONTRIBUTIONS.viewsContainers.activitybar[0]!.icon,
      ...AI_EDIT_GROUPS.flatMap((group) => (['head', 'bar'] as const).flatMap((part) => (['light', 'dark'] as const).map((theme) => gutterIconFile(group, part, theme)))),
    ];
    for (const file of files) {
      expect(existsSync(path.join(root, file)), file).toBe(true);
      expect(readFileSync(path.join(root, file), 'utf8'), file).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* viewBox="0 0 (16 16|24 24)"/);
    }
  });
});
