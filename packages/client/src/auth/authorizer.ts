/** How a call gets its `Authorization` header, and what to do when the server refuses it. */
export interface Authorizer {
  /** The header value for the next attempt, if any. */
  header(signal: AbortSignal | undefined): Promise<string | undefined>;
  /**
   * The server answered `401` to `value`: forget it. True when a fresh credential may help, so
   * that the call is tried once more.
   */
  rejected(value: string): boolean;
}

/** No `Authorization` header. */
export const anonymous: Authorizer = {
  header: async () => undefined,
  rejected: () => false,
};

/** A fixed `Authorization` header (HTTP Basic for the token endpoint). */
export const fixedAuthorization = (value: string): Authorizer => ({
  header: async () => value,
  rejected: () => false,
});
