#!/usr/bin/env node
// The `ndc` executable: the process around `run`.
import { run } from "./run.js";

// `ndc schemas list | head` closes the pipe early: that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
  isTTY: process.stderr.isTTY === true,
  ...(process.stderr.columns ? { columns: process.stderr.columns } : {}),
}).then((code) => {
  // Set, not exit(): pending output to a pipe is flushed before the process ends.
  process.exitCode = code;
});
