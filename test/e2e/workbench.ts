// The workbench of a running code-server, driven by Playwright in Debian's chromium: what a person
// does (open a file, run a command, type, hover) and what they see (squiggles and the line they are
// on, hovers, CodeLens). Every wait is for a state of the page, never a fixed time.
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, FrameLocator, Locator, Page } from 'playwright-core';
import { CHROMIUM, RESULTS_DIR } from '../../scripts/e2e/paths.mjs';
import type { CodeServer } from './codeServer';

/** shared/E2E.md: flags that keep Debian's chromium headless, quiet and offline. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface WorkbenchOptions {
  /** Absolute path of the folder to open. */
  folder: string;
  /** [key, absolute path] pairs for the workbench URL's payload (extensionDevelopmentPath,
   *  extensionTestsPath). */
  payload?: [string, string][];
  /** The workbench's automation hooks, exposed before the page loads: extension tests' output
   *  (`codeAutomationLog`) and their exit code (`codeAutomationExit`). */
  onAutomationLog?: (line: string) => void;
  onAutomationExit?: (code: number) => void;
}

/** The element id VS Code gives Vouch's status-bar item (`<extension id>.<item id>`); its
 *  `aria-label` is the item's text without codicons ("Vouch: 1 failing"). */
export const VOUCH_STATUS_ITEM = '[id="vouch-dev.vouch.vouch.status"]';

/** A rectangle of the window, in CSS pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface AiEdit {
  /** The text the AI tool inserts (or replaces `replace` with). */
  text: string;
  /** Where to insert: the end of the document (default) or a 0-based position. */
  at?: 'end' | { line: number; character: number };
  replace?: { start: { line: number; character: number }; end: { line: number; character: number } };
}

let editCount = 0;

export class Workbench {
  /** Browser console messages and page errors, saved with the artifacts of a failed test. */
  readonly consoleLog: string[] = [];

