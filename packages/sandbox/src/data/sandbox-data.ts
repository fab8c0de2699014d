// Everything the sandbox serves, made at start from a seed: the synthetic population (the human
// data warehouse), the change feed of each national database (from @ndcvn/synth extracts for the
// databases it models; empty for the others), and newcomers for `recordChange(…, "NEW")`.
import type { ChangeEvent, PersonProfile } from "@ndcvn/client";
import { catalog, getCodeList } from "@ndcvn/schemas";
import {
  createPopulation,
  DEFAULT_AS_OF,
  EXTRACT_DATABASES,
  type ExtractDatabase,
  type ExtractedRecord,
  extract,
  type FaultRates,
  type SyntheticPerson,
} from "@ndcvn/synth";
import { personalId as personalIdValidator } from "@ndcvn/validators";
import { randomFor } from "../support/random.js";
import { ChangeFeed, type FeedChange } from "./change-feed.js";
import { type CursorCodec, createCursorCodec } from "./cursor.js";
import { historyOf } from "./history.js";
import { buildProfile } from "./profile.js";
import type { EthnicCrosswalk } from "./verify.js";

/** People who join the population after the start, one per `recordChange(…, "NEW")` at most. */
const NEWCOMERS = 200;

/** What the sandbox's data is made from. */
export interface DataOptions {
  readonly seed: number;
  readonly people: number;
  /** Fault rates of the records (dropped diacritics, old ID cards …), as `extract` takes them. */
  readonly recordFaults: Partial<FaultRates>;
}

/** The sandbox's data. */
export class SandboxData {
  /** The date the data is as of. */
  readonly asOf = DEFAULT_AS_OF;
  readonly seed: number;
  readonly cursors: CursorCodec;
  readonly #options: DataOptions;
  readonly #people = new Map<string, SyntheticPerson>();
  readonly #profiles = new Map<string, PersonProfile>();
  readonly #feeds = new Map<string, ChangeFeed>();
  /** Per database, the synthetic person each record is about (record id → person key). */
  readonly #truth = new Map<string, Map<string, string>>();
  readonly #picks = new Map<string, ReturnType<typeof randomFor>>();
  #ethnicCrosswalk: EthnicCrosswalk = new Map();
  #newcomers: SyntheticPerson[] | undefined;
  readonly #nextNewcomer = new Map<string, number>();

  private constructor(options: DataOptions) {
    this.#options = options;
    this.seed = options.seed;
    this.cursors = createCursorCodec(options.seed, options.people);
  }

