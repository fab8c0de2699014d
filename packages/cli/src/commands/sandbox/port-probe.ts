// Whether a port of 127.0.0.1 can be listened on, asked before the synthetic data is made (which
// takes seconds for a large population), so that a port in use is told at once.
import { createServer } from "node:net";
import { CliError } from "../../framework/cli-error.js";
import { errorCode } from "../../framework/input-file.js";
import { sandboxMessages as m } from "./sandbox-messages.js";

/** The CLI error of a failed listen on `port`. */
export function listenError(port: number, error: unknown): CliError | undefined {
  const code = errorCode(error);
  if (code === "EADDRINUSE") return new CliError("port_in_use", { port });
  if (code === "EACCES") {
    return new CliError("invalid_value", { option: "--port", expected: m.portExpected });
  }
  return undefined;
}

/** Throws `port_in_use` when the port is taken; port 0 always works. */
export async function probePort(port: number): Promise<void> {
  if (port === 0) return;
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error) => reject(listenError(port, error) ?? error));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve()));
  });
}
