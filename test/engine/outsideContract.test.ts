// A new crash on an input where the old version answered outside its own return type (undefined
// from a `string` function) is a change of behaviour to review, not a new crash.
import { describe, expect, it } from 'vitest';
import { failedCheck, useEngine } from '../helpers/engineHarness';

const { verifyEdit } = useEngine();

const weekday = (body: string) =>
  `const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;\n\nexport function weekdayName(date: Date): string {\n  return ${body};\n}\n`;

describe('crashes where the old version broke its contract', () => {
  it('are reported as a behaviour change (undefined → throws), not as a crash', async () => {
    const { verdict } = await verifyEdit({ 'src/days.ts': weekday('WEEKDAYS[date.getUTCDay()]') }, { 'src/days.ts': weekday('WEEKDAYS[date.getUTCDay()].slice(0, 3)') });
    const result = verdict('weekdayName');
    expect(result.state).toBe('changed');
    expect(result.checks.find((c) => c.kind === 'crash')?.status).toBe('passed');
    expect(result.notes.join('\n')).toMatch(/a crash where the old version answered outside its return type/);
  });

  it('the behaviour change names the input where the old version returned undefined', async () => {
    const { verdict } = await verifyEdit({ 'src/days.ts': weekday('WEEKDAYS[date.getUTCDay()]') }, { 'src/days.ts': weekday("Number.isNaN(date.getTime()) ? WEEKDAYS[date.getUTCDay()].slice(0, 3) : WEEKDAYS[date.getUTCDay()]") });
    const result = verdict('weekdayName');
    expect(result.state).toBe('changed');
    const change = failedCheck(result, 'behavior-change');
    expect(change.new).toMatch(/^throws TypeError/);
  });

  it('a crash where the old version answered properly is still a crash', async () => {
    const { verdict } = await verifyEdit({ 'src/days.ts': weekday("WEEKDAYS[date.getUTCDay()] ?? ''") }, { 'src/days.ts': weekday('WEEKDAYS[date.getUTCDay()].slice(0, 3)') });
    expect(failedCheck(verdict('weekdayName'), 'crash').error?.name).toBe('TypeError');
  });
});
