import { defineConfig } from "vitest/config";

/**
 * Two projects: `unit` (pure and integration tests beside the code, no browser) and `e2e`
 * (Chromium against the built app from a real `nura serve`). `npm test` builds before running.
 */
export const config = defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: [
            "src/**/*.test.{ts,tsx}",
            "scripts/**/*.test.ts",
            "bench/**/*.test.ts",
            "test/unit/**/*.test.ts",
          ],
          environment: "node",
          setupFiles: ["test/unit/english-app.setup.ts"],
        },
      },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

// biome-ignore lint/style/noDefaultExport: Vitest loads its configuration from the default export.
export default config;
