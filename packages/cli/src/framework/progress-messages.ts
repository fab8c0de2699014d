// The words of progress bars.
import type { MessageTable } from "./locale.js";

export const progressMessages = {
  rate: { vi: "{rate} bản ghi/giây", en: "{rate} records/s" },
} as const satisfies MessageTable;
