// Known-good values of a sandbox's data, for tests and examples: people, records (current and
// cancelled) and purposes.
import type { PurposeCode } from "@ndcvn/client";
import { catalog } from "@ndcvn/schemas";
import type { SandboxData } from "./sandbox-data.js";

/** Known-good values for tests and examples. */
export interface SandboxSamples {
  /** Personal IDs of people in the population (the first ten). */
  readonly personalIds: readonly string[];
  /** A valid personal ID of nobody in the population. */
  readonly unknownPersonalId: string;
  /** A few ids of current (not cancelled) records, per database that has records. */
  readonly recordIds: Readonly<Record<string, readonly string[]>>;
  /** A few ids of cancelled records, per database that has some. */
  readonly cancelledRecordIds: Readonly<Record<string, readonly string[]>>;
  /** A purpose code that needs no case number. */
  readonly purpose: PurposeCode;
  /** A purpose code that needs `X-NDC-Case`, and a case number to send with it. */
  readonly purposeWithCase: { readonly purpose: PurposeCode; readonly caseNumber: string };
}

/** The samples of a sandbox's data. */
export function samplesOf(
  data: SandboxData,
  purposesNeedingCase: ReadonlySet<string>,
): SandboxSamples {
  const personalIds: string[] = [];
  for (const person of data.people()) {
    if (personalIds.length >= 10) break;
    personalIds.push(person.personalId);
  }
  const recordIds: Record<string, string[]> = {};
  const cancelledRecordIds: Record<string, string[]> = {};
  for (const { code } of catalog.databases) {
    const feed = data.feed(code);
    if (!feed || feed.length === 0) continue;
    const current: string[] = [];
    const cancelled: string[] = [];
    for (const id of feed.recordIds()) {
      const list = feed.current(id)?.event === "CANCEL" ? cancelled : current;
      if (list.length < 5) list.push(id);
      if (current.length >= 5 && cancelled.length >= 3) break;
    }
    recordIds[code] = current;
    if (cancelled.length > 0) cancelledRecordIds[code] = cancelled.slice(0, 3);
  }
  const withCase = (
    purposesNeedingCase.has("public-service-delivery")
      ? "public-service-delivery"
      : ([...purposesNeedingCase][0] ?? "public-service-delivery")
  ) as PurposeCode;
  return {
    personalIds,
    unknownPersonalId: data.unknownPersonalId(),
    recordIds,
    cancelledRecordIds,
    purpose: "identity-verification",
    purposeWithCase: { purpose: withCase, caseNumber: "H49.26-250914-0007" },
  };
}
