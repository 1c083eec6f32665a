import { defineConfig } from 'vitest/config';

// Vouch's own tests. The fixtures' suites (test-fixtures/**) are workspaces Vouch verifies, never
// run directly here.
export default defineConfig({
  test: {
    include: ['server/src/**/*.test.ts', 'client/src/**/*.test.ts', 'shared/src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'dist/**', 'test-fixtures/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
