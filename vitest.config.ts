import { defineConfig } from 'vitest/config';

// Two projects: `unit` is what `npm test` runs and needs no Docker;
// `cluster` starts real Kubernetes nodes and is opt-in (`npm run test:cluster`).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{specs,generators,harness,reports,cli,bench}/**/*.test.ts'],
          exclude: ['**/*.cluster.test.ts', 'node_modules/**', 'dist/**'],
        },
      },
      {
        test: {
          name: 'cluster',
          include: ['{harness,reports,cli}/**/*.cluster.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 900_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
