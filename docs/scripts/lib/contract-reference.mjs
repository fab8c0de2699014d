// What the sandbox serves is the Sharing API contract: its operations, the headers every request
// carries and the error codes, read from the bundled OpenAPI document of @ndcvn/client.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { escapeHtml } from "./html.mjs";
import { renderInline, renderMarkdown } from "./markdown.mjs";

const METHODS = ["get", "put", "post", "delete", "patch"];

/** Where `pnpm generate` writes the bundled contract (`@ndcvn/client/openapi.json`). */
export const CONTRACT_FILE = "packages/client/src/generated/openapi.json";

/**
 * @param {string} text
 */
const code = (text) => `<code>${escapeHtml(text)}</code>`;

/**
 * @param {Record<string, any>} document
 * @param {Record<string, any>} parameter a parameter or a `$ref` to one
 */
function resolve(document, parameter) {
  if (typeof parameter.$ref !== "string") return parameter;
  const name = parameter.$ref.split("/").at(-1) ?? "";
  return document.components?.parameters?.[name] ?? parameter;
}

/**
 * @param {Record<string, any>} document
 */
function operationsTable(document) {
  const rows = [];
  for (const [route, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const scopes = (operation.security ?? document.security ?? [])
        .flatMap((/** @type {Record<string, string[]>} */ requirement) =>
          Object.values(requirement),
        )
        .flat();
      const retry = operation["x-ndc-idempotent"];
      rows.push(`<tr>
<td>${code(operation.operationId ?? "")}</td>
<td>${code(`${method.toUpperCase()} ${route}`)}</td>
<td>${escapeHtml(operation.summary ?? "")}${operation["x-ndc-summary-vi"] ? `<br><span lang="vi" class="muted">${escapeHtml(operation["x-ndc-summary-vi"])}</span>` : ""}</td>
<td>${scopes.length > 0 ? scopes.map(code).join(" ") : '<span class="muted">—</span>'}</td>
<td>${retry === true ? "yes" : retry === "with-idempotency-key" ? "with <code>Idempotency-Key</code>" : "no"}</td>
</tr>`);
    }
  }
  return `<div class="table-scroll" role="region" aria-label="Operations" tabindex="0">
<table>
<caption>${rows.length} operations of ${escapeHtml(document.info?.title ?? "the API")} ${escapeHtml(document.info?.version ?? "")}</caption>
<thead><tr><th scope="col">Operation</th><th scope="col">Request</th><th scope="col">What it does</th><th scope="col">Token scope</th><th scope="col">Safe to retry</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>
</div>`;
}

/**
 * @param {Record<string, any>} document
 */
function headersTable(document) {
  const headers = Object.values(document.components?.parameters ?? {})
    .map((parameter) => resolve(document, parameter))
    .filter((parameter) => parameter.in === "header");
  const rows = headers.map(
    (header) => `<tr>
<td>${code(header.name)}</td>
<td>${header.required ? "where the operation lists it" : "no"}</td>
<td>${renderInline(header.description ?? "")}</td>
</tr>`,
  );
  return `<div class="table-scroll" role="region" aria-label="Request headers" tabindex="0">
<table>
<thead><tr><th scope="col">Header</th><th scope="col">Required</th><th scope="col">Meaning</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>
</div>`;
}

/**
 * The reference part of the sandbox page, or a notice when the contract has not been generated.
 * @param {string} repoRoot
 * @param {import("./slug.mjs").Slugger} slugger
 * @param {(message: string) => void} warn
 * @returns {string}
 */
export function contractReferenceHtml(repoRoot, slugger, warn) {
  const file = path.join(repoRoot, CONTRACT_FILE);
  if (!existsSync(file)) {
    warn(
      `${CONTRACT_FILE} is missing (run pnpm generate): the sandbox reference lacks the operations`,
    );
    return `<p class="notice">The operation list is generated from <code>${CONTRACT_FILE}</code>, which was missing when this site was built.</p>`;
  }
  const document = JSON.parse(readFileSync(file, "utf8"));
  const heading = (/** @type {number} */ level, /** @type {string} */ text) =>
    `<h${level} id="${escapeHtml(slugger(text))}">${escapeHtml(text)}</h${level}>`;
  const problemCodes = document.components?.schemas?.ProblemCode?.description;
  return [
    heading(3, "Operations"),
    operationsTable(document),
    heading(3, "Request headers"),
    headersTable(document),
    ...(problemCodes ? [heading(3, "Error codes"), renderMarkdown(problemCodes, { slugger })] : []),
  ].join("\n");
}
