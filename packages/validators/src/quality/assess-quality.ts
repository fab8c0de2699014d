// The data-quality report: one pass over a stream of records, scoring the four NDC dimensions.
import { NORMALIZER_VERSION } from "../text/normalizer-version.js";
import {
  AdministrativeCodeTally,
  isAdministrativeRef,
  loadAdministrativeUnits,
} from "./admin-code-tally.js";
import { CompletenessTally, summariseGroup } from "./completeness.js";
import { DuplicateTally, defaultDuplicateKeys } from "./duplicates.js";
import { FreshnessTally, parseUpdateTime } from "./freshness-tally.js";
import { IssueTally } from "./issue-tally.js";
import { getAt, isObject, parsePointer } from "./json-pointer.js";
import { walkPayload } from "./payload-walk.js";
import { buildSchemaTree } from "./schema-tree.js";
import {
  cleanRatio,
  correctRatio,
  liveRatio,
  overallRatio,
  ratio,
  sufficientRatio,
  toScore,
} from "./scores.js";
import { TextTally } from "./text-tally.js";
import type { DuplicateKeySpec, QualityOptions, QualityReport } from "./types.js";

/** Version of the report format; it changes when a field or a formula changes. */
export const QUALITY_REPORT_VERSION = "1.0.0";

const VIETNAM_OFFSET_MS = 7 * 3_600_000;
/** The code counted for a record the validator threw on or answered without a result. */
const VALIDATOR_FAILED = "validator_error";

function optionError(vi: string, en: string): TypeError {
  return new TypeError(`assessQuality: ${vi} / ${en}`);
}

interface Settings {
  readonly nowMs: number;
  readonly freshnessDays: number;
  readonly updatedAtPath: string;
  readonly updatedAtSegments: readonly string[];
  readonly recommendedFields: readonly string[];
  readonly duplicateKeys: readonly DuplicateKeySpec[] | undefined;
  readonly top: number;
}

function readSettings(options: QualityOptions): Settings {
  if (!isObject(options)) throw optionError("thiếu tuỳ chọn", "options are required");
  const validator: unknown = options.validator;
  if (!isObject(validator) || typeof validator.validate !== "function") {
    throw optionError("`validator` phải có hàm `validate`", "`validator` must have `validate`");
  }
  if (!isObject(options.document)) {
    throw optionError("`document` phải là một lược đồ JSON", "`document` must be a JSON Schema");
  }
  const nowMs = parseUpdateTime(options.now);
  if (nowMs === undefined) {
    throw optionError(
      "`now` phải là Date hoặc thời điểm RFC 3339 (có múi giờ)",
      "`now` must be a Date or an RFC 3339 date-time with offset",
    );
  }
  const freshnessDays = options.freshnessDays ?? 365;
  if (typeof freshnessDays !== "number" || !Number.isFinite(freshnessDays) || freshnessDays < 0) {
    throw optionError("`freshnessDays` phải là số ≥ 0", "`freshnessDays` must be a number ≥ 0");
  }
  const updatedAtPath = options.updatedAtPath ?? "/updatedAt";
  const updatedAtSegments = parsePointer(updatedAtPath);
  if (!updatedAtSegments) {
    throw optionError(
      "`updatedAtPath` không phải JSON Pointer",
      "`updatedAtPath` is not a JSON Pointer",
    );
  }
  const recommendedFields = [...(options.recommendedFields ?? [])];
  for (const pointer of recommendedFields) {
    if (!parsePointer(pointer) || pointer === "") {
      throw optionError(
        "`recommendedFields` chỉ chứa JSON Pointer",
        "`recommendedFields` must hold JSON Pointers",
      );
    }
  }
  const keys = options.duplicateKeys;
  if (keys !== undefined) {
    const wellFormed =
      Array.isArray(keys) &&
      keys.every(
        (key) =>
          isObject(key) &&
          typeof key.name === "string" &&
          Array.isArray(key.fields) &&
          key.fields.length > 0 &&
          key.fields.every(
            (field) => typeof field === "string" && field !== "" && parsePointer(field),
          ),
      );
    if (!wellFormed) {
      throw optionError(
        "`duplicateKeys` phải là danh sách { name, fields: JSON Pointer[] }",
        "`duplicateKeys` must be a list of { name, fields: JSON Pointer[] }",
      );
    }
  }
  const top = options.top ?? 20;
  if (!Number.isInteger(top) || top < 0) {
    throw optionError("`top` phải là số nguyên ≥ 0", "`top` must be an integer ≥ 0");
  }
  return {
    nowMs,
    freshnessDays,
    updatedAtPath,
    updatedAtSegments,
    recommendedFields,
    duplicateKeys: keys?.map((key) => ({ name: key.name, fields: [...key.fields] })),
    top,
  };
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === "function"
  );
}

