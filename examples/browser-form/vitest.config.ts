import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "example-browser-form",
    include: ["test/**/*.test.ts"],
    // Building the page and starting Chromium take longer than the default 5 s.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
