// Reads the code lists under codelists/<name>.json (hand-written, or written by import-reference.mjs).
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/**
 * @param {string} packageDir
 * @param {{ exclude?: string[] }} [options] lists to leave out (those the generator itself writes)
 */
export async function loadCodeLists(packageDir, options = {}) {
  const dir = path.join(packageDir, "codelists");
  let files = [];
  try {
    files = (await readdir(dir)).filter((file) => file.endsWith(".json")).sort();
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
  const lists = [];
  for (const file of files) {
    const name = file.slice(0, -".json".length);
    if (options.exclude?.includes(name)) continue;
    const list = JSON.parse(await readFile(path.join(dir, file), "utf8"));
    if (list.name !== name)
      throw new Error(`codelists/${file}: "name" must be "${name}", found "${list.name}"`);
    lists.push(list);
  }
  return lists;
}
