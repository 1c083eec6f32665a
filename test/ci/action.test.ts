// action.yml run step by step against the pull-request fixture, with the GitHub API faked by a
// server on 127.0.0.1 that records what it is asked: Vouch is installed (here: already built),
// the base branch resolved, the reports written, the SARIF handed to code scanning's upload
// action, one pull-request comment posted and then updated, and the job failed on findings.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/gitWorkspace';
import { loadAction, runCompositeAction } from './compositeAction';
import type { ActionRun, RunContext } from './compositeAction';
import { pullRequestRepo } from './pullRequestRepo';
import type { PullRequestRepo } from './pullRequestRepo';

const ACTION_PATH = path.resolve(__dirname, '../..');
const action = loadAction(path.join(ACTION_PATH, 'action.yml'));

interface Recorded {
  method: string;
  url: string;
  authorization?: string;
  body?: any;
}

describe('the GitHub Action', () => {
  let repo: PullRequestRepo;
  let server: http.Server;
  let api: string;
  const requests: Recorded[] = [];
  const comments: { id: number; body: string; html_url: string }[] = [];
  const runner = tempFolder('vouch-action-');
  const cache = tempFolder('vouch-action-cache-');
  const summaryFile = path.join(runner, 'summary.md');

  beforeAll(async () => {
    repo = pullRequestRepo();
    server = http.createServer((request, response) => {
      let text = '';
      request.on('data', (chunk) => (text += chunk));
      request.on('end', () => {
        const body = text ? JSON.parse(text) : undefined;
        requests.push({ method: request.method!, url: request.url!, authorization: request.headers.authorization, body });
        response.setHeader('content-type', 'application/json');
        const created = /^\/repos\/acme\/shop\/issues\/7\/comments/.exec(request.url!);
        const edited = /^\/repos\/acme\/shop\/issues\/comments\/(\d+)$/.exec(request.url!);
        if (request.method === 'GET' && created) response.end(JSON.stringify(comments));
        else if (request.method === 'POST' && created) {
          const comment = { id: comments.length + 1, body: body.body, html_url: `https://github.invalid/acme/shop/pull/7#issuecomment-${comments.length + 1}` };
          comments.push(comment);
          response.statusCode = 201;
          response.end(JSON.stringify(comment));
        } else if (request.method === 'PATCH' && edited) {
          const comment = comments.find((c) => c.id === Number(edited[1]))!;
          comment.body = body.body;
          response.end(JSON.stringify(comment));
        } else {
          response.statusCode = 404;
          response.end('{"message":"Not Found"}');
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    writeFileSync(path.join(runner, 'event.json'), JSON.stringify({ pull_request: { number: 7 } }));
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    repo.remove();
  });

  const context = (inputs: Record<string, string> = {}): RunContext => ({
    inputs,
    workspace: repo.root,
    github: { action_path: ACTION_PATH, event_name: 'pull_request', token: 'test-token', base_ref: 'main' },
    env: {
      GITHUB_API_URL: api,
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_EVENT_PATH: path.join(runner, 'event.json'),
      GITHUB_BASE_REF: 'main',
      GITHUB_WORKSPACE: repo.root,
      GITHUB_STEP_SUMMARY: summaryFile,
      VOUCH_CACHE_DIR: cache,
      NO_COLOR: '1',
    },
  });
  const step = (run: ActionRun, name: string) => run.steps.find((s) => s.name === name)!;

  it('verifies the pull request, hands the SARIF to code scanning, comments once, and fails the job on findings', async () => {
    const run = await runCompositeAction(action, context());
    expect(step(run, 'Set up Node.js')).toMatchObject({ uses: 'actions/setup-node@v4', with: { 'node-version': '20' } });
    expect(step(run, 'Install Vouch').outcome).toBe('success');
    expect(step(run, 'Verify').stdout).toContain(`against the merge base of main and HEAD (${repo.mergeBase.slice(0, 10)})`);
    expect(run.outputs).toMatchObject({ 'exit-code': '1', summary: '1 failed · 1 changed · 1 unverifiable · 1 verified' });
    for (const file of ['json-file', 'sarif-file', 'junit-file', 'markdown-file']) expect(existsSync(run.outputs[file]), file).toBe(true);
    expect(path.dirname(run.outputs['sarif-file'])).toBe(path.join(repo.root, 'vouch-reports'));

    const upload = step(run, 'Upload SARIF to code scanning');
    expect(upload).toMatchObject({ outcome: 'success', uses: 'github/codeql-action/upload-sarif@v3', with: { sarif_file: run.outputs['sarif-file'], category: 'vouch' } });

    const markdown = readFileSync(run.outputs['markdown-file'], 'utf8');
    expect(requests.map((r) => `${r.method} ${r.url.split('?')[0]}`)).toEqual(['GET /repos/acme/shop/issues/7/comments', 'POST /repos/acme/shop/issues/7/comments']);
    expect(requests.every((r) => r.authorization === 'Bearer test-token')).toBe(true);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toBe(markdown);
    expect(step(run, 'Comment on the pull request').stdout).toContain('posted https://github.invalid/acme/shop/pull/7#issuecomment-1');
    expect(readFileSync(summaryFile, 'utf8')).toContain(markdown);

    expect(step(run, 'Fail on findings')).toMatchObject({ outcome: 'failure' });
    expect(step(run, 'Fail on findings').stdout).toContain('::error::Vouch: 1 failed · 1 changed · 1 unverifiable · 1 verified');
    expect(run.failed).toBe(true);
  });

  it('pushed again: the same comment is updated, and fail-on none lets the job pass', async () => {
    requests.length = 0;
    const run = await runCompositeAction(action, context({ 'fail-on': 'none', 'setup-node': 'false', paths: 'src/text.ts' }));
    expect(step(run, 'Set up Node.js').outcome).toBe('skipped');
    expect(run.outputs['exit-code']).toBe('0');
    expect(run.outputs.summary).toBe('1 failed · 1 verified');
    expect(requests.map((r) => `${r.method} ${r.url.split('?')[0]}`)).toEqual(['GET /repos/acme/shop/issues/7/comments', 'PATCH /repos/acme/shop/issues/comments/1']);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('### Vouch: 1 failed · 1 verified');
    expect(step(run, 'Fail on findings').outcome).toBe('skipped');
    expect(run.failed).toBe(false);
  });

  it('a sharded job uploads under its own category and leaves the comment to the merge job', async () => {
    requests.length = 0;
    const run = await runCompositeAction(action, context({ shard: '2/2', 'setup-node': 'false', 'fail-on': 'none' }));
    expect(step(run, 'Upload SARIF to code scanning').with).toMatchObject({ category: 'vouch-shard-2/2' });
    expect(step(run, 'Comment on the pull request').outcome).toBe('skipped');
    expect(requests).toEqual([]);
    expect(JSON.parse(readFileSync(run.outputs['json-file'], 'utf8')).shard).toEqual({ index: 2, count: 2, total: 4 });
  });
});