function isIterable(value: unknown): value is Iterable<unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function"
  );
}

/**
 * Score a dataset on the four dimensions of the National Data Center's promise — **đúng** (correct),
 * **đủ** (sufficient), **sạch** (clean) and **sống** (live) — in one pass over the records, which
 * may be an array, any iterable or an async iterable (a stream): memory grows with the number of
 * distinct keys (record hashes, issue codes, days), not with the number of records.
 *
 * A record that has `data`, `updatedAt` and `schema` is a `RecordEnvelope`: its `data` is assessed
 * and its `updatedAt` is the update time. Other records are assessed whole, with the update time at
 * `updatedAtPath`.
 *
 * Scores (0–100, one decimal; `null` without records):
 * - correct = 100 × valid records / records;
 * - sufficient = 100 × mean completeness of the required and recommended fields (all fields when
 *   there are none);
 * - clean = 100 × mean of (1 − duplicates / records), (1 − records with non-canonical text / records)
 *   and (1 − records with administrative codes not in force / records);
 * - live = 100 × records updated within `freshnessDays` / records;
 * - overall = mean of the four.
 *
 * The report is plain JSON (field names, codes and counts; no value of any record) and depends only
 * on the records, their order and the options: the same input and `now` give the same report.
 * Rejects with a `TypeError` (Vietnamese / English message) for invalid options or when `records`
 * is not iterable; any record, whatever its content, is assessed.
 *
 * @example
 * ```ts
 * import { getSchema, listSchemas } from "@ndcvn/schemas";
 * import { assessRecords, createValidator } from "@ndcvn/validators";
 *
 * const id = "https://schemas.ndcvn.org/population/Citizen/1.0.0";
 * const common = new Map();
 * for (const s of listSchemas().filter((s) => s.database === "common")) {
 *   common.set(s.id, await getSchema(s.id));
 * }
 * const report = await assessRecords(records, {
 *   validator: createValidator(id),
 *   document: (await getSchema(id))!,
 *   documents: (ref) => common.get(ref),
 *   now: "2026-01-15T00:00:00+07:00",
 *   recommendedFields: ["/placeOfOrigin", "/ethnicity"],
 * });
 * report.scores; // { overall: 86.4, correct: 80, sufficient: 95.5, clean: 90, live: 80 }
 * JSON.stringify(report); // field names, codes and counts only
 * ```
 */
