import { defineConfig } from 'vitest/config';

// The end-to-end suite (npm run test:e2e, part of npm test): the packaged .vsix, the
// extension-host suite in code-server, and scenarios in the real workbench driven by Playwright.
// One file at a time: each starts its own code-server and chromium (about 1.3 GB together).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    exclude: ['**/node_modules/**'],
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
