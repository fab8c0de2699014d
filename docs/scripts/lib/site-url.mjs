// Links between pages are relative, so that the site works from any base path and from disk.
import path from "node:path";

/**
 * The relative URL from one page of the site to another file of it.
 * @param {string} from site path of the page that links, e.g. `schemas/population.html`
 * @param {string} to site path of the target, with an optional `#fragment`
 * @returns {string}
 * @example relativeUrl("schemas/population.html", "codelists/sex.html") // "../codelists/sex.html"
 */
export function relativeUrl(from, to) {
  const [target = "", fragment] = to.split("#", 2);
  const relative =
    path.posix.relative(path.posix.dirname(from), target) || path.posix.basename(target);
  return fragment === undefined ? relative : `${relative}#${fragment}`;
}
