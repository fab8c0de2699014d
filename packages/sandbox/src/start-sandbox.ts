// startSandbox(): the whole Sharing API on loopback, from a seeded synthetic population, checked
// against the contract both ways, with faults on demand.
import type { ChangeEvent, ChangeFeedEntry, DatabaseCode } from "@ndcvn/client";
import { getCodeList } from "@ndcvn/schemas";
import { DEFAULT_FAULTS } from "@ndcvn/synth";
import {
  type ClientGrant,
  defaultClient,
  grantOf,
  type SandboxCredentials,
} from "./auth/clients.js";
import { TokenStore } from "./auth/tokens.js";
import { compiledContract } from "./contract/compiled-contract.js";
import { OPERATIONS } from "./contract/openapi.js";
import { createRouter } from "./contract/router.js";
import { entryOf } from "./data/change-feed.js";
import { type SandboxSamples, samplesOf } from "./data/samples.js";
import { SandboxData } from "./data/sandbox-data.js";
import { FaultInjector } from "./faults/fault-injector.js";
import type { CompiledOperation } from "./http/exchange.js";
import { IdempotencyStore } from "./http/idempotency.js";
import { createRequestListener } from "./http/pipeline.js";
import { listenOnLoopback } from "./http/server.js";
import { createStaticBodies } from "./http/static-bodies.js";
import { type SandboxStats, StatsRecorder } from "./http/stats.js";
import { HANDLERS } from "./operations/handlers.js";
import { resolveOptions, type SandboxOptions } from "./sandbox-options.js";
import { createDelays } from "./support/delays.js";
import type { WebhookDelivery } from "./webhooks/delivery.js";
import { notifySubscribers } from "./webhooks/notify.js";
import { SubscriptionStore } from "./webhooks/subscription-store.js";

/** What {@link Sandbox.recordChange} did. */
export interface RecordChangeResult {
  /** The change, as the feed now lists it. */
  readonly entry: ChangeFeedEntry;
  /** The webhook deliveries it caused, one per matching subscription. */
  readonly deliveries: readonly WebhookDelivery[];
}

/** A running sandbox. */
export interface Sandbox {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** The default client, which holds every scope, purpose, database and field. */
  readonly credentials: SandboxCredentials;
  /** Known-good values for tests and examples. */
  readonly samples: SandboxSamples;
  /** Stops listening and closes every connection; the same promise however often it is called. */
  close(): Promise<void>;
  /** What the sandbox has done so far. */
  stats(): SandboxStats;
  /**
   * Appends a change to a database's feed and delivers signed notices to the subscriptions that
   * want it: `UPDATE` (default) or `CANCEL` of a record (one chosen from the seed when no id is
   * given), or `NEW`: a record of a person who joins the population. Rejects with a RangeError
   * for an unknown database, record or event, or a cancelled record.
   */
  recordChange(
    database: DatabaseCode,
    recordId?: string,
    event?: ChangeEvent,
  ): Promise<RecordChangeResult>;
  /** Makes every access token issued so far expire now; answers how many were still valid. */
  expireTokens(): number;
  /**
   * The ground truth of a database (sandbox only: a real gateway has none): for every record its
   * feed has held, cancelled ones included, the key of the synthetic person it is about — synth's
   * person id (`P…`), or `N…` for a person who joined with `recordChange(…, "NEW")`. Two records
   * are about the same person exactly when their keys are equal. Empty for a database without
   * records; a RangeError for a database not in the catalog.
   */
  truth(database: DatabaseCode): ReadonlyMap<string, string>;
}

const EVENTS: readonly string[] = ["NEW", "UPDATE", "CANCEL"];

