// Entry of dist/cli.js, the `vouch` command.
import { runCli } from './cli/program';

declare const VOUCH_VERSION: string;

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTty: Boolean(process.stdout.isTTY),
  env: process.env,
}, typeof VOUCH_VERSION === 'string' ? VOUCH_VERSION : '0.0.0').then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`vouch: internal error: ${String(error)}\n`);
    process.exitCode = 2;
  },
);
