// The public API: a seeded synthetic population, streamed block by block.
import type { PopulationOptions, SyntheticPerson } from "../person.js";
import { BLOCK_SIZE } from "./block.js";
import { type Context, createContext, type SyntheticEmployer } from "./context.js";
import { type HouseholdWithMembers, PopulationGenerator } from "./generator.js";

export type { HouseholdWithMembers } from "./generator.js";

/**
 * A prepared population: synchronous, restartable iteration over its persons and households.
 * Nothing is held in memory beyond the block being generated (BLOCK_SIZE persons): a population
 * of any size streams in constant memory.
 */
export interface Population {
  readonly size: number;
  readonly seed: number;
  readonly asOf: string;
  /** Persons with index in [start, end), in order of id. Any range gives the same persons as the whole. */
  persons(start?: number, end?: number): IterableIterator<SyntheticPerson>;
  /** Persons in arrays of `chunkSize` (the last one shorter); the concatenation never depends on chunkSize. */
  chunks(chunkSize: number): IterableIterator<SyntheticPerson[]>;
  /** Households in order, each with its members. */
  households(): IterableIterator<HouseholdWithMembers>;
  /** The synthetic employers persons work for (the same for every population with this seed). */
  employers(): readonly SyntheticEmployer[];
}

/** Persons per generation block: households never straddle two blocks. */
export const POPULATION_BLOCK_SIZE = BLOCK_SIZE;

class PreparedPopulation implements Population {
  readonly size: number;
  readonly seed: number;
  readonly asOf: string;

  constructor(private readonly context: Context) {
    this.size = context.options.size;
    this.seed = context.options.seed;
    this.asOf = context.options.asOf;
  }

  *persons(start = 0, end = this.size): IterableIterator<SyntheticPerson> {
    const from = Math.max(0, Math.floor(start));
    const to = Math.min(this.size, Math.floor(end));
    if (!(from < to)) return;
    const generator = new PopulationGenerator(this.context);
    for (let block = Math.floor(from / BLOCK_SIZE); block * BLOCK_SIZE < to; block++) {
      let index = block * BLOCK_SIZE;
      for (const { members } of generator.households(block)) {
        for (const person of members) {
          if (index >= from && index < to) yield person;
          index++;
        }
        if (index >= to) return;
      }
    }
  }

  *chunks(chunkSize: number): IterableIterator<SyntheticPerson[]> {
    if (!Number.isSafeInteger(chunkSize) || chunkSize < 1)
      throw new RangeError(`chunkSize must be a positive integer; got ${chunkSize}.`);
    let chunk: SyntheticPerson[] = [];
    for (const person of this.persons()) {
      chunk.push(person);
      if (chunk.length === chunkSize) {
        yield chunk;
        chunk = [];
      }
    }
    if (chunk.length > 0) yield chunk;
  }

  *households(): IterableIterator<HouseholdWithMembers> {
    const generator = new PopulationGenerator(this.context);
    for (let block = 0; block * BLOCK_SIZE < this.size; block++) yield* generator.households(block);
  }

  employers(): readonly SyntheticEmployer[] {
    return [...this.context.enterprises.flat(), ...this.context.publicBodies.flat()];
  }
}

/**
 * Prepare a population (loads the administrative code lists on first use) for synchronous
 * iteration. Same size and seed give the same persons, byte for byte, in every process.
 *
 * @example
 * ```ts
 * const population = await createPopulation({ size: 1000, seed: 42 });
 * for (const person of population.persons()) console.log(person.name.fullName);
 * ```
 */
export async function createPopulation(options: PopulationOptions): Promise<Population> {
  return new PreparedPopulation(await createContext(options));
}

/**
 * The persons of a synthetic population, streamed in order of id (`P000000000`, `P000000001`, …).
 *
 * @example
 * ```ts
 * for await (const person of generatePopulation({ size: 100_000, seed: 1, asOf: "2026-01-01" })) {
 *   // write person somewhere
 * }
 * ```
 */
export async function* generatePopulation(
  options: PopulationOptions,
): AsyncGenerator<SyntheticPerson, void, undefined> {
  const population = await createPopulation(options);
  yield* population.persons();
}

/** The persons in arrays of `chunkSize` (the last one shorter): the same persons whatever the chunk size. */
export async function* populationChunks(
  options: PopulationOptions,
  chunkSize: number,
): AsyncGenerator<SyntheticPerson[], void, undefined> {
  const population = await createPopulation(options);
  yield* population.chunks(chunkSize);
}

/** The households of a synthetic population in order, each with its members (head first). */
export async function* generateHouseholds(
  options: PopulationOptions,
): AsyncGenerator<HouseholdWithMembers, void, undefined> {
  const population = await createPopulation(options);
  yield* population.households();
}
