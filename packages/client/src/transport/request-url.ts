import { NdcConfigurationError } from "../errors/ndc-configuration-error.js";

/** A query or path parameter value as the contract types them. */
export type ParameterValue = string | number | boolean | readonly (string | number)[] | undefined;

/**
 * The URL of a call: path parameters substituted (percent-encoded, so that an ID cannot change the
 * path), the query in the contract's style — arrays comma-separated (`style: form`,
 * `explode: false`), absent values left out.
 */
export function requestUrl(
  baseUrl: string,
  template: string,
  path: Readonly<Record<string, ParameterValue>> = {},
  query: Readonly<Record<string, ParameterValue>> = {},
): string {
  const expanded = template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = path[name];
    // `.` and `..` would be dot segments, which URL parsing removes, even percent-encoded.
    if (value === undefined || value === "" || value === "." || value === "..")
      throw new NdcConfigurationError("invalid_option", `path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
  const pairs: string[] = [];
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    const text = Array.isArray(value)
      ? value.map((item) => encodeURIComponent(String(item))).join(",")
      : encodeURIComponent(String(value));
    pairs.push(`${encodeURIComponent(name)}=${text}`);
  }
  return `${baseUrl}${expanded}${pairs.length > 0 ? `?${pairs.join("&")}` : ""}`;
}
