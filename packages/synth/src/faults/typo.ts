// Typo: one keystroke wrong in one part of the name — a letter replaced by a neighbour on a QWERTY
// keyboard, two adjacent letters transposed, or a letter deleted. The first letter (the capital) is
// kept, so the result still reads as a name. Applicable where a name part has two letters or more.
import { foldDiacritics } from "@ndcvn/validators";
import type { DraftName } from "../extract/draft.js";
import type { Random } from "../extract/prng.js";
import type { DraftFault } from "./fault.js";

const NEIGHBOURS: Readonly<Record<string, string>> = {
  a: "qwsz",
  b: "vghn",
  c: "xdfv",
  d: "serfcx",
  e: "wsdr",
  f: "drtgvc",
  g: "ftyhbv",
  h: "gyujnb",
  i: "ujko",
  j: "huikmn",
  k: "jiolm",
  l: "kop",
  m: "njk",
  n: "bhjm",
  o: "iklp",
  p: "ol",
  q: "wa",
  r: "edft",
  s: "awedxz",
  t: "rfgy",
  u: "yhji",
  v: "cfgb",
  w: "qase",
  x: "zsdc",
  y: "tghu",
  z: "asx",
};

/** The part with one typing error; `random` chooses the kind and the place. */
export function typoIn(part: string, random: Random): string {
  const letters = [...part.normalize("NFC")];
  const kinds = ["substitution", "transposition", "deletion"] as const;
  let kind = random.pick(kinds);
  const transposable: number[] = [];
  for (let i = 1; i + 1 < letters.length; i++)
    if (letters[i] !== letters[i + 1] && letters[i + 1] !== " " && letters[i] !== " ")
      transposable.push(i);
  if (kind === "transposition" && transposable.length === 0) kind = "substitution";
  if (kind === "deletion" && letters.length < 3) kind = "substitution";
  const inner = letters.map((_, i) => i).filter((i) => i > 0 && letters[i] !== " ");
  if (kind === "transposition") {
    const i = random.pick(transposable);
    [letters[i], letters[i + 1]] = [letters[i + 1] as string, letters[i] as string];
  } else if (kind === "deletion") {
    letters.splice(random.pick(inner), 1);
  } else {
    const i = random.pick(inner);
    const letter = letters[i] as string;
    const base = foldDiacritics(letter).toLowerCase();
    const options = NEIGHBOURS[base] ?? "aeiou";
    const replacement = options[random.int(options.length)] as string;
    letters[i] = letter === letter.toLowerCase() ? replacement : replacement.toUpperCase();
  }
  return letters.join("");
}

const typable = (part: string | undefined): part is string =>
  part !== undefined && [...part].length >= 2;

export const typo: DraftFault = {
  name: "typo",
  applies: (draft) =>
    typable(draft.name.givenName) ||
    typable(draft.name.familyName) ||
    typable(draft.name.middleName),
  apply(draft, random) {
    const parts = (["givenName", "middleName", "familyName"] as const).filter((key) =>
      typable(draft.name[key]),
    );
    const key = random.pick(parts);
    const name: DraftName = { ...draft.name };
    name[key] = typoIn(name[key] as string, random);
    draft.name = name;
  },
};
