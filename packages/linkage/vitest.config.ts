import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "linkage",
    include: ["test/**/*.test.ts"],
    setupFiles: ["../../scripts/fast-check-setup.ts"],
    typecheck: {
      enabled: true,
      include: ["test/**/*.test-d.ts", "test/**/*.test.ts"],
      tsconfig: "./tsconfig.json",
    },
  },
});
