import { defineConfig } from "vitest/config";
import { SummaryReporter } from "./scripts/summary-reporter.mjs";

// One vitest project per package (each package's vitest.config.ts turns on type tests), plus the
// tooling tests of scripts/.
export default defineConfig({
  test: {
    projects: ["packages/*", "docs", "examples/*", "scripts"],
    reporters: ["default", new SummaryReporter()],
  },
});