  private constructor(
    readonly server: CodeServer,
    readonly browser: Browser,
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  static async open(server: CodeServer, options: WorkbenchOptions): Promise<Workbench> {
    // Chromium's crash reports and config go into the server's fresh profile, not ~/.config.
    const home = path.join(server.profileDir, 'chromium');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      env: { ...process.env, XDG_CONFIG_HOME: home, XDG_CACHE_HOME: home },
    });
    try {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      // Vouch's AI-edit tracker compares an insertion with the clipboard: let it read one.
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
      const page = await context.newPage();
      const workbench = new Workbench(server, browser, context, page);
      page.on('console', (message) => workbench.consoleLog.push(`[${message.type()}] ${message.text()}`));
      page.on('pageerror', (error) => workbench.consoleLog.push(`[pageerror] ${error.stack ?? error.message}`));
      if (options.onAutomationLog) {
        const onLog = options.onAutomationLog;
        await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
          // console.* arguments, format string first ('%s passing').
          onLog(format(...(Array.isArray(args) ? args : [args])) + (type === 'error' ? ' [error]' : ''));
        });
      }
      if (options.onAutomationExit) await page.exposeFunction('codeAutomationExit', options.onAutomationExit);
      await page.goto(server.workbenchUrl(options.folder, options.payload));
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      return workbench;
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  /** The workbench has loaded the folder: its explorer lists files. */
  async waitForExplorer(): Promise<void> {
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  }

  /** Runs a command by its palette label ("Vouch: Show Output"), as a person does: F1, type, Enter. */
  async runCommand(label: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await this.page.keyboard.type(label);
    await this.page.locator('.quick-input-list .monaco-list-row.focused', { hasText: label }).waitFor();
    await this.page.keyboard.press('Enter');
  }

  /** Opens a workspace file by its path or name through Quick Open (Ctrl+P) and waits until its
   *  editor is active. */
  async openFile(relativePath: string): Promise<Locator> {
    const name = path.basename(relativePath);
    await this.page.keyboard.press('Control+P');
    await this.page.locator('.quick-input-widget input').waitFor();
    await this.page.keyboard.type(relativePath);
    // Enter only once the list has settled on the file (it first shows recently opened ones).
    await this.page.locator('.quick-input-list .monaco-list-row.focused', { hasText: name }).waitFor();
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await this.page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
    const editor = this.activeEditor();
    await editor.locator('.view-line').first().waitFor();
    return editor;
  }

  /** The editor with focus (or the only one). */
  activeEditor(): Locator {
    return this.page.locator('.editor-group-container.active .monaco-editor').first();
  }

  /** Applies an edit the way an AI tool does: one WorkspaceEdit through the API (the driver
   *  extension's "Vouch E2E: Apply AI Edit", fed as JSON through its input box), after Vouch is
   *  active. Returns the 1-based lines the inserted text spans once the editor shows it. */
  async applyAiEdit(edit: AiEdit): Promise<{ firstLine: number; lastLine: number }> {
    const id = ++editCount;
    await this.runCommand('Vouch E2E: Apply AI Edit');
    const input = this.page.locator('.quick-input-widget input');
    await this.page.locator('.quick-input-widget', { hasText: 'the edit, as JSON' }).waitFor();
    await input.focus();
    // insertText: one input event, the whole JSON (typing it would be one event per character).
    await this.page.keyboard.insertText(JSON.stringify({ ...edit, id }));
    await this.page.keyboard.press('Enter');
    const applied = this.page.locator('.part.statusbar', { hasText: `Vouch E2E: applied edit ${id},` });
    const failed = this.page.locator('.notifications-toasts', { hasText: 'Vouch E2E:' });
    await applied.or(failed).first().waitFor({ timeout: 60_000 });
    if (await failed.isVisible()) throw new Error(`the driver extension could not apply the edit: ${await failed.innerText()}`);
    const match = /applied edit \d+, lines (\d+)-(\d+)/.exec(await applied.innerText());
    if (!match) throw new Error('the driver extension did not say which lines it changed');
    return { firstLine: Number(match[1]), lastLine: Number(match[2]) };
  }

  /** Moves the cursor of the active editor to a 1-based line and column (Ctrl+G). */
  async goTo(line: number, column = 1): Promise<void> {
    await this.page.keyboard.press('Control+G');
    await this.page.locator('.quick-input-widget input').waitFor();
    await this.page.keyboard.type(`${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /** Types into the focused editor one key at a time, as a person does. */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /** Squiggles of a severity in the active editor (only lines on screen are rendered). */
  squiggles(severity: Severity = 'error'): Locator {
    return this.activeEditor().locator(`.squiggly-${severity}`);
  }

  /** The 1-based lines (as the editor numbers them) that squiggles of a severity are on now. */
  async squiggleLines(severity: Severity = 'error'): Promise<number[]> {
    return this.activeEditor().evaluate(squiggleLinesIn, severity);
  }

  /** Waits until a squiggle of `severity` is on `line` (1-based) and returns it. */
  async waitForSquiggle(line: number, severity: Severity = 'error', timeoutMs = 60_000): Promise<Locator> {
    const index = await pollUntil(`a ${severity} squiggle on line ${line}`, async () => {
      const at = (await this.squiggleLines(severity)).indexOf(line);
      return at === -1 ? undefined : at;
    }, timeoutMs);
    return this.squiggles(severity).nth(index);
  }

  /** Waits until no squiggle of `severity` is left in the active editor. */
  async waitForNoSquiggle(severity: Severity = 'error', timeoutMs = 60_000): Promise<void> {
    await this.squiggles(severity).first().waitFor({ state: 'detached', timeout: timeoutMs });
  }

  /** Hovers the middle of `target` (a squiggle: the text it underlines) and returns the hover's text. */
  async hover(target: Locator): Promise<string> {
    const box = await target.boundingBox();
    if (!box) throw new Error('nothing to hover: the target is not on screen');
    // The squiggle is drawn under the text layer, so move the mouse there rather than `hover()`
    // the element, which Playwright would find covered.
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    const hover = this.page.locator('.monaco-hover:not(.hidden)').filter({ hasText: /\S/ }).last();
    await hover.waitFor();
    // Let the fade-in finish, so that a screenshot shows the hover as a person reads it.
    await hover.evaluate((element) => {
      const widget = element.closest('.monaco-resizable-hover') ?? element;
      const finite = widget.getAnimations({ subtree: true }).filter((animation) => animation.effect?.getTiming().iterations !== Infinity);
      return Promise.all(finite.map((animation) => animation.finished));
    });
    return hover.innerText();
  }

  /** Waits for a CodeLens of the active editor whose text matches, and returns its text. */
  async waitForCodeLens(text: RegExp, timeoutMs = 60_000): Promise<string> {
    const lens = this.activeEditor().locator('.codelens-decoration a', { hasText: text }).first();
    await lens.waitFor({ timeout: timeoutMs });
    return lens.innerText();
  }

  /** Every CodeLens text of the active editor now. */
  async codeLenses(): Promise<string[]> {
    return this.activeEditor().locator('.codelens-decoration a').allInnerTexts();
  }

  /** Shows an activity-bar view container ("Vouch") in the side bar, as a click on its icon does
   *  (a second click would hide it again, so only when it is not shown already). Returns the side bar. */
  async openViewContainer(title: string): Promise<Locator> {
    const sidebar = this.page.locator('.part.sidebar');
    const heading = sidebar.locator('.composite.title h2', { hasText: new RegExp(`^${escapeRegExp(title)}$`, 'i') });
    if (!(await heading.isVisible())) await this.page.locator(`.part.activitybar [aria-label^="${title}"]`).first().click();
    await heading.waitFor();
    return sidebar;
  }

  /** The status-bar item whose text matches (codicons are not text). */
  statusBarItem(text: RegExp): Locator {
    return this.page.locator('.part.statusbar .statusbar-item', { hasText: text });
  }

  /** The page inside a webview (a view's or an editor's) whose outer frame has this title, or the only one. */
  webview(title?: string): FrameLocator {
    const outer = title === undefined ? 'iframe.webview' : `iframe.webview[title="${title}"]`;
    return this.page.frameLocator(outer).frameLocator('iframe#active-frame');
  }

  /** Opens the quick fixes at the cursor (Ctrl+.), runs the one whose title matches, and waits
   *  until the menu is gone. Returns every title the menu offered. */
  async quickFix(title: RegExp): Promise<string[]> {
    await this.page.keyboard.press('Control+.');
    const menu = this.page.locator('.action-widget');
    const item = menu.locator('.monaco-list-row.action', { hasText: title }).first();
    await item.waitFor();
    const offered = await menu.locator('.monaco-list-row.action').allInnerTexts();
    // With the keyboard, as the menu is made for (a pointer block covers it from mouse clicks
    // until the mouse moves): down to the row, then Enter.
    const focused = menu.locator('.monaco-list-row.action.focused');
    for (let step = 0; !(await focused.filter({ hasText: title }).isVisible()); step++) {
      if (step > offered.length) throw new Error(`the quick fix menu never focused ${title}: ${offered.join(' | ')}`);
      const before = await focused.getAttribute('data-index');
      await this.page.keyboard.press('ArrowDown');
      await menu.locator(`.monaco-list-row.action.focused:not([data-index="${before}"])`).waitFor();
    }
    await this.page.keyboard.press('Enter');
    await menu.waitFor({ state: 'hidden' });
    return offered.map((text) => text.trim());
  }

  /** Drags the sash (the border a person drags to resize) along one edge of `part` by `by` pixels
   *  (right or down when positive), and waits until the part's size follows. */
  async dragSash(part: Locator, edge: 'right' | 'top' | 'bottom', by: number): Promise<void> {
    const box = await part.boundingBox();
    if (!box) throw new Error(`no sash to drag: ${part} is not on screen`);
    const vertical = edge === 'right';
    const sashes = await this.page.locator(`.monaco-sash.${vertical ? 'vertical' : 'horizontal'}:not(.disabled)`).evaluateAll((elements) =>
      elements.map((element) => {
        const rect = element.getBoundingClientRect();
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2, left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
      }));
    const line = vertical ? box.x + box.width : edge === 'top' ? box.y : box.y + box.height;
    const sash = sashes.find((s) => (vertical
      ? Math.abs(s.x - line) <= 4 && s.top < box.y + box.height && s.bottom > box.y
      : Math.abs(s.y - line) <= 4 && s.left < box.x + box.width && s.right > box.x));
    if (!sash) throw new Error(`no sash on the ${edge} edge of ${part}`);
    const [x, y] = vertical ? [sash.x, box.y + box.height / 2] : [box.x + box.width / 2, sash.y];
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(vertical ? x + by : x, vertical ? y : y + by, { steps: 8 });
    await this.page.mouse.up();
    // Away from the sash, so that it is not drawn highlighted in a screenshot.
    await this.page.mouse.move(0, 0);
    await this.page.locator('.monaco-sash.hover, .monaco-sash.active').first().waitFor({ state: 'detached' });
    const size = (b: { width: number; height: number }) => (vertical ? b.width : b.height);
    await pollUntil(`the ${edge} edge of ${part} to move`, async () => {
      const now = await part.boundingBox();
      return now && Math.abs(size(now) - size(box)) >= Math.abs(by) / 2 ? true : undefined;
    }, 5_000);
  }

  /** A screenshot of the part of the window that holds all of `targets` (elements or boxes, plus
   *  `margin` pixels, within the window) into test-results/, for the README. Returns its path. */
  async screenshotOf(name: string, targets: (Locator | Box)[], margin = 8): Promise<string> {
    const boxes = await Promise.all(targets.map(async (target) => {
      if (!('boundingBox' in target)) return target;
      const box = await target.boundingBox();
      if (!box) throw new Error(`nothing to take a screenshot of: ${target} is not on screen`);
      return box;
    }));
    const viewport = this.page.viewportSize() ?? { width: 1400, height: 900 };
    const left = Math.max(0, Math.min(...boxes.map((b) => b.x)) - margin);
    const top = Math.max(0, Math.min(...boxes.map((b) => b.y)) - margin);
    const right = Math.min(viewport.width, Math.max(...boxes.map((b) => b.x + b.width)) + margin);
    const bottom = Math.min(viewport.height, Math.max(...boxes.map((b) => b.y + b.height)) + margin);
    mkdirSync(RESULTS_DIR, { recursive: true });
    const file = path.join(RESULTS_DIR, `${name}.png`);
    await this.page.screenshot({ path: file, clip: { x: left, y: top, width: right - left, height: bottom - top } });
    return file;
  }

  /** A screenshot of the whole window into test-results/. Returns its path. */
  async screenshot(name: string): Promise<string> {
    mkdirSync(RESULTS_DIR, { recursive: true });
    const file = path.join(RESULTS_DIR, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** What a person needs to see why a test failed, into test-results/<name>/: a screenshot, the
   *  code-server log, the browser console, Vouch's output channel (vouch-output.log) and all of
   *  VS Code's logs (the extension host's and each extension's: vscode-logs/<session>/exthost1/…). */
  async saveArtifacts(name: string, extraFiles: Record<string, string> = {}): Promise<string> {
    const dir = path.join(RESULTS_DIR, name.replace(/[^\w.-]+/g, '-'));
    mkdirSync(dir, { recursive: true });
    await this.page.screenshot({ path: path.join(dir, 'screenshot.png') }).catch(() => undefined);
    writeFileSync(path.join(dir, 'code-server.log'), this.server.log());
    writeFileSync(path.join(dir, 'browser-console.log'), this.consoleLog.join('\n'));
    for (const [file, text] of Object.entries(extraFiles)) writeFileSync(path.join(dir, file), text);
    const logs = path.join(this.server.userDataDir, 'logs');
    if (existsSync(logs)) {
      cpSync(logs, path.join(dir, 'vscode-logs'), { recursive: true });
      // Vouch's output channel, at the top where it is found first.
      const vouchLog = readdirSync(logs, { recursive: true, encoding: 'utf8' }).find((file) => file.endsWith(path.join('vouch-dev.vouch', 'Vouch.log')));
      if (vouchLog) copyFileSync(path.join(logs, vouchLog), path.join(dir, 'vouch-output.log'));
    }
    return dir;
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

/** Checks `check` every 100 ms until it answers (for states the page has no single element for). */
export async function pollUntil<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await check();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** In the page: the line numbers (from the editor's gutter) beside each squiggle of a kind. */
function squiggleLinesIn(editor: Element, severity: string): number[] {
  const gutter = [...editor.querySelectorAll('.margin-view-overlays .line-numbers')].map((element) => {
    const rect = element.getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom, line: Number(element.textContent) };
  });
  return [...editor.querySelectorAll(`.squiggly-${severity}`)].map((squiggle) => {
    const rect = squiggle.getBoundingClientRect();
    const middle = rect.top + rect.height / 2;
    return gutter.find((g) => g.top <= middle && middle < g.bottom)?.line ?? -1;
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
