// Runs a composite action's steps the way a GitHub runner does, close enough to test action.yml
// without GitHub: inputs with their defaults, `${{ }}` expressions over inputs, github, env and
// earlier steps' outputs, `if:` with the status functions, `run:` steps in bash with
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, and the action's outputs. `uses:` steps are not run:
// they are returned with their evaluated `with:`, for the test to check.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { outputOf } from '../helpers/runCli';
import type { CliResult } from '../helpers/runCli';

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  'working-directory'?: string;
}

export interface ActionDefinition {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

export interface StepResult {
  name: string;
  outcome: 'success' | 'failure' | 'skipped';
  uses?: string;
  with?: Record<string, string>;
  stdout: string;
  stderr: string;
}

export interface ActionRun {
  steps: StepResult[];
  outputs: Record<string, string>;
  failed: boolean;
}

export interface RunContext {
  inputs: Record<string, string>;
  github: Record<string, string>;
  /** Environment of the runner (GITHUB_* and the like), added to every step's. */
  env: Record<string, string>;
  workspace: string;
}

type Scope = { inputs: Record<string, string>; github: Record<string, string>; env: Record<string, string>; steps: Record<string, { outputs: Record<string, string> }>; failed: boolean };

/** Evaluates one expression: paths, 'strings', ==, !=, &&, ||, !, (), always(), success(), failure(). */
export function evaluate(expression: string, scope: Scope): string | boolean {
  const tokens = expression.match(/'(?:[^']|'')*'|==|!=|&&|\|\||!|\(|\)|[A-Za-z_][\w.-]*(?:\(\))?/g) ?? [];
  let at = 0;
  const lookup = (name: string): string => {
    const [root, ...rest] = name.split('.');
    let value: unknown = scope[root as keyof Scope];
    for (const part of rest) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
    return value === undefined || value === null ? '' : String(value);
  };
  const truthy = (v: string | boolean) => (typeof v === 'boolean' ? v : v !== '');
  const primary = (): string | boolean => {
    const token = tokens[at++];
    if (token === '!') return !truthy(primary());
    if (token === '(') {
      const value = or();
      at++;
      return value;
    }
    if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
    if (token === 'always()') return true;
    if (token === 'success()') return !scope.failed;
    if (token === 'failure()') return scope.failed;
    if (token === 'true' || token === 'false') return token === 'true';
    return lookup(token);
  };
  const comparison = (): string | boolean => {
    let left = primary();
    while (tokens[at] === '==' || tokens[at] === '!=') {
      const op = tokens[at++];
      const right = primary();
      const equal = String(left).toLowerCase() === String(right).toLowerCase();
      left = op === '==' ? equal : !equal;
    }
    return left;
  };
  const and = (): string | boolean => {
    let left = comparison();
    while (tokens[at] === '&&') {
      at++;
      const right = comparison();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const or = (): string | boolean => {
    let left = and();
    while (tokens[at] === '||') {
      at++;
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  };
  return or();
}

function interpolate(text: string, scope: Scope): string {
  return text.replace(/\$\{\{(.*?)\}\}/g, (_, expression: string) => String(evaluate(expression.trim(), scope)));
}

function readOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([\w-]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1);
      outputs[heredoc[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i].includes('=')) {
      outputs[lines[i].slice(0, lines[i].indexOf('='))] = lines[i].slice(lines[i].indexOf('=') + 1);
    }
  }
  return outputs;
}

function bash(script: string, cwd: string, env: NodeJS.ProcessEnv): Promise<CliResult> {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'vouch-step-')), 'step.sh');
  writeFileSync(file, script);
  return outputOf(spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], { cwd, env }));
}

export async function runCompositeAction(action: ActionDefinition, context: RunContext): Promise<ActionRun> {
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, context.inputs[name] ?? input.default ?? '']));
  const scope: Scope = { inputs: {}, github: context.github, env: context.env, steps: {}, failed: false };
  scope.inputs = Object.fromEntries(Object.entries(inputs).map(([name, value]) => [name, interpolate(value, scope)]));
  const steps: StepResult[] = [];
  for (const step of action.runs.steps) {
    const name = step.name ?? step.id ?? step.uses ?? 'step';
    const condition = step.if ?? 'success()';
    const guarded = /\b(always|success|failure|cancelled)\(\)/.test(condition) ? condition : `success() && (${condition})`;
    const pass = evaluate(guarded, scope);
    if (pass === false || pass === '') {
      steps.push({ name, outcome: 'skipped', stdout: '', stderr: '' });
      continue;
    }
    if (step.uses) {
      const given = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, interpolate(String(v), scope)]));
      steps.push({ name, outcome: 'success', uses: step.uses, with: given, stdout: '', stderr: '' });
      continue;
    }
    const outputFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'vouch-output-')), 'output');
    writeFileSync(outputFile, '');
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, interpolate(String(v), scope)]));
    const cwd = path.resolve(context.workspace, interpolate(step['working-directory'] ?? '.', scope));
    const result = await bash(interpolate(step.run ?? '', scope), cwd, { ...process.env, ...context.env, ...stepEnv, GITHUB_OUTPUT: outputFile });
    if (step.id) scope.steps[step.id] = { outputs: readOutputs(outputFile) };
    if (result.code !== 0) scope.failed = true;
    steps.push({ name, outcome: result.code === 0 ? 'success' : 'failure', stdout: result.stdout, stderr: result.stderr });
  }
  const outputs = Object.fromEntries(Object.entries(action.outputs).map(([name, output]) => [name, interpolate(output.value, scope)]));
  return { steps, outputs, failed: scope.failed };
}

export function loadAction(file: string): ActionDefinition {
  return parse(readFileSync(file, 'utf8')) as ActionDefinition;
}
