import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The end-to-end tests spawn the built binary; on a loaded 2-core machine a few
    // processes in one test can take longer than vitest's default of 5 seconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
