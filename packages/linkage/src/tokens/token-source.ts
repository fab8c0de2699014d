// A token set as the engine reads it: the same interface as clear-text records, so the same pass
// semantics give the same links.
import { TokenSetError } from "../errors/token-set-error.js";
import type { InputStatistics, KeyedSource } from "../normalise/keyed-source.js";
import type { LinkagePlan } from "../normalise/plan.js";
import { checkUniqueIds, orderById, recordIdOf } from "../normalise/record-order.js";
import type { TokenSet } from "./token-set.js";

const isToken = (value: unknown) => value === null || typeof value === "string";

/** The engine's view of a token set. */
export class TokenSource implements KeyedSource {
  readonly mode = "tokens" as const;
  readonly name: string;
  readonly ids: string[];
  #order: Int32Array | undefined;
  readonly statistics: InputStatistics;
  readonly #keys: (readonly (string | null)[])[];
  readonly #vetoes: (readonly (string | null)[])[];

  /**
   * Check a token set against the plan and read it as source `name`. Throws TokenSetError when it
   * is malformed or made with another spec, DuplicateRecordIdError for a repeated id. `ordered`:
   * sort the ids now.
   */
  constructor(tokens: TokenSet, plan: LinkagePlan, name: string, ordered = false) {
    if (
      tokens.version !== 1 ||
      !Array.isArray(tokens.records) ||
      !Array.isArray(tokens.passes) ||
      !Array.isArray(tokens.vetoes) ||
      typeof tokens.keyId !== "string" ||
      typeof tokens.normalizerVersion !== "string"
    )
      throw new TokenSetError("invalid_token_set", name);
    if (
      tokens.specHash !== plan.specHash ||
      tokens.passes.length !== plan.passes.length ||
      tokens.vetoes.length !== plan.vetoes.length ||
      plan.passes.some((pass, p) => tokens.passes[p] !== pass.name) ||
      plan.vetoes.some((veto, v) => tokens.vetoes[v] !== veto.name)
    )
      throw new TokenSetError("spec_mismatch", name);
    this.name = name;
    this.ids = [];
    this.#keys = [];
    this.#vetoes = [];
    for (const record of tokens.records) {
      const id = recordIdOf((record as { id?: unknown } | null)?.id);
      if (
        id === undefined ||
        !Array.isArray(record.keys) ||
        !Array.isArray(record.vetoes) ||
        record.keys.length !== plan.passes.length ||
        record.vetoes.length !== plan.vetoes.length ||
        !record.keys.every(isToken) ||
        !record.vetoes.every(isToken)
      )
        throw new TokenSetError("invalid_token_set", name);
      this.ids.push(id);
      this.#keys.push(record.keys);
      this.#vetoes.push(record.vetoes);
    }
    if (ordered) this.#order = orderById(this.ids, name);
    else checkUniqueIds(this.ids, name);
    const wrongType = tokens.statistics?.wrongType;
    this.statistics = {
      records: this.ids.length,
      wrongType: typeof wrongType === "object" && wrongType !== null ? { ...wrongType } : {},
    };
  }

  get size(): number {
    return this.ids.length;
  }

  get order(): Int32Array {
    this.#order ??= orderById(this.ids);
    return this.#order;
  }

  passKey(pass: number, index: number): string | null {
    return this.#keys[index]?.[pass] ?? null;
  }

  vetoValue(veto: number, index: number): string | null {
    return this.#vetoes[index]?.[veto] ?? null;
  }

  agreed(): Readonly<Record<string, string>> {
    return {};
  }
}
