import { describe, expect, it } from 'vitest';
import { escapeHtml } from './html';
import { buildPanelModel, type PanelInput } from './panelModel';
import { renderPanel, type PanelPage } from './renderPanel';
import { FILE_URI, RELATIVE_PATH, acceptedTax, changedDiscount, failedTotal, fileVerdicts, pendingRound, unverifiableFetch, verifiedSize } from './panelFixtures';
import type { DeclarationStatus } from '../../../shared/src/protocol';

const page: PanelPage = {
  nonce: 'bm9uY2UtZm9yLXRlc3Rz',
  cspSource: "'self' vscode-webview-resource:",
  styleUri: 'vscode-webview-resource://ext/media/panel/panel.css',
  scriptUri: 'vscode-webview-resource://ext/media/panel/panel.js',
  codiconsUri: 'vscode-webview-resource://ext/media/panel/codicons/codicon.css',
};
const document = { uri: FILE_URI, relativePath: RELATIVE_PATH };

function render(input: Partial<PanelInput>): string {
  return renderPanel(buildPanelModel({ trusted: true, enabled: true, ...input }), page);
}

function renderFile(...declarations: DeclarationStatus[]): string {
  return render({ document, verdicts: fileVerdicts(declarations) });
}

/** The opening tags of every element named `tag`. */
function tags(htmlText: string, tag: string): string[] {
  return htmlText.match(new RegExp(`<${tag}\\b[^>]*>`, 'g')) ?? [];
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

describe('renderPanel', () => {
  it('sets a strict Content-Security-Policy with the nonce, and loads only the extension’s own files', () => {
    const out = renderFile(failedTotal);
    const [meta] = tags(out, 'meta').filter((m) => m.includes('Content-Security-Policy'));
    expect(attribute(meta, 'content')).toBe(
      escapeHtml(`default-src 'none'; style-src ${page.cspSource} 'nonce-${page.nonce}'; script-src 'nonce-${page.nonce}'; font-src ${page.cspSource}; img-src ${page.cspSource}`),
    );
    const scripts = tags(out, 'script');
    expect(scripts).toEqual([`<script nonce="${page.nonce}" src="${page.scriptUri}">`]);
    const loaded = [...tags(out, 'link'), ...scripts, ...tags(out, 'img')].map((t) => attribute(t, 'href') ?? attribute(t, 'src'));
    expect(loaded.sort()).toEqual([page.codiconsUri, page.scriptUri, page.styleUri].sort());
    expect(out).not.toMatch(/https?:\/\//);
    expect(out).not.toMatch(/\son[a-z]+=/i); // no inline event handlers
    expect(out).not.toMatch(/\sstyle=/i); // no inline styles (the policy would block them)
  });

  it('escapes what comes from user code: inputs, values, errors and names', () => {
    const out = renderFile(failedTotal);
    expect(out).toContain('total([{ price: -0, qty: 1 }], &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;)');
    expect(out).not.toContain('<script>alert(1)');
    expect(out).toContain('TypeError: Cannot read properties of undefined (reading &#39;&lt;b&gt;qty&lt;/b&gt;&#39;)');
    expect(out).not.toContain('<b>qty');
    const hostile = { ...failedTotal, qualifiedName: '"><img src=x onerror=alert(1)>' };
    const escaped = renderFile(hostile);
    expect(tags(escaped, 'img')).toEqual([]);
    expect(escaped).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  });

  it('shows a failed declaration: state icon and text, the input, the error, where, the seed and the time', () => {
    const out = renderFile(failedTotal);
    expect(out).toMatch(/<li id="decl-total" class="declaration state-failed" role="listitem" data-qualified-name="total" data-state="failed"/);
    expect(out).toMatch(/<span class="codicon codicon-error state-icon" aria-hidden="true"><\/span><span class="declaration-name">total<\/span><span class="state-label">Failed<\/span>/);
    expect(out).toContain('<code class="input">total(');
    expect(out).toContain('<dt>Where</dt><dd>cart.ts:12:5</dd>');
    expect(out).toContain('<div class="meta finding-seed"><dt>Seed</dt><dd>1234</dd></div>');
    expect(out).toContain('<div class="meta finding-time"><dt>Time</dt><dd>85 ms</dd></div>');
    expect(out).toContain('<dt>Inputs</dt><dd>3 of 200 inputs</dd>');
    expect(out).toMatch(/<details class="checks" id="decl-total-checks" open><summary>Checks: 2 of 4 passed<\/summary>/);
    expect(out).toMatch(/<li class="check check-skipped" role="listitem" data-kind="doctest" data-status="skipped">.*no @example/);
  });

  it('puts old and new side by side for a behaviour change, and expected and actual for other findings', () => {
    const out = renderFile(changedDiscount);
    expect(out).toMatch(
      /<div class="comparison" data-comparison="old-new" role="group" aria-label="Old and new, side by side">\s*<div class="side side-left old"><span class="side-label">Old<\/span><pre class="side-value"><code>50<\/code><\/pre><\/div>\s*<div class="side side-right new"><span class="side-label">New<\/span><pre class="side-value"><code>49\.99<\/code><\/pre><\/div>/,
    );
    expect(out).toContain('<code class="input">cart.discount(0.5)</code>');
    const contract = structuredClone(failedTotal);
    Object.assign(contract.verdict!.checks[0].finding!, { expected: 'number', actual: 'NaN' });
    expect(renderFile(contract)).toMatch(/data-comparison="expected-actual".*side-left expected.*<code>number<\/code>.*side-right actual.*<code>NaN<\/code>/s);
  });

  it('renders every state with its own icon and label', () => {
    const out = renderFile(pendingRound, failedTotal, changedDiscount, verifiedSize, unverifiableFetch, acceptedTax);
    const expected: [string, string, string][] = [
      ['pending', 'loading', 'Verifying…'],
      ['failed', 'error', 'Failed'],
      ['changed', 'diff', 'Behaviour changed'],
      ['verified', 'pass', 'Verified'],
      ['unverifiable', 'question', 'Unverifiable'],
      ['accepted', 'check', 'Accepted'],
    ];
    for (const [state, codicon, label] of expected) {
      expect(out).toMatch(new RegExp(`data-state="${state}"[^>]*>\\s*<h2[^>]*><span class="codicon codicon-${codicon} state-icon[^"]*" aria-hidden="true"></span><span class="declaration-name">[^<]+</span><span class="state-label">${label}</span>`));
    }
    expect(out).toContain('codicon-loading state-icon codicon-modifier-spin');
    expect(out).toContain('needs network');
    expect(out).toContain('no baseline: the file is untracked');
    expect(out).toContain('<span class="ai-badge">');
  });

  it('makes every button a real, labelled button that names its command, document and declaration', () => {
    const out = renderFile(changedDiscount, verifiedSize);
    const buttons = tags(out, 'button');
    expect(buttons.length).toBe(3 + 4 + 3);
    for (const button of buttons) {
      expect(attribute(button, 'type')).toBe('button');
      expect(attribute(button, 'aria-label')).toMatch(/\S/);
      expect(attribute(button, 'data-command')).toMatch(/^vouch\.(rerun|acceptChange|generateTests|showReport)$/);
      expect(attribute(button, 'data-uri')).toBe(FILE_URI);
      expect(attribute(button, 'id')).toMatch(/^[A-Za-z0-9_-]+$/);
    }
    const accept = buttons.find((b) => attribute(b, 'data-command') === 'vouch.acceptChange')!;
    expect(accept).toContain('id="decl-Cart-discount-acceptChange"');
    expect(accept).toContain('data-qualified-name="Cart.discount"');
    expect(accept).toContain('aria-label="Accept change of Cart.discount"');
    const fileRerun = buttons.find((b) => attribute(b, 'id') === 'file-rerun')!;
    expect(fileRerun).not.toContain('data-qualified-name');
    expect(fileRerun).toContain('icon-button');
    expect(out).toMatch(/<ul id="declarations" class="declarations" role="list" aria-label="Declarations in cart.ts">/);
    expect(tags(out, 'h1')).toHaveLength(1);
  });

  it('renders the empty states with a heading and the reason', () => {
    const none = render({});
    expect(none).toMatch(/<main id="vouch-panel" class="panel panel-empty" data-kind="empty" data-empty="no-file"/);
    expect(none).toContain('<h1 id="panel-heading" class="empty-title">No TypeScript file is active</h1>');
    expect(tags(none, 'button')).toEqual([]);
    const nothing = render({ document });
    expect(nothing).toContain('Nothing verified in this file yet');
    expect(nothing).toContain('Vouch verifies AI edits as they land — or mark a selection as an AI edit.');
    expect(tags(nothing, 'button').map((b) => attribute(b, 'id'))).toEqual(['file-generateTests']);
    const untrusted = render({ document, verdicts: fileVerdicts([failedTotal]), trusted: false });
    expect(untrusted).toContain('data-empty="untrusted"');
    expect(untrusted).toContain('Verification is off: this workspace is not trusted');
    expect(untrusted).not.toContain('decl-total');
  });

  it('falls back to text labels when the codicons are not packaged', () => {
    const out = renderPanel(buildPanelModel({ document, verdicts: fileVerdicts([failedTotal]), trusted: true, enabled: true }), { ...page, codiconsUri: undefined });
    expect(out).toContain('<body class="no-codicons">');
    expect(out).not.toContain('codicon.css');
    expect(out).toContain('<span class="action-label">Rerun</span>');
  });
});
