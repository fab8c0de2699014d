// A progress bar on stderr, redrawn in place with a carriage return. Drawn only on a terminal:
// when stderr is a file or a pipe nothing at all is written, so logs stay clean.
import type { TextSink } from "./cli-io.js";
import { formatBytes, formatNumber } from "./format-number.js";
import type { Locale } from "./locale.js";
import { say } from "./locale.js";
import { progressMessages as p } from "./progress-messages.js";
import { textWidth } from "./text-width.js";

/** Redraw at most this often: drawing every record would cost more than the work. */
const REDRAW_MS = 100;
const CLEAR_LINE = "\r\u001b[2K";

/** Options of a {@link ProgressBar}. */
export interface ProgressOptions {
  readonly sink: TextSink;
  /** Draw at all (stderr is a terminal and the user did not turn progress off). */
  readonly enabled: boolean;
  readonly locale: Locale;
  /** What is being done, e.g. `validate`. */
  readonly label: string;
  /** What `done` counts: bytes of input or items. */
  readonly unit: "bytes" | "items";
  /** The amount of the whole work, when known. */
  readonly total?: number;
  readonly columns?: number;
  readonly clock: () => number;
}

/** A progress bar: `update` as work is done, `finish` at the end (also on error). */
export class ProgressBar {
  readonly #options: ProgressOptions;
  readonly #start: number;
  #label: string;
  #lastDraw = Number.NEGATIVE_INFINITY;
  #drawn = false;
  #done = 0;
  #records = 0;

  constructor(options: ProgressOptions) {
    this.#options = options;
    this.#label = options.label;
    this.#start = options.clock();
  }

  /** Change the label (a new stage of the work). */
  stage(label: string): void {
    this.#label = label;
    this.#draw(true);
  }

  /** Work done so far: bytes or items, and records handled (for the rate). */
  update(done: number, records = done): void {
    this.#done = done;
    this.#records = records;
    this.#draw(false);
  }

  /** Clear the bar: what follows on stderr starts on a clean line. */
  finish(): void {
    if (this.#drawn) this.#options.sink.write(CLEAR_LINE);
    this.#drawn = false;
  }

  /** The text of the bar now (without the carriage return). */
  render(): string {
    const { locale, unit, total, columns = 80 } = this.#options;
    const elapsed = Math.max(1, this.#options.clock() - this.#start) / 1000;
    const rate = formatNumber(this.#records / elapsed, locale);
    const amount = (value: number) =>
      unit === "bytes" ? formatBytes(value, locale) : formatNumber(value, locale);
    const counts =
      total !== undefined && total > 0
        ? `${amount(this.#done)} / ${amount(total)}`
        : `${amount(this.#done)}`;
    const tail = `${counts}  ${say(p.rate, locale, { rate })}`;
    if (total === undefined || total <= 0) return `${this.#label}  ${tail}`;
    const fraction = Math.min(1, this.#done / total);
    const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
    const room = columns - 1 - textWidth(this.#label) - textWidth(tail) - percent.length - 6;
    const width = Math.max(10, Math.min(40, room));
    const full = Math.round(fraction * width);
    const bar = `${"█".repeat(full)}${"░".repeat(width - full)}`;
    return `${this.#label} ▕${bar}▏${percent}  ${tail}`;
  }

  #draw(force: boolean): void {
    if (!this.#options.enabled) return;
    const now = this.#options.clock();
    if (!force && now - this.#lastDraw < REDRAW_MS) return;
    this.#lastDraw = now;
    this.#drawn = true;
    this.#options.sink.write(`${CLEAR_LINE}${this.render()}`);
  }
}
