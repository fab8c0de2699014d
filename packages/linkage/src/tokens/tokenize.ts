// tokenize: records to tokens, for linkage without exchanging raw identifiers.
import { NORMALIZER_VERSION } from "@ndcvn/validators";
import type { RecordInput } from "../engine/inputs.js";
import { preparePlan, sourceNames } from "../engine/prepare.js";
import { NormalisedSource } from "../normalise/normalised-source.js";
import type { LinkageSpec } from "../spec/spec.js";
import {
  deriveKey,
  keyIdOf,
  keyPurpose,
  type LinkageSecret,
  secretBytes,
  signerFor,
} from "./keys.js";
import type { TokenRecord, TokenSet } from "./token-set.js";

/** Options of {@link tokenize}. */
export interface TokenizeOptions {
  /**
   * The source the records are read as (its record id path and per-source field paths).
   * @default the spec's first source, or `records`
   */
  readonly source?: string;
}

/**
 * Tokens of records for privacy-preserving linkage: per record and pass, the HMAC-SHA256 of the
 * record's key (its normalised values), and per veto the HMAC of the value compared, each pass and
 * veto with its own key derived from `secret` (HKDF-SHA256, bound to the spec's hash). Two agencies
 * that tokenize with the same spec and secret can hand each other token sets: `link` on the two
 * sets gives exactly the links, ambiguities and unmatched records of linking the records in clear
 * text (with empty `agreed` and `key` values). The set holds record ids and tokens only.
 *
 * @example
 * ```ts
 * import { link, presets, tokenize } from "@ndcvn/linkage";
 * const secret = "a shared secret of at least 16 bytes";
 * const mine = await tokenize(myRecords, presets.vietnamesePerson, secret);
 * const theirs = await tokenize(theirRecords, presets.vietnamesePerson, secret); // at the other agency
 * const result = await link(mine, theirs, presets.vietnamesePerson);
 * ```
 */
export async function tokenize(
  records: RecordInput,
  spec: LinkageSpec,
  secret: LinkageSecret,
  options: TokenizeOptions = {},
): Promise<TokenSet> {
  const plan = preparePlan(spec);
  const key = secretBytes(secret);
  const name = options.source ?? sourceNames(plan, 1, undefined)[0] ?? "records";
  const source = await NormalisedSource.read(records, plan, name);
  const passTokens: (string | null)[][] = [];
  for (const pass of plan.passes) {
    const signer = await signerFor(await deriveKey(key, keyPurpose.pass(plan.specHash, pass.name)));
    const keys = Array.from({ length: source.size }, (_, i) => source.passKey(pass.index, i));
    passTokens.push(await signPresent(signer, keys));
  }
  const vetoTokens: (string | null)[][] = [];
  for (const veto of plan.vetoes) {
    const signer = await signerFor(await deriveKey(key, keyPurpose.veto(plan.specHash, veto.name)));
    const values = Array.from({ length: source.size }, (_, i) => source.vetoValue(veto.index, i));
    vetoTokens.push(await signPresent(signer, values));
  }
  const tokenRecords: TokenRecord[] = [];
  for (const i of source.order) {
    tokenRecords.push({
      id: source.ids[i] as string,
      keys: passTokens.map((tokens) => tokens[i] ?? null),
      vetoes: vetoTokens.map((tokens) => tokens[i] ?? null),
    });
  }
  return {
    format: "ndcvn-linkage-tokens",
    version: 1,
    specHash: plan.specHash,
    normalizerVersion: NORMALIZER_VERSION,
    keyId: await keyIdOf(key, plan.specHash),
    source: name,
    passes: plan.passes.map((pass) => pass.name),
    vetoes: plan.vetoes.map((veto) => veto.name),
    records: tokenRecords,
    statistics: source.statistics,
  };
}

async function signPresent(
  signer: { sign(messages: readonly string[]): Promise<string[]> },
  values: readonly (string | null)[],
): Promise<(string | null)[]> {
  const present = values.filter((value): value is string => value !== null);
  const signed = await signer.sign(present);
  let k = 0;
  return values.map((value) => (value === null ? null : (signed[k++] as string)));
}
