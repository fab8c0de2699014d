// One module per code list, loaded on demand by getCodeList(name), and imported directly by the
// administrative-unit lookups. Lists are embedded as JSON text and parsed on first use: engines
// parse JSON faster than object literals, and a program that imports a list without using it pays
// only for the text.

/** @param {any[]} lists */
export function generateCodeListModules(lists, banner) {
  const files = new Map();
  for (const list of lists) {
    files.set(
      `src/generated/codelists/${list.name}.ts`,
      `${banner}\nimport type { CodeList } from "../types.js";\n\n` +
        `const TEXT = ${JSON.stringify(JSON.stringify(list))};\n\n` +
        "let parsed: CodeList | undefined;\n\n" +
        `/** The code list \`${list.name}\`, parsed on first use. */\n` +
        "export function codeList(): CodeList {\n  parsed ??= JSON.parse(TEXT) as CodeList;\n  return parsed;\n}\n",
    );
  }
  const index = lists.map((list) => ({
    name: list.name,
    title: list.title,
    official: list.official,
    entries: list.entries.length,
  }));
  const loaders = lists
    .map((list) => `  ${JSON.stringify(list.name)}: () => import("./codelists/${list.name}.js"),`)
    .join("\n");
  files.set(
    "src/generated/codelist-index.ts",
    `${banner}\nimport type { CodeListSummary } from "../code-list.js";
import type { CodeList } from "./types.js";\n\n` +
      `export const codeListIndex: readonly CodeListSummary[] = ${JSON.stringify(index, null, 2)};\n\n` +
      "export const codeListLoaders: Readonly<Record<string, () => Promise<{ codeList: () => CodeList }>>> = {\n" +
      `${loaders}\n};\n`,
  );
  return files;
}
