import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", "admin-units": "src/admin-units-entry.ts" },
  format: ["esm", "cjs"],
  dts: true,
  splitting: true,
  sourcemap: false,
  clean: true,
  target: "es2022",
  platform: "neutral",
  treeshake: true,
});
