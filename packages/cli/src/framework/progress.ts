// The progress bar of a command: on stderr, only on a terminal, unless --no-progress.
import type { CliIo } from "./cli-io.js";
import type { Locale } from "./locale.js";
import { ProgressBar } from "./progress-bar.js";

/** The option that turns progress bars off; commands with long work take it. */
export const NO_PROGRESS_OPTION = {
  type: "boolean",
  description: {
    vi: "Không hiện thanh tiến độ (chỉ hiện khi stderr là terminal).",
    en: "Do not show the progress bar (shown only when stderr is a terminal).",
  },
} as const;

/** A progress bar for this run. */
export function createProgress(
  io: CliIo,
  locale: Locale,
  settings: {
    readonly label: string;
    readonly unit: "bytes" | "items";
    readonly total?: number | undefined;
    readonly off?: boolean | undefined;
  },
): ProgressBar {
  return new ProgressBar({
    sink: io.stderr,
    enabled: io.isTTY && settings.off !== true,
    locale,
    label: settings.label,
    unit: settings.unit,
    ...(settings.total === undefined ? {} : { total: settings.total }),
    ...(io.columns === undefined ? {} : { columns: io.columns }),
    clock: io.clock ?? (() => performance.now()),
  });
}
