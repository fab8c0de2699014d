// One run of the engine: open DuckDB, stream the sources into it, number the records in result
// order, run the passes and read the outcome; the database is closed (and its working tables
// dropped) whatever happens.
import type { SourceInput } from "../engine/prepare.js";
import type { ResultHeader } from "../engine/result-builders.js";
import type { EngineOutcome } from "../engine/semantics.js";
import type { LinkagePlan } from "../normalise/plan.js";
import { isTokenSet } from "../tokens/token-set.js";
import { ChunkAppender } from "./chunk-appender.js";
import { LinkageDatabase } from "./database.js";
import type { DuckDbOptions, DuckDbProgress } from "./options.js";
import { readOutcome } from "./outcome-reader.js";
import { PassRunner } from "./pass-runner.js";
import {
  checkInputs,
  checkRecords,
  type LoadedSource,
  loadRecords,
  loadTokens,
} from "./source-loader.js";
import { cleartextStorage, type StoragePlan, tokenStorage } from "./storage-plan.js";

/** Run the passes of `plan` over the inputs, named `names`, on DuckDB. */
export async function runOnDuckDb(
  inputs: readonly SourceInput[],
  names: readonly string[],
  plan: LinkagePlan,
  mode: "link" | "dedupe",
  options: DuckDbOptions,
): Promise<{ outcome: EngineOutcome; header: ResultHeader }> {
  const normalizerVersion = checkInputs(inputs, names);
  const header: ResultHeader = {
    specHash: plan.specHash,
    normalizerVersion,
    passNames: plan.passes.map((pass) => pass.name),
  };
  const storage = inputs.some(isTokenSet) ? tokenStorage(plan) : cleartextStorage(plan);
  const db = await LinkageDatabase.open(options);
  let outcome: EngineOutcome;
  try {
    const sources = await load(db, inputs, names, plan, storage, options.onProgress);
    const runner = new PassRunner(db, plan, storage, {
      mode,
      sizes: sources.map((source) => source.ids.length),
    });
    await runner.prepare();
    const passes = await runner.run(options.onProgress);
    const start = performance.now();
    outcome = await readOutcome(db, sources, storage.agreedFields, passes);
    options.onProgress?.({
      step: "results",
      ms: performance.now() - start,
      normaliseMs: 0,
      records: outcome.total,
    });
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  await db.close();
  return { outcome, header };
}

/** Stream every source into `input`, then make `records`, numbered in result order. */
async function load(
  db: LinkageDatabase,
  inputs: readonly SourceInput[],
  names: readonly string[],
  plan: LinkagePlan,
  storage: StoragePlan,
  onProgress: ((progress: DuckDbProgress) => void) | undefined,
): Promise<LoadedSource[]> {
  const t = db.table;
  db.step("load");
  let start = performance.now();
  const columns = storage.columns.map((column) => `, ${column} VARCHAR`).join("");
  await db.run(`CREATE TABLE ${t("input")} (src INTEGER, pos INTEGER${columns})`);
  const appender = new ChunkAppender(
    db.module,
    await db.appender("input"),
    ["integer", "integer", ...storage.columns.map(() => "varchar" as const)],
    "load",
  );
  const sources: LoadedSource[] = [];
  // One at a time, as the JS engine reads them: sources may be streams.
  for (const [s, input] of inputs.entries()) {
    const name = names[s] as string;
    sources.push(
      isTokenSet(input)
        ? await loadTokens(input, plan, name, s, appender)
        : await loadRecords(checkRecords(input, name), plan, storage, name, s, appender),
    );
  }
  appender.close();
  const total = sources.reduce((sum, source) => sum + source.ids.length, 0);
  const loadMs = performance.now() - start;
  onProgress?.({
    step: "load",
    ms: loadMs,
    normaliseMs: loadMs - appender.appendMs,
    records: total,
  });

  start = performance.now();
  db.step("order records");
  await db.run(`CREATE TABLE ${t("ranks")} (src INTEGER, pos INTEGER, rec INTEGER)`);
  const ranks = new ChunkAppender(
    db.module,
    await db.appender("ranks"),
    ["integer", "integer", "integer"],
    "order records",
  );
  let offset = 0;
  sources.forEach((source, s) => {
    source.order.forEach((position, rank) => {
      ranks.set(0, s);
      ranks.set(1, position);
      ranks.set(2, offset + rank);
      ranks.endRow();
    });
    offset += source.ids.length;
  });
  ranks.close();
  const values = storage.columns.map((column) => `, i.${column}`).join("");
  await db.run(
    ...db.dialect.createTable(
      t("records"),
      `SELECT k.rec, i.src${values}
FROM ${t("input")} i
JOIN ${t("ranks")} k ON k.src = i.src AND k.pos = i.pos`,
    ),
    db.dialect.dropTable(t("input")),
    db.dialect.dropTable(t("ranks")),
  );
  onProgress?.({ step: "order", ms: performance.now() - start, normaliseMs: 0, records: total });
  return sources;
}
