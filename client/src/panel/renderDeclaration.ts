// One declaration of the panel as HTML: its state, its actions, its counterexamples (the two answers
// side by side) and the checks that ran. Pure; every text goes through the escaping `html` tag.
import { html, icon, join, type SafeHtml } from './html';
import type { ActionView, CheckView, DeclarationView, FindingView } from './panelModel';

/** States whose checks are shown unfolded: the ones a person has to look at. */
const OPEN_CHECKS = new Set(['failed', 'changed', 'unverifiable']);

/**
 * A button that runs one of the panel's commands; panel.js reads only its data attributes. An
 * icon-only button keeps its label in the page (shown when the codicons are missing).
 */
export function renderAction(action: ActionView, uri: string, idPrefix: string, iconOnly = false): SafeHtml {
  const id = `${idPrefix}-${action.command.replace(/^vouch\./, '')}`;
  const kind = action.command === 'vouch.acceptChange' ? 'primary' : 'secondary';
  return html`<button type="button" id="${id}" class="${`action action-${kind}${iconOnly ? ' icon-button' : ''}`}" data-command="${action.command}" data-uri="${uri}"${action.qualifiedName === undefined ? '' : html` data-qualified-name="${action.qualifiedName}"`} aria-label="${action.ariaLabel}" title="${action.ariaLabel}">${icon(action.icon)}<span class="action-label">${action.label}</span></button>`;
}

export function renderDeclaration(declaration: DeclarationView, uri: string): SafeHtml {
  const d = declaration;
  const heading = `${d.id}-heading`;
  const pending = d.state === 'pending';
  return html`<li id="${d.id}" class="declaration state-${d.state}" role="listitem" data-qualified-name="${d.qualifiedName}" data-state="${d.state}" aria-labelledby="${heading}">
<h2 id="${heading}" class="declaration-heading">${icon(d.icon, pending ? 'state-icon codicon-modifier-spin' : 'state-icon')}<span class="declaration-name">${d.qualifiedName}</span><span class="state-label">${d.stateLabel}</span></h2>
<p class="declaration-meta">${join(
    [
      html`<span class="declaration-line">line ${d.line}</span>`,
      d.change ? html`<span class="declaration-change">${d.change}</span>` : undefined,
      d.aiEdited ? html`<span class="ai-badge">${icon('sparkle')}AI edit</span>` : undefined,
    ],
    ' · ',
  )}</p>
<p class="declaration-summary">${d.summary}</p>
<div class="actions" id="${`${d.id}-actions`}">${d.actions.map((a) => renderAction(a, uri, d.id))}</div>
${pending ? '' : renderFindings(d)}${pending ? '' : renderChecks(d)}${renderNotes(d.notes)}
</li>`;
}

function renderFindings(d: DeclarationView): SafeHtml | undefined {
  if (d.findings.length === 0) return undefined;
  const heading = `${d.id}-findings-heading`;
  const noun = d.state === 'accepted' ? 'Accepted change' : 'Counterexample';
  const title = d.findings.length === 1 ? noun : `${noun}s (${d.findings.length})`;
  return html`<section class="findings" aria-labelledby="${heading}"><h3 id="${heading}">${title}</h3>
<ul class="finding-list" role="list">${d.findings.map(renderFinding)}</ul></section>
`;
}

function renderFinding(f: FindingView): SafeHtml {
  const c = f.comparison;
  return html`<li class="${`finding finding-${f.kind}`}" role="listitem" data-kind="${f.kind}">
<p class="finding-title"><span class="finding-kind">${f.label}</span> <span class="finding-message">${f.message}</span></p>
${f.input === undefined ? '' : html`<div class="finding-input"><span class="field-label">Input</span><pre><code class="input">${f.input}</code></pre></div>`}
${c ? html`<div class="comparison" data-comparison="${c.kind}" role="group" aria-label="${`${c.left.label} and ${c.right.label.toLowerCase()}, side by side`}">
<div class="${`side side-left ${c.kind === 'old-new' ? 'old' : 'expected'}`}"><span class="side-label">${c.left.label}</span><pre class="side-value"><code>${c.left.value}</code></pre></div>
<div class="${`side side-right ${c.kind === 'old-new' ? 'new' : 'actual'}`}"><span class="side-label">${c.right.label}</span><pre class="side-value"><code>${c.right.value}</code></pre></div>
</div>` : ''}
${f.error ? html`<p class="finding-error">${icon('error')}<code>${f.error}</code></p>` : ''}
<dl class="finding-meta">${[
    meta('Inputs', f.frequency),
    meta('Where', f.location),
    meta('Test', f.test),
    meta('Seed', f.seed === undefined ? undefined : String(f.seed), 'finding-seed'),
    meta('Replay path', f.path),
    meta('Time', f.time, 'finding-time'),
  ]}</dl>
</li>`;
}

function meta(label: string, value: string | undefined, className = ''): SafeHtml | undefined {
  if (!value) return undefined;
  return html`<div class="${`meta ${className}`.trim()}"><dt>${label}</dt><dd>${value}</dd></div>`;
}

function renderChecks(d: DeclarationView): SafeHtml | undefined {
  if (d.checks.length === 0) return undefined;
  const passed = d.checks.filter((c) => c.status === 'passed').length;
  const open = OPEN_CHECKS.has(d.state);
  return html`<details class="checks" id="${`${d.id}-checks`}"${open ? html` open` : ''}><summary>Checks: ${passed} of ${d.checks.length} passed</summary>
<ul class="check-list" role="list">${d.checks.map(renderCheck)}</ul></details>
`;
}

function renderCheck(c: CheckView): SafeHtml {
  return html`<li class="${`check check-${c.status}`}" role="listitem" data-kind="${c.kind}" data-status="${c.status}">${icon(c.icon, 'check-icon')}<span class="check-label">${c.label}</span> <span class="check-status">${c.statusLabel}</span>${c.detail ? html` · <span class="check-detail">${c.detail}</span>` : ''}</li>`;
}

function renderNotes(notes: string[]): SafeHtml | undefined {
  if (notes.length === 0) return undefined;
  return html`<ul class="notes" role="list" aria-label="Notes">${notes.map((n) => html`<li role="listitem">${icon('info')}${n}</li>`)}</ul>`;
}
