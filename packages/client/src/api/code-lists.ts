import type { CallOptions } from "../client/call-options.js";
import { invoke, invokeData, isObject } from "../client/invoke.js";
import type { ClientContext } from "../client/prepare-call.js";
import type { CodeList, CodeListName } from "../contract-types.js";
import { NdcApiError } from "../errors/ndc-api-error.js";
import { OPERATIONS } from "../transport/operations.js";

/** The answer of {@link CodeListsApi.getIfChanged}. */
export type CodeListRevalidation =
  | { readonly modified: true; readonly codeList: CodeList; readonly etag: string | undefined }
  | { readonly modified: false; readonly etag: string };

/** The code lists of the national data standard. */
export interface CodeListsApi {
  /**
   * A code list with every entry and its validity dates (`GET /codelists/{name}`).
   *
   * @example
   * ```ts
   * const sex = await client.codeLists.get("sex");
   * console.log(sex.entries.map((entry) => entry.code)); // ["male", "female"]
   * ```
   */
  get(name: CodeListName, options?: CallOptions): Promise<CodeList>;
  /**
   * The code list unless it is unchanged since `etag` (`If-None-Match`, answered `304`).
   *
   * @example
   * ```ts
   * const first = await client.codeLists.getIfChanged("sex", undefined);
   * const again = await client.codeLists.getIfChanged("sex", first.etag);
   * console.log(again.modified); // false while the list is unchanged
   * ```
   */
  getIfChanged(
    name: CodeListName,
    etag: string | undefined,
    options?: CallOptions,
  ): Promise<CodeListRevalidation>;
}

/** The code-list calls of a client. */
export function codeListsApi(context: ClientContext): CodeListsApi {
  return {
    get: (name, options) =>
      invokeData(context, OPERATIONS.getCodeList, { path: { name } }, options, isObject),
    async getIfChanged(name, etag, options) {
      const outcome = await invoke(
        context,
        OPERATIONS.getCodeList,
        { path: { name }, header: { "If-None-Match": etag } },
        options,
        (data) => data === undefined || isObject(data),
      );
      if (!outcome.ok) throw outcome.error;
      const received = outcome.response.headers.get("etag") ?? undefined;
      if (outcome.response.status !== 304)
        return { modified: true, codeList: outcome.data as CodeList, etag: received };
      if (etag === undefined)
        throw new NdcApiError({ ...outcome.info, status: 304, code: "invalid_response" });
      return { modified: false, etag: received ?? etag };
    },
  };
}
