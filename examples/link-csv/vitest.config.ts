import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "example-link-csv",
    include: ["test/**/*.test.ts"],
  },
});
