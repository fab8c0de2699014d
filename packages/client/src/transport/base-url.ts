import { NdcConfigurationError } from "../errors/ndc-configuration-error.js";

/** Loopback hosts: 127.0.0.0/8, ::1 and localhost (RFC 6761 §6.3 reserves it for loopback). */
function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost") || host === "[::1]") return true;
  const octets = host.split(".");
  return (
    octets.length === 4 &&
    octets[0] === "127" &&
    octets.every((octet) => /^\d{1,3}$/.test(octet) && Number(octet) <= 255)
  );
}

/**
 * The base URL of the API, checked: absolute `https://` (or `http://` on loopback only), without
 * credentials, query or fragment; returned without a trailing slash so that paths append to it.
 */
export function checkBaseUrl(baseUrl: string, what = "baseUrl"): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new NdcConfigurationError("invalid_base_url", what);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new NdcConfigurationError("invalid_base_url", `${what}: ${url.protocol}`);
  if (url.username || url.password || url.search || url.hash)
    throw new NdcConfigurationError("invalid_base_url", what);
  if (url.protocol === "http:" && !isLoopback(url.hostname))
    throw new NdcConfigurationError("insecure_base_url", `${what}: http://${url.hostname}`);
  return url.href.replace(/\/+$/, "");
}
