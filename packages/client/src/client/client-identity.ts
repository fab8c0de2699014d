import { NdcConfigurationError } from "../errors/ndc-configuration-error.js";

/** A segment of `VN/GOV/<agency>/<system>`: printable ASCII, no `/`, no space. */
const SEGMENT = /^[\x21-\x2e\x30-\x7e]+$/;

/**
 * `X-NDC-Client: VN/GOV/<agency>/<system>` — the agency's electronic identifier (Decision
 * 20/2020/QĐ-TTg, e.g. `000.00.00.H49`) and the name of the calling system; at most 128
 * characters, as the contract says. `agency` may also be the whole value, without `system`.
 */
export function clientIdentity(agency: string, system: string | undefined): string {
  const whole = typeof agency === "string" ? /^VN\/GOV\/([^/]+)\/([^/]+)$/.exec(agency) : null;
  const [code, name] = whole && system === undefined ? [whole[1], whole[2]] : [agency, system];
  if (
    typeof code !== "string" ||
    typeof name !== "string" ||
    !SEGMENT.test(code) ||
    !SEGMENT.test(name) ||
    `VN/GOV/${code}/${name}`.length > 128
  )
    throw new NdcConfigurationError("invalid_client_identity");
  return `VN/GOV/${code}/${name}`;
}
