// The spec hash every result carries: which spec made it, whatever the formatting.
import { sha256Hex } from "../crypto/sha256.js";
import { canonicalJson } from "./canonical-json.js";
import type { LinkageSpec } from "./spec.js";

/**
 * The SHA-256 (hex, prefixed `sha256:`) of the canonical JSON of a spec (keys sorted, no white
 * space): the same for the same spec however it is formatted.
 *
 * @example
 * ```ts
 * import { presets, specHash } from "@ndcvn/linkage";
 * specHash(presets.vietnamesePerson); // "sha256:…"
 * ```
 */
export function specHash(spec: LinkageSpec): string {
  return `sha256:${sha256Hex(canonicalJson(spec))}`;
}
