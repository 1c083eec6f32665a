// The verification panel's whole page, from its view model: a strict Content-Security-Policy with a
// nonce, the stylesheets and the one script served from the extension's media/ folder, and the
// body (an empty state, or the file's declarations). Pure: no `vscode`, so it is unit-tested.
import { html, icon, type SafeHtml } from './html';
import type { EmptyReason, PanelModel } from './panelModel';
import { renderAction, renderDeclaration } from './renderDeclaration';

/** Where the page's resources are, as webview URIs (`webview.asWebviewUri`), and its nonce. */
export interface PanelPage {
  /** A fresh random value per render; only the script and styles that carry it run. */
  nonce: string;
  /** `webview.cspSource`. */
  cspSource: string;
  styleUri: string;
  scriptUri: string;
  /** codicon.css (the font beside it); absent when the codicons were not packaged. */
  codiconsUri?: string;
}

const EMPTY_ICONS: Record<EmptyReason, string> = {
  'no-file': 'file-code',
  'nothing-verified': 'sparkle',
  untrusted: 'workspace-untrusted',
  disabled: 'circle-slash',
};

export function contentSecurityPolicy(page: Pick<PanelPage, 'nonce' | 'cspSource'>): string {
  const { nonce, cspSource } = page;
  return [
    "default-src 'none'",
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `font-src ${cspSource}`,
    `img-src ${cspSource}`,
  ].join('; ');
}

export function renderPanel(model: PanelModel, page: PanelPage): string {
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(page)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${page.codiconsUri ? html`<link rel="stylesheet" href="${page.codiconsUri}" nonce="${page.nonce}">` : ''}
<link rel="stylesheet" href="${page.styleUri}" nonce="${page.nonce}">
<title>Vouch verification</title>
</head>
<body class="${page.codiconsUri ? 'has-codicons' : 'no-codicons'}">
${renderBody(model)}
<script nonce="${page.nonce}" src="${page.scriptUri}"></script>
</body>
</html>
`.value;
}

/** The `<main>` element alone: what tests and the page share. */
export function renderBody(model: PanelModel): SafeHtml {
  if (model.kind === 'empty') {
    const uri = model.uri ?? '';
    return html`<main id="vouch-panel" class="panel panel-empty" data-kind="empty" data-empty="${model.reason}" data-uri="${model.uri}" aria-labelledby="panel-heading">
<section class="empty-state" id="${`empty-${model.reason}`}">
${icon(EMPTY_ICONS[model.reason], 'empty-icon')}
<h1 id="panel-heading" class="empty-title">${model.title}</h1>
<p class="empty-detail">${model.detail}</p>
${model.fileName ? html`<p class="file-path">${model.fileName}</p>` : ''}
${model.actions.length ? html`<div class="actions file-actions">${model.actions.map((a) => renderAction(a, uri, 'file'))}</div>` : ''}
</section>
</main>`;
  }
  return html`<main id="vouch-panel" class="panel" data-kind="file" data-uri="${model.uri}" aria-labelledby="panel-heading">
<header class="file-header">
<div class="file-title">
<h1 id="panel-heading" class="file-name">${model.fileName}</h1>
<div class="actions file-actions">${model.actions.map((a) => renderAction(a, model.uri, 'file', true))}</div>
</div>
${model.relativePath !== model.fileName ? html`<p class="file-path">${model.relativePath}</p>` : ''}
<p id="file-summary" class="file-summary">${model.summary}</p>
</header>
<ul id="declarations" class="declarations" role="list" aria-label="${`Declarations in ${model.fileName}`}">
${model.declarations.map((d) => renderDeclaration(d, model.uri))}
</ul>
</main>`;
}
