// The language of what the user reads: English by default, Vietnamese when asked for.

/** The languages of the CLI. */
export type Locale = "vi" | "en";

/** A text in both languages. */
export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

/** A table of texts by key, in both languages. */
export type MessageTable = Readonly<Record<string, Bilingual>>;

/** The language of a `--lang` value, or undefined when it is neither. */
export function parseLocale(value: string | undefined): Locale | undefined {
  if (value === undefined) return undefined;
  const lower = value.trim().toLowerCase();
  if (lower === "vi" || lower.startsWith("vi_") || lower.startsWith("vi-")) return "vi";
  if (lower === "en" || lower.startsWith("en_") || lower.startsWith("en-")) return "en";
  return undefined;
}

/**
 * The language from the environment: `NDC_LANG` first, then the POSIX order `LC_ALL`,
 * `LC_MESSAGES`, `LANG`. The first variable that is set decides: Vietnamese when it starts with
 * `vi`, English otherwise.
 */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): Locale {
  const explicit = parseLocale(env.NDC_LANG);
  if (explicit) return explicit;
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const value = env[name];
    if (value) return value.toLowerCase().startsWith("vi") ? "vi" : "en";
  }
  return "en";
}

/** Fill a template: `{name}` is replaced by the param `name`. */
export function fill(template: string, params?: Readonly<Record<string, string | number>>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** A text of a table in the language, filled with params. */
export function say(
  text: Bilingual,
  locale: Locale,
  params?: Readonly<Record<string, string | number>>,
): string {
  return fill(text[locale], params);
}
