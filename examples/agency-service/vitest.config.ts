import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "example-agency-service",
    include: ["test/**/*.test.ts"],
  },
});
