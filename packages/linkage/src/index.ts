// @ndcvn/linkage — deterministic, explainable multi-pass record linkage. Browser-safe: no `node:`
// import (Node's crypto is looked up at run time where it exists).

export { type DedupeOptions, dedupe } from "./engine/dedupe.js";
export type { RecordInput } from "./engine/inputs.js";
export { type LinkOptions, link } from "./engine/link.js";
export { type LinkManyOptions, linkMany } from "./engine/link-many.js";
export type { EngineTuning } from "./engine/options.js";
export type { SourceInput } from "./engine/prepare.js";
export type {
  Cluster,
  ClusterAmbiguity,
  ClusterLink,
  ClusterResult,
  Link,
  LinkAmbiguity,
  LinkResult,
  RecordRef,
  SideIds,
} from "./engine/result-builders.js";
export { clusterId } from "./engine/result-builders.js";
export type { AmbiguityReason, PassStatistics } from "./engine/semantics.js";
export { DuplicateRecordIdError } from "./errors/duplicate-record-id-error.js";
export { type InvalidInputCode, InvalidInputError } from "./errors/invalid-input-error.js";
export { InvalidRecordError, type InvalidRecordReason } from "./errors/invalid-record-error.js";
export { InvalidSpecError } from "./errors/invalid-spec-error.js";
export { isLinkageError, LinkageError } from "./errors/linkage-error.js";
export { TokenSetError, type TokenSetErrorCode } from "./errors/token-set-error.js";
export type { InputStatistics } from "./normalise/keyed-source.js";
export type { Normalise, NormaliserDefinition, NormaliserInput } from "./normalise/normaliser.js";
export { NORMALISER_NAMES, NORMALISERS } from "./normalise/normalisers.js";
export { presets } from "./presets/index.js";
export type { JsonSchema } from "./spec/json-schema.js";
export {
  type FieldSource,
  type FieldSpec,
  type LinkageSpec,
  type NormaliserStep,
  type PassSpec,
  type RecordPath,
  type RecordPaths,
  type SourceSpec,
  SPEC_VERSION,
  type VetoSpec,
} from "./spec/spec.js";
export { specHash } from "./spec/spec-hash.js";
export type { Message } from "./spec/spec-messages.js";
export { linkageSpecSchema } from "./spec/spec-schema.js";
export { type SpecIssue, type ValidateSpecResult, validateSpec } from "./spec/validate-spec.js";
export {
  type SqlDialectName,
  type SqlMode,
  SqlOptionsError,
  type SqlOptionsErrorCode,
  type ToSqlOptions,
  toSql,
} from "./sql/to-sql.js";
export type { LinkageSecret } from "./tokens/keys.js";
export { isTokenSet, type TokenRecord, type TokenSet } from "./tokens/token-set.js";
export { type TokenizeOptions, tokenize } from "./tokens/tokenize.js";
