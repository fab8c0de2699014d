// The types of raw calls, computed from the generated `paths`: a path that has no operation for
// the method, a missing or misspelt parameter, or a body of the wrong shape does not compile.
import type { CallOptions } from "../client/call-options.js";
import type { NdcApiError } from "../errors/ndc-api-error.js";
import type { paths } from "../generated/openapi.js";

/** The HTTP methods of the contract's operations. */
export type RawMethod = "get" | "post" | "delete";

/**
 * The paths with an operation for `method`. The token endpoint is left out: the client gets its
 * tokens itself.
 */
export type PathsWithMethod<M extends RawMethod> = {
  [P in keyof paths]: paths[P] extends { [K in M]: object } ? P : never;
}[Exclude<keyof paths, "/oauth/token">];

/** The operation at a path and method. */
export type OperationAt<P extends keyof paths, M extends RawMethod> = paths[P] extends {
  [K in M]: infer O;
}
  ? O
  : never;

/**
 * The parameters of an operation: `path` and `query` as the contract types them; `header` for the
 * operation's own headers (`If-None-Match`, `Idempotency-Key`, `X-NDC-Purpose`, …), every one
 * optional since the client fills `X-NDC-Client`, `X-Request-Id` and the defaults it was given.
 */
export type ParamsOf<O> = O extends { parameters: infer P }
  ? (P extends { path: infer X } ? { readonly path: X } : { readonly path?: never }) &
      (P extends { query: infer Q }
        ? { readonly query: Q }
        : P extends { query?: infer Q }
          ? [Exclude<Q, undefined>] extends [never]
            ? { readonly query?: never }
            : { readonly query?: Exclude<Q, undefined> }
          : { readonly query?: never }) &
      (P extends { header?: infer H }
        ? [keyof Omit<Exclude<H, undefined>, "X-NDC-Client" | "X-Request-Id">] extends [never]
          ? { readonly header?: never }
          : {
              readonly header?: Partial<
                Omit<Exclude<H, undefined>, "X-NDC-Client" | "X-Request-Id">
              >;
            }
        : { readonly header?: never })
  : never;

/** The request body of an operation, when it takes one. */
export type BodyOf<O> = O extends { requestBody: { content: infer C } } ? C[keyof C] : never;

/**
 * The second argument of a raw call: `params` (required when a path or query parameter is),
 * `body` (when the operation takes one) and {@link CallOptions}.
 */
export type RawInit<O> = CallOptions &
  (Record<never, never> extends ParamsOf<O>
    ? { readonly params?: ParamsOf<O> }
    : { readonly params: ParamsOf<O> }) &
  ([BodyOf<O>] extends [never] ? { readonly body?: never } : { readonly body: BodyOf<O> });

/** The argument list of a raw call: the init is optional when nothing in it is required. */
export type RawInitArgs<O> =
  Record<never, never> extends RawInit<O> ? [init?: RawInit<O>] : [init: RawInit<O>];

/** The data of an operation's successes: the JSON body, or `undefined` for 204 and 304. */
export type DataOf<O> = O extends { responses: infer R }
  ? {
      [S in keyof R & (200 | 201 | 202 | 203 | 204 | 206 | 304)]: R[S] extends {
        content: { "application/json": infer D };
      }
        ? D
        : undefined;
    }[keyof R & (200 | 201 | 202 | 203 | 204 | 206 | 304)]
  : never;

/**
 * The result of a raw call, as in openapi-fetch: `data` or `error`, never both, so that
 * `if (error)` narrows. `error` is the {@link NdcApiError} of an HTTP error (after retries) or of
 * an unreadable success; network failures, timeouts, validation failures and aborts reject.
 */
export type RawResult<O> =
  | {
      readonly data: DataOf<O>;
      readonly error?: never;
      readonly response: Response;
      readonly requestId: string;
    }
  | {
      readonly data?: never;
      readonly error: NdcApiError;
      readonly response: Response;
      readonly requestId: string;
    };

/** The raw, typed calls of a client: one function per method, checked against the contract. */
export interface RawCalls {
  /**
   * `GET` a path of the contract.
   *
   * @example
   * ```ts
   * const { data, error } = await client.GET("/people/{personalId}", {
   *   params: { path: { personalId: "001099012345" }, query: { fields: ["name"] } },
   * });
   * if (error) console.log(error.code);
   * else console.log(data.name?.value?.fullName);
   * ```
   */
  GET<P extends PathsWithMethod<"get">>(
    path: P,
    ...init: RawInitArgs<OperationAt<P, "get">>
  ): Promise<RawResult<OperationAt<P, "get">>>;
  /**
   * `POST` to a path of the contract.
   *
   * @example
   * ```ts
   * const { data } = await client.POST("/people:verify", {
   *   body: { personalId: "001099012345", claims: { dateOfBirth: "1999-03-15" } },
   * });
   * console.log(data?.results);
   * ```
   */
  POST<P extends PathsWithMethod<"post">>(
    path: P,
    ...init: RawInitArgs<OperationAt<P, "post">>
  ): Promise<RawResult<OperationAt<P, "post">>>;
  /**
   * `DELETE` a path of the contract.
   *
   * @example
   * ```ts
   * await client.DELETE("/subscriptions/{subscriptionId}", {
   *   params: { path: { subscriptionId: "sub_8Kd2Lq7XwP3m" } },
   * });
   * ```
   */
  DELETE<P extends PathsWithMethod<"delete">>(
    path: P,
    ...init: RawInitArgs<OperationAt<P, "delete">>
  ): Promise<RawResult<OperationAt<P, "delete">>>;
}
