// What the status-bar item says, from the counts, the server's status and workspace trust. No
// `vscode` here; statusBar.ts shows it.
import type { StatusParams, VerdictCounts } from '../../../shared/src/protocol';
import { countText, plural, summaryText } from './stateText';

export interface StatusBarInput {
  counts: VerdictCounts;
  status: StatusParams;
  /** Workspace Trust as VS Code has it now. */
  trusted: boolean;
}

export interface StatusBarPresentation {
  /** With codicons: "$(shield) Vouch: 2 failing · 1 unverified". */
  text: string;
  /** Markdown. */
  tooltip: string;
  /** For screen readers: the text without codicons. */
  ariaLabel: string;
  /** What the item shows, for tests and styling. */
  kind: 'off' | 'busy' | 'attention' | 'clean' | 'idle';
}

/** The states worth a word in the status bar, in order. */
const INTERESTING = ['failed', 'changed', 'unverifiable'] as const;

function running(status: StatusParams): string {
  const parts: string[] = [];
  if (status.running > 0) parts.push(`verifying ${plural(status.running, 'declaration')}`);
  if (status.queued > 0) parts.push(`${status.queued} queued`);
  return parts.join(', ');
}

function tooltipOf(input: StatusBarInput, headline: string): string {
  const lines = [`**Vouch**: ${headline}`, '', summaryText(input.counts)];
  const busy = running(input.status);
  if (busy) lines.push('', busy.charAt(0).toUpperCase() + busy.slice(1));
  lines.push('', 'Click to open the verification panel.');
  return lines.join('\n');
}

function withoutIcons(text: string): string {
  return text.replace(/\$\([^)]*\)\s*/g, '');
}

export function statusBarPresentation(input: StatusBarInput): StatusBarPresentation {
  const { counts, status } = input;
  const done = (kind: StatusBarPresentation['kind'], text: string, headline: string, tooltip?: string): StatusBarPresentation => ({
    kind, text, ariaLabel: withoutIcons(text), tooltip: tooltip ?? tooltipOf(input, headline),
  });
  // VS Code's trust, not the server's last status: after a grant the server may have nothing to report.
  if (!input.trusted) {
    return done('off', '$(circle-slash) Vouch: off (untrusted)', 'off',
      '**Vouch** is off: this workspace is not trusted, so Vouch runs no code (AI edits are still marked).\n\nClick to open the verification panel.');
  }
  if (!status.enabled) return done('off', '$(circle-slash) Vouch: off', 'off', '**Vouch** is off (`vouch.enable` is false).');
  if (status.running > 0 || counts.pending > 0) return done('busy', '$(loading~spin) Vouch: verifying…', 'verifying…');
  const interesting = INTERESTING.filter((state) => counts[state] > 0).map((state) => countText(counts, state));
  if (interesting.length > 0) {
    const headline = interesting.join(' · ');
    return done('attention', `$(shield) Vouch: ${headline}`, headline);
  }
  if (counts.verified + counts.accepted > 0) return done('clean', '$(shield) Vouch: all verified', 'all verified');
  return done('idle', '$(shield) Vouch', 'nothing verified yet', '**Vouch**: nothing verified yet.\n\nClick to open the verification panel.');
}
