// The extension-host suite's entry: VS Code loads this module (extensionTestsPath) inside its
// extension host and awaits run(); a rejection is exit code 1. It runs every `*.host.js` beside it
// with mocha (compiled from suite/*.host.ts by test/extension-host/build.mjs). VOUCH_HOST_GREP
// narrows the run to tests whose full title matches. VOUCH_HOST_LOG_PREFIX, when set, starts
// every line of mocha's report, so that a launcher can tell the report from the workbench's own
// console output, which arrives through the same channel.
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

const prefix = process.env.VOUCH_HOST_LOG_PREFIX;
if (prefix) Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(prefix + format(...args));

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
  if (process.env.VOUCH_HOST_GREP) mocha.grep(process.env.VOUCH_HOST_GREP);
  const files = readdirSync(__dirname).filter((file) => file.endsWith('.host.js')).sort();
  if (files.length === 0) throw new Error(`no *.host.js test files in ${__dirname}`);
  for (const file of files) mocha.addFile(path.join(__dirname, file));
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} extension-host test${failures === 1 ? '' : 's'} failed`);
}