  /** Makes the data of a seed. */
  static async create(options: DataOptions): Promise<SandboxData> {
    const data = new SandboxData(options);
    const population = await createPopulation({
      size: options.people,
      seed: options.seed,
      asOf: data.asOf,
    });
    const people = [...population.persons()];
    for (const person of people) data.#people.set(person.personalId, person);
    const extracted = new Map<string, ExtractedRecord[]>();
    for (const database of EXTRACT_DATABASES) {
      const records: ExtractedRecord[] = [];
      for await (const record of extract(people, database, {
        seed: options.seed,
        asOf: data.asOf,
        faults: options.recordFaults,
      })) {
        records.push(record);
      }
      extracted.set(database, records);
    }
    for (const { code } of catalog.databases) {
      const records = extracted.get(code) ?? [];
      data.#truth.set(
        code,
        new Map(records.map((record) => [record.envelope.recordId, record.personId])),
      );
      data.#feeds.set(
        code,
        new ChangeFeed(code, historyOf(extracted.get(code) ?? [], options.seed)),
      );
    }
    const ethnic1979 = await getCodeList("ethnic-groups-1979");
    data.#ethnicCrosswalk = new Map(
      (ethnic1979?.entries ?? []).flatMap((entry) =>
        typeof entry.equivalent2008 === "string" ? [[entry.code, entry.equivalent2008]] : [],
      ),
    );
    return data;
  }

  /** The 2008 code of each 1979 ethnic-group code. */
  get ethnicCrosswalk(): EthnicCrosswalk {
    return this.#ethnicCrosswalk;
  }

  /** The person with a personal ID. */
  person(personalId: string): SyntheticPerson | undefined {
    return this.#people.get(personalId);
  }

  /** The people, in population order (newcomers last). */
  people(): IterableIterator<SyntheticPerson> {
    return this.#people.values();
  }

  /** A person's full profile (built once). */
  profile(personalId: string): PersonProfile | undefined {
    let profile = this.#profiles.get(personalId);
    if (profile) return profile;
    const person = this.#people.get(personalId);
    if (!person) return undefined;
    profile = buildProfile(person, this.asOf, this.seed);
    this.#profiles.set(personalId, profile);
    return profile;
  }

  /**
   * The ground truth of a database of the catalog: for every record its feed has held, the key of
   * the synthetic person it is about — synth's person id (`P…`), or `N…` for a newcomer.
   */
  truth(database: string): ReadonlyMap<string, string> | undefined {
    return this.#truth.get(database);
  }

  /** The feed of a database of the catalog. */
  feed(database: string): ChangeFeed | undefined {
    return this.#feeds.get(database);
  }

  /** A valid personal ID that is nobody's: for tests of `404 not_found`. */
  unknownPersonalId(): string {
    const first = this.#people.keys().next().value ?? "001099012345";
    const prefix = first.slice(0, 6);
    for (let serial = 0; serial < 1_000_000; serial++) {
      const candidate = `${prefix}${String(serial).padStart(6, "0")}`;
      if (!this.#people.has(candidate) && personalIdValidator.isValid(candidate)) return candidate;
    }
    return "001099000000";
  }

  /**
   * Records a change of a database now: the next version of a record (`UPDATE`, `CANCEL`; a
   * record chosen from the seed when no id is given), or a new record of a newcomer to the
   * population (`NEW`), who then has a profile too.
   */
  async change(database: string, event: ChangeEvent, recordId: string | undefined, now: number) {
    const feed = this.#feeds.get(database);
    if (!feed) throw new RangeError(`recordChange: unknown database ${database}`);
    if (event === "NEW") {
      if (recordId !== undefined)
        throw new RangeError("recordChange: a NEW record's id is chosen by the sandbox; omit it");
      const made = await this.#newRecord(database);
      return feed.append(made.recordId, "NEW", made, now);
    }
    const id = recordId ?? this.#pickRecord(feed);
    const current = feed.current(id);
    if (!current) throw new RangeError(`recordChange: no record ${id} in ${database}`);
    if (current.event === "CANCEL")
      throw new RangeError(`recordChange: record ${id} of ${database} is cancelled`);
    return feed.append(id, event, current, now);
  }

  #pickRecord(feed: ChangeFeed): string {
    const active = [...feed.recordIds()].filter((id) => feed.current(id)?.event !== "CANCEL");
    if (active.length === 0)
      throw new RangeError(`recordChange: the sandbox holds no records of ${feed.database}`);
    let random = this.#picks.get(feed.database);
    if (!random) {
      random = randomFor(`${this.seed}|pick|${feed.database}`);
      this.#picks.set(feed.database, random);
    }
    return active[Math.floor(random.next() * active.length)] as string;
  }

  async #newRecord(
    database: string,
  ): Promise<{ recordId: string; schema: string; data: FeedChange["data"] }> {
    if (!(EXTRACT_DATABASES as readonly string[]).includes(database))
      throw new RangeError(`recordChange: the sandbox makes no records of ${database}`);
    if (!this.#newcomers) {
      const population = await createPopulation({
        size: NEWCOMERS,
        seed: this.seed + 7919,
        asOf: this.asOf,
      });
      this.#newcomers = [...population.persons()];
    }
    const feed = this.#feeds.get(database) as ChangeFeed;
    for (let index = this.#nextNewcomer.get(database) ?? 0; index < NEWCOMERS; index++) {
      const person = this.#newcomers[index] as SyntheticPerson;
      this.#nextNewcomer.set(database, index + 1);
      const known = this.#people.get(person.personalId);
      if (known && known !== person) continue;
      for await (const record of extract([person], database as ExtractDatabase, {
        seed: this.seed + 7919,
        asOf: this.asOf,
        faults: this.#options.recordFaults,
      })) {
        if (feed.current(record.envelope.recordId)) continue;
        this.#people.set(person.personalId, person);
        // Newcomers are numbered from P0 again: their own prefix keeps them apart in the truth.
        this.#truth.get(database)?.set(record.envelope.recordId, `N${record.personId.slice(1)}`);
        return record.envelope;
      }
    }
    throw new RangeError(`recordChange: no newcomer left for a NEW record of ${database}`);
  }
}
