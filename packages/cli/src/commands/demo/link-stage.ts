// Stage 5 of `ndc demo`: each record type of insurance linked to the population with the preset,
// one at a time — a person holds a record of each type, and a one-to-one linkage of both at once
// would report every such person as an ambiguity — the result written whole, the links checked
// against the sandbox's ground truth.
import path from "node:path";
import type { RecordEnvelope } from "@ndcvn/client";
import { type LinkResult, link, presets } from "@ndcvn/linkage";
import { writeJson } from "../../framework/json-output.js";
import { say } from "../../framework/locale.js";
import { FileSink } from "../../framework/output-file.js";
import { linkAccuracy } from "../../linkage/accuracy.js";
import { demoMessages as m } from "./demo-messages.js";
import { counted, type StageContext } from "./demo-stage.js";
import type { DemoLinkage, DemoSummary } from "./demo-summary.js";
import { typeLabel } from "./demo-tables.js";

/** One side of the linkages: a database's records of some record types, and its truth. */
export interface LinkSide {
  readonly database: string;
  /** Records by schema `$id`. */
  readonly types: ReadonlyMap<string, readonly RecordEnvelope[]>;
  /** Record id → the synthetic person the record is about. */
  readonly truth: ReadonlyMap<string, string>;
}

async function writeResult(context: StageContext, file: string, result: LinkResult) {
  const sink = await FileSink.open(path.join(context.outName, file), context.io);
  try {
    await writeJson(sink, result);
    await sink.close();
  } catch (error) {
    sink.abandon();
    throw error;
  }
}

/** Link each record type of `left` to all the records of `right`; writes `<db>-<Type>.links.json`. */
export async function linkStage(
  context: StageContext,
  left: LinkSide,
  right: LinkSide,
): Promise<DemoLinkage[]> {
  const population = [...right.types.values()].flat();
  const linkages: DemoLinkage[] = [];
  for (const [schemaId, records] of left.types) {
    const progress = context.progress(
      say(m.stageLink, context.locale, { type: typeLabel(schemaId) }),
      records.length + population.length,
    );
    let result: LinkResult;
    try {
      result = await link(
        counted(records, (count) => progress.update(count)),
        counted(population, (count) => progress.update(records.length + count)),
        presets.vietnamesePerson,
        { sources: [left.database, right.database] },
      );
    } finally {
      progress.finish();
    }
    const file = `${left.database}-${typeLabel(schemaId)}.links.json`;
    await writeResult(context, file, result);
    const truth = { left: left.truth, right: right.truth };
    let ambiguousLeft = 0;
    let ambiguousRight = 0;
    for (const ambiguity of result.ambiguities) {
      ambiguousLeft += ambiguity.candidates.left.length;
      ambiguousRight += ambiguity.candidates.right.length;
    }
    linkages.push({
      left: { database: left.database, schemaId, records: records.length },
      right: {
        database: right.database,
        schemaId: [...right.types.keys()].join(","),
        records: population.length,
      },
      links: result.links.length,
      ambiguities: {
        groups: result.ambiguities.length,
        records: { left: ambiguousLeft, right: ambiguousRight },
      },
      unmatched: { left: result.unmatched.left.length, right: result.unmatched.right.length },
      specHash: result.specHash,
      normalizerVersion: result.normalizerVersion,
      accuracy: linkAccuracy(result, (side, id) => truth[side].get(id)),
      result: file,
    });
  }
  return linkages;
}

/** Every linkage together: pooled counts, and the rates of the pool. */
export function overallOf(linkages: readonly DemoLinkage[]): DemoSummary["overall"] {
  const sum = (pick: (linkage: DemoLinkage) => number) =>
    linkages.reduce((total, linkage) => total + pick(linkage), 0);
  const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);
  const correct = sum((l) => l.accuracy.correct);
  const truePairs = sum((l) => l.accuracy.truePairs);
  const oneToOnePairs = sum((l) => l.accuracy.oneToOnePairs);
  return {
    links: sum((l) => l.links),
    correct,
    precision: ratio(
      correct,
      sum((l) => l.accuracy.judged),
    ),
    truePairs,
    recall: ratio(correct, truePairs),
    oneToOnePairs,
    recallOneToOne: ratio(
      sum((l) => l.accuracy.oneToOneCorrect),
      oneToOnePairs,
    ),
  };
}
