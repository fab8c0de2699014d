import type { BilingualText } from "./catalog.js";
import { codeListIndex, codeListLoaders } from "./generated/codelist-index.js";
import type { CodeList } from "./generated/types.js";

/** One code of a code list, in force from `validFrom` to `validTo` (inclusive); list-specific attributes beside. */
export type CodeListEntry = CodeList["entries"][number];

/** One line of the code-list index. */
export interface CodeListSummary {
  readonly name: string;
  readonly title: BilingualText;
  readonly official: boolean;
  /** Number of entries. */
  readonly entries: number;
}

/**
 * Every code list of the standard, as summaries (the lists themselves load on demand).
 *
 * @example
 * ```ts
 * import { listCodeLists } from "@ndcvn/schemas";
 * listCodeLists().find((list) => list.name === "provinces")?.entries; // 99
 * ```
 */
export function listCodeLists(): readonly CodeListSummary[] {
  return codeListIndex;
}

/**
 * Load a code list by name; only that list is downloaded. Resolves to `undefined` for an unknown
 * name.
 *
 * @example
 * ```ts
 * import { getCodeList } from "@ndcvn/schemas";
 * const sex = await getCodeList("sex");
 * sex?.entries.map((entry) => entry.label.vi); // ["Nam", "Nữ", …]
 * ```
 */
export async function getCodeList(name: string): Promise<CodeList | undefined> {
  if (typeof name !== "string" || !Object.hasOwn(codeListLoaders, name)) return undefined;
  const load = codeListLoaders[name];
  return load ? (await load()).codeList() : undefined;
}

/**
 * Whether an entry is in force on a date (`YYYY-MM-DD`).
 *
 * @example
 * ```ts
 * isInForce({ code: "24", label: { vi: "Bắc Giang", en: "Bac Giang" }, validTo: "2025-06-30" }, "2025-07-01"); // false
 * ```
 */
export function isInForce(entry: CodeListEntry, at: string): boolean {
  return (
    (entry.validFrom === undefined || entry.validFrom <= at) &&
    (entry.validTo === undefined || at <= entry.validTo)
  );
}
