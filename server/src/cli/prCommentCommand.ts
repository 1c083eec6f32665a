// `vouch pr-comment vouch.md`: posts the markdown report on a GitHub pull request, or updates the
// comment it posted before (found by the report's hidden marker), so a pull request has one Vouch
// comment however often it is pushed. It talks to $GITHUB_API_URL with $GITHUB_TOKEN, as the
// GitHub Action's step runs it; the pull request and repository come from the event that started
// the workflow unless given. This is the only Vouch command that uses the network.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { VouchError } from '../core/errors';
import { COMMENT_MARKER } from '../core/report/markdownReport';

export interface PrCommentOptions {
  cwd: string;
  file: string;
  repo?: string;
  pr?: number;
  env: NodeJS.ProcessEnv;
  write(text: string): void;
}

interface IssueComment {
  id: number;
  body?: string;
  html_url?: string;
}

function pullRequestNumber(env: NodeJS.ProcessEnv): number | undefined {
  if (!env.GITHUB_EVENT_PATH) return undefined;
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    const number = event.pull_request?.number ?? event.issue?.number;
    return typeof number === 'number' ? number : undefined;
  } catch {
    return undefined;
  }
}

export async function prCommentCommand(command: PrCommentOptions): Promise<number> {
  let body: string;
  try {
    body = readFileSync(path.resolve(command.cwd, command.file), 'utf8');
  } catch {
    throw new VouchError('PATH_NOT_FOUND', `no such file: ${command.file}`);
  }
  if (!body.includes(COMMENT_MARKER)) body = `${COMMENT_MARKER}\n${body}`;
  const token = command.env.GITHUB_TOKEN;
  const repo = command.repo ?? command.env.GITHUB_REPOSITORY;
  const pr = command.pr ?? pullRequestNumber(command.env);
  if (!token) throw new VouchError('INVALID_OPTION', 'GITHUB_TOKEN is not set');
  if (!repo || !/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new VouchError('INVALID_OPTION', 'no repository: set GITHUB_REPOSITORY or give --repo owner/name');
  if (!pr) throw new VouchError('INVALID_OPTION', 'no pull request: run on a pull_request event or give --pr <number>');
  const api = (command.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, '');

  const call = async (method: string, url: string, payload?: unknown): Promise<unknown> => {
    const response = await fetch(url, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        'user-agent': 'vouch-cli',
        ...(payload ? { 'content-type': 'application/json' } : {}),
      },
      body: payload ? JSON.stringify(payload) : undefined,
    });
    if (!response.ok) {
      const detail = ((await response.text()).match(/"message"\s*:\s*"([^"]*)"/) ?? [])[1];
      throw new VouchError('INVALID_OPTION', `GitHub answered ${response.status} to ${method} ${new URL(url).pathname}${detail ? `: ${detail}` : ''}`);
    }
    return response.json();
  };

  let existing: IssueComment | undefined;
  for (let page = 1; page <= 20 && !existing; page++) {
    const comments = (await call('GET', `${api}/repos/${repo}/issues/${pr}/comments?per_page=100&page=${page}`)) as IssueComment[];
    existing = comments.find((comment) => comment.body?.includes(COMMENT_MARKER));
    if (comments.length < 100) break;
  }
  const comment = existing
    ? ((await call('PATCH', `${api}/repos/${repo}/issues/comments/${existing.id}`, { body })) as IssueComment)
    : ((await call('POST', `${api}/repos/${repo}/issues/${pr}/comments`, { body })) as IssueComment);
  command.write(`${existing ? 'updated' : 'posted'} ${comment.html_url ?? `comment ${comment.id}`}\n`);
  return 0;
}
