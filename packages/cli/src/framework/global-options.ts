// The options every command takes.
import type { OptionSpec } from "./command.js";

export const GLOBAL_OPTIONS = {
  help: {
    type: "boolean",
    short: "h",
    description: { vi: "Hiện hướng dẫn này.", en: "Show this help." },
  },
  lang: {
    type: "string",
    value: "<vi|en>",
    description: {
      vi: "Ngôn ngữ thông báo.",
      en: "Language of messages.",
    },
    default: {
      vi: "theo NDC_LANG, LC_ALL, LC_MESSAGES, LANG (vi… là tiếng Việt), nếu không thì tiếng Anh",
      en: "from NDC_LANG, LC_ALL, LC_MESSAGES, LANG (vi… is Vietnamese), else English",
    },
  },
} as const satisfies Readonly<Record<string, OptionSpec>>;
