#!/usr/bin/env node
// The `ndc` executable: the process around `run`.
import { getEventListeners } from "node:events";
import { run } from "./run.js";

// `ndc schemas list | head` closes the pipe early: that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

// SIGINT and SIGTERM abort `io.signal`. A command that waits for it (`ndc sandbox`) closes cleanly
// and exits 0; any other command stops at once with the usual 128 + signal number, as it would
// without a handler — and so does a second signal.
const stop = new AbortController();
const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;
for (const name of ["SIGINT", "SIGTERM"] as const) {
  process.on(name, () => {
    if (stop.signal.aborted || getEventListeners(stop.signal, "abort").length === 0) {
      process.exit(SIGNAL_EXIT_CODES[name]);
    }
    stop.abort();
  });
}

run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
  isTTY: process.stderr.isTTY === true,
  ...(process.stderr.columns ? { columns: process.stderr.columns } : {}),
  signal: stop.signal,
}).then((code) => {
  // Set, not exit(): pending output to a pipe is flushed before the process ends.
  process.exitCode = code;
});
