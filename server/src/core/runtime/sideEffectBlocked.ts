// The error the sandbox throws (or rejects with, or passes to a callback) when code under test
// tries a side effect, and the plain record of it that the harness reads afterwards. The check
// that hits one becomes "unverifiable: needs network" (or a process, or a file), not "failed".
import { isIPv6 } from 'node:net';

/** The families of side effects a generated test may not cause. */
export type SideEffect = 'network' | 'process' | 'exit' | 'filesystem';

export const SIDE_EFFECT_BLOCKED_CODE = 'VOUCH_SIDE_EFFECT_BLOCKED';

/** Why each family is blocked, as the second half of every message. */
const REASONS: Record<SideEffect, string> = {
  network: 'generated tests run without network access.',
  process: 'generated tests cannot start or control processes.',
  exit: 'generated tests cannot stop the test worker.',
  filesystem: "generated tests write only inside Vouch's temporary folders.",
};

/** One blocked attempt, as kept in the sandbox's record (plain data, survives structured clone). */
export interface BlockedEffect {
  effect: SideEffect;
  /** What was targeted: `example.com:443`, the command line, the absolute path. */
  detail: string;
  message: string;
}

export class SideEffectBlocked extends Error {
  override readonly name = 'SideEffectBlocked';
  readonly code = SIDE_EFFECT_BLOCKED_CODE;

  /**
   * @param action what was attempted, as the middle of a sentence: `a network request to
   *   example.com:443`, `starting the process "git status"`.
   */
  constructor(
    readonly effect: SideEffect,
    readonly detail: string,
    action: string,
  ) {
    super(`Vouch blocked ${action}: ${REASONS[effect]}`);
  }

  /** The sandbox may be loaded twice (a bundled setup file and the source the harness imports),
   *  each with its own class: `instanceof` recognises an error from either copy by its code. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof Error && (value as { code?: unknown }).code === SIDE_EFFECT_BLOCKED_CODE;
  }

  toRecord(): BlockedEffect {
    return { effect: this.effect, detail: this.detail, message: this.message };
  }
}

/** `host:port` for a message, bracketing IPv6 literals. */
export function hostAndPort(host: string, port: number | string | undefined): string {
  const shown = isIPv6(host) ? `[${host}]` : host;
  return port === undefined || port === '' ? shown : `${shown}:${port}`;
}