export async function assessRecords(
  records: Iterable<unknown> | AsyncIterable<unknown>,
  options: QualityOptions,
): Promise<QualityReport> {
  const settings = readSettings(options);
  if (typeof records === "string" || (!isIterable(records) && !isAsyncIterable(records))) {
    throw optionError(
      "`records` phải là một tập lặp được (mảng, iterable, async iterable)",
      "`records` must be an iterable or async iterable",
    );
  }
  await loadAdministrativeUnits();
  const { validator, document } = options;
  const schemaId = typeof validator.schemaId === "string" ? validator.schemaId : "";
  const root = buildSchemaTree(document, options.documents);
  const today = new Date(settings.nowMs + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
  const duplicateKeys = settings.duplicateKeys ?? defaultDuplicateKeys(root);

  const issues = new IssueTally(root);
  const completeness = new CompletenessTally(root, settings.recommendedFields);
  const duplicates = new DuplicateTally(duplicateKeys);
  const text = new TextTally();
  const codes = new AdministrativeCodeTally(today);
  const freshness = new FreshnessTally(settings.nowMs, settings.freshnessDays);
  let total = 0;
  let envelopes = 0;
  let otherSchema = 0;
  let notObjects = 0;
  let valid = 0;
  let withWarnings = 0;

  const assess = (record: unknown) => {
    total++;
    let payload: unknown = record;
    let updatedAt: unknown;
    if (
      isObject(record) &&
      Object.hasOwn(record, "data") &&
      Object.hasOwn(record, "updatedAt") &&
      Object.hasOwn(record, "schema")
    ) {
      envelopes++;
      if (record.schema !== schemaId) otherSchema++;
      payload = record.data;
      updatedAt = record.updatedAt;
    } else {
      updatedAt = getAt(record, settings.updatedAtSegments);
    }
    if (!isObject(payload)) notObjects++;

    // Đúng
    let result: unknown;
    try {
      result = validator.validate(payload);
    } catch {
      result = undefined;
    }
    if (isObject(result) && (result.ok === true || result.ok === false)) {
      const found = Array.isArray(result.issues) ? result.issues : [];
      if (result.ok) {
        valid++;
        if (found.length > 0) withWarnings++;
        issues.add(found);
      } else {
        issues.add(found.length > 0 ? found : [{ code: VALIDATOR_FAILED, path: "" }]);
      }
    } else {
      issues.add([{ code: VALIDATOR_FAILED, path: "" }]);
    }

    // Đủ
    completeness.add(payload);

    // Sạch
    duplicates.add(payload);
    text.begin();
    codes.begin();
    walkPayload(payload, root, {
      string: (value, pattern) => text.check(value, pattern),
      object: (value) => {
        if (isAdministrativeRef(value)) codes.check(value);
      },
    });

    // Sống
    freshness.add(updatedAt);
  };

  if (isAsyncIterable(records)) {
    for await (const record of records) assess(record);
  } else {
    for (const record of records) assess(record);
  }

  const fields = completeness.fields();
  const exact = duplicates.exact;
  const keyDuplicates = duplicates.keys();
  const duplicateRecords = Math.max(exact.duplicates, ...keyDuplicates.map((k) => k.duplicates));
  const ratios = {
    correct: correctRatio(valid, total),
    sufficient: total > 0 ? sufficientRatio(fields) : null,
    clean: cleanRatio(total, duplicateRecords, text.records, codes.records),
    live: liveRatio(freshness.fresh, total),
  };
  const scores = {
    overall: toScore(overallRatio([ratios.correct, ratios.sufficient, ratios.clean, ratios.live])),
    correct: toScore(ratios.correct),
    sufficient: toScore(ratios.sufficient),
    clean: toScore(ratios.clean),
    live: toScore(ratios.live),
  };

  return {
    reportVersion: QUALITY_REPORT_VERSION,
    schemaId,
    now: new Date(settings.nowMs).toISOString(),
    today,
    normalizerVersion: NORMALIZER_VERSION,
    settings: {
      freshnessDays: settings.freshnessDays,
      updatedAtPath: settings.updatedAtPath,
      recommendedFields: settings.recommendedFields,
      duplicateKeys,
    },
    records: { total, envelopes, otherSchema, notObjects },
    scores,
    correct: {
      score: scores.correct,
      valid: { count: valid, share: ratio(valid, total) },
      invalid: total - valid,
      withWarnings,
      issueCodes: issues.codes,
      topIssues: issues.top(settings.top),
    },
    sufficient: {
      score: scores.sufficient,
      required: summariseGroup(fields.filter((field) => field.required)),
      recommended: summariseGroup(fields.filter((field) => field.recommended)),
      optional: summariseGroup(fields.filter((field) => !field.required && !field.recommended)),
      fields,
    },
    clean: {
      score: scores.clean,
      exactDuplicates: exact,
      keyDuplicates,
      duplicateRecords: { count: duplicateRecords, share: ratio(duplicateRecords, total) },
      nonCanonicalText: {
        records: { count: text.records, share: ratio(text.records, total) },
        values: text.values,
        reasons: { nfd: text.nfd, whitespace: text.whitespace, toneMarks: text.toneMarks },
        fields: text.fields(settings.top),
      },
      administrativeCodes: {
        checked: codes.checked,
        retired: codes.retired,
        unknown: codes.unknown,
        records: { count: codes.records, share: ratio(codes.records, total) },
        codes: codes.codes(settings.top),
      },
    },
    live: {
      score: scores.live,
      freshnessDays: settings.freshnessDays,
      dated: freshness.dated,
      undated: freshness.undated,
      future: freshness.future,
      fresh: { count: freshness.fresh, share: ratio(freshness.fresh, total) },
      medianAgeDays: freshness.median(),
      oldestAgeDays: freshness.oldest(),
      histogram: freshness.histogram(),
    },
  };
}
