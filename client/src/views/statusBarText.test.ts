import { describe, expect, it } from 'vitest';
import { statusBarPresentation } from './statusBarText';
import { counts, status } from './verdictFixtures';

describe('the status bar', () => {
  it('names only the states that need attention', () => {
    const shown = statusBarPresentation({ counts: counts({ verified: 3, failed: 2, unverifiable: 1 }), status: status(), trusted: true });
    expect(shown.text).toBe('$(shield) Vouch: 2 failing · 1 unverified');
    expect(shown.ariaLabel).toBe('Vouch: 2 failing · 1 unverified');
    expect(shown.kind).toBe('attention');
    expect(shown.tooltip).toContain('3 verified · 2 failing · 0 changed · 1 unverified · 0 pending');
    expect(shown.tooltip).toContain('verification panel');
  });

  it('says all verified, or just Vouch when nothing was verified', () => {
    expect(statusBarPresentation({ counts: counts({ verified: 3, accepted: 1 }), status: status(), trusted: true }).text).toBe('$(shield) Vouch: all verified');
    expect(statusBarPresentation({ counts: counts(), status: status(), trusted: true }).text).toBe('$(shield) Vouch');
  });

  it('spins while the server runs something or a declaration is pending', () => {
    const running = statusBarPresentation({ counts: counts({ failed: 1 }), status: status({ running: 1, queued: 2 }), trusted: true });
    expect(running.text).toBe('$(loading~spin) Vouch: verifying…');
    expect(running.tooltip).toContain('Verifying 1 declaration, 2 queued');
    expect(statusBarPresentation({ counts: counts({ pending: 1 }), status: status(), trusted: true }).kind).toBe('busy');
  });

  it('is off in an untrusted workspace, whatever the last status said', () => {
    const off = statusBarPresentation({ counts: counts({ pending: 2 }), status: status({ running: 1 }), trusted: false });
    expect(off.text).toBe('$(circle-slash) Vouch: off (untrusted)');
    expect(off.tooltip).toContain('runs no code');
    // After a grant, the server's last status may still say untrusted: VS Code's trust wins.
    expect(statusBarPresentation({ counts: counts(), status: status({ trusted: false }), trusted: true }).text).toBe('$(shield) Vouch');
  });

  it('is off when verification is disabled', () => {
    expect(statusBarPresentation({ counts: counts(), status: status({ enabled: false }), trusted: true }).text).toBe('$(circle-slash) Vouch: off');
  });
});
