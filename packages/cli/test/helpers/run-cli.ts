// Runs `ndc` in-process with captured output, as a user at a terminal (or not) would.
import { run } from "../../src/index.js";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunSettings {
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly isTTY?: boolean;
  readonly stdin?: AsyncIterable<string | Uint8Array>;
  readonly clock?: () => number;
  readonly columns?: number;
  readonly signal?: AbortSignal;
  /** Told of each write to stdout, as it happens. */
  readonly onStdout?: (text: string) => void;
}

/** A clock that moves a second at each reading: every progress update is drawn. */
export function steppingClock(): () => number {
  let now = 0;
  return () => {
    now += 1000;
    return now;
  };
}

/** Run `ndc` with these arguments; English unless the env says otherwise. */
export async function runCli(argv: readonly string[], settings: RunSettings = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, {
    stdout: {
      write: (text: string) => {
        stdout += text;
        settings.onStdout?.(text);
      },
    },
    stderr: { write: (text: string) => (stderr += text) },
    env: settings.env ?? {},
    cwd: settings.cwd ?? process.cwd(),
    isTTY: settings.isTTY ?? false,
    ...(settings.stdin ? { stdin: settings.stdin } : {}),
    ...(settings.clock ? { clock: settings.clock } : {}),
    ...(settings.columns ? { columns: settings.columns } : {}),
    ...(settings.signal ? { signal: settings.signal } : {}),
  });
  return { code, stdout, stderr };
}