/**
 * Starts the sandbox: the NDC Sharing API on 127.0.0.1 over a seeded synthetic population, every
 * request and response checked against the contract, faults by rate or per request
 * (`X-NDC-Sandbox-Fault`). The same seed gives the same people, records, feed and faults.
 *
 * @example
 * ```ts
 * import { startSandbox } from "@ndcvn/sandbox";
 *
 * const sandbox = await startSandbox({ seed: 42 });
 * const { clientId, clientSecret, agency } = sandbox.credentials;
 * const token = await fetch(`${sandbox.url}/oauth/token`, {
 *   method: "POST",
 *   body: new URLSearchParams({ grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret }),
 * }).then((response) => response.json());
 * const person = await fetch(`${sandbox.url}/people/${sandbox.samples.personalIds[0]}?fields=name,dateOfBirth`, {
 *   headers: { Authorization: `Bearer ${token.access_token}`, "X-NDC-Client": agency, "X-NDC-Purpose": "identity-verification" },
 * }).then((response) => response.json());
 * console.log(person.name.value.fullName);
 * await sandbox.close();
 * ```
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const resolved = resolveOptions(options);
  const main = grantOf(defaultClient(resolved.seed));
  const clients = new Map<string, ClientGrant>([[main.clientId, main]]);
  for (const client of options.clients ?? []) {
    const grant = grantOf(client);
    if (clients.has(grant.clientId))
      throw new RangeError(`startSandbox: two clients have the clientId ${grant.clientId}`);
    clients.set(grant.clientId, grant);
  }

  const contract = compiledContract();
  const operations = new Map<string, CompiledOperation>();
  for (const [id, operation] of contract.operations) {
    operations.set(id, { ...operation, handler: HANDLERS[id] });
  }
  const purposes = await getCodeList("purposes");
  const purposesNeedingCase = new Set(
    (purposes?.entries ?? [])
      .filter((entry) => entry.requiresCaseNumber === true)
      .map((e) => e.code),
  );
  const data = await SandboxData.create({
    seed: resolved.seed,
    people: resolved.people,
    recordFaults: options.recordFaults ?? DEFAULT_FAULTS,
  });

  const stats = new StatsRecorder();
  const { onInternalError } = options;
  const subscriptions = new SubscriptionStore();
  const tokens = new TokenStore(resolved.tokenTtlSeconds);
  const delays = createDelays();
  const deliveries = new AbortController();
  const listener = createRequestListener({
    state: {
      data,
      subscriptions,
      idempotency: new IdempotencyStore(),
      staticBody: createStaticBodies(
        contract.ajv,
        operations,
        resolved.validateResponses,
        stats,
        onInternalError,
      ),
    },
    route: createRouter(OPERATIONS),
    operations,
    problemValidator: contract.problem,
    clients,
    tokens,
    faults: new FaultInjector(resolved.faults, resolved.seed),
    stats,
    purposesNeedingCase,
    maxBodyBytes: resolved.maxBodyBytes,
    validateResponses: resolved.validateResponses,
    onInternalError,
    delay: delays.delay,
  });
  const { server, url } = await listenOnLoopback(listener, resolved.port);
  let closed: Promise<void> | undefined;

  return {
    url,
    credentials: { clientId: main.clientId, clientSecret: main.clientSecret, agency: main.agency },
    samples: samplesOf(data, purposesNeedingCase),
    stats: () => stats.snapshot(),
    expireTokens: () => tokens.expireAll(Date.now()),
    truth(database) {
      const truth = data.truth(database);
      if (!truth) throw new RangeError(`truth: unknown database ${database}`);
      return truth;
    },
    async recordChange(database, recordId, event = "UPDATE") {
      if (!EVENTS.includes(event))
        throw new RangeError("recordChange: event must be NEW, UPDATE or CANCEL");
      const change = await data.change(database, event, recordId, Date.now());
      const delivered = await notifySubscribers(
        {
          subscriptions,
          checkNotice: resolved.validateResponses ? contract.notice : undefined,
          stats,
          onInternalError,
          webhooks: resolved.webhooks,
          signal: deliveries.signal,
        },
        database,
        change,
      );
      return { entry: entryOf(database, change), deliveries: delivered };
    },
    close() {
      closed ??= new Promise<void>((resolve) => {
        deliveries.abort();
        delays.cancelAll();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
