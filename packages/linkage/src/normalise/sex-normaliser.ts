// Sex as the `sex` code list of @ndcvn/schemas writes it, from the codes and words sources use: the
// list's own codes, the numeric codes of population exchange (QCVN 109:2017/BTTTT `GioiTinh`: 1
// male, 2 female, 0 no information) and of health exchange (3 other or undetermined), and the words
// in Vietnamese and English. Unknown is missing: it must neither key nor veto.
import { foldDiacritics } from "@ndcvn/validators";
import type { NormaliserDefinition } from "./normaliser.js";

const SEX: Readonly<Record<string, "male" | "female" | "other">> = {
  male: "male",
  m: "male",
  nam: "male",
  "1": "male",
  female: "female",
  f: "female",
  nu: "female",
  "2": "female",
  other: "other",
  khac: "other",
  "3": "other",
};

export const sex: NormaliserDefinition = {
  name: "sex",
  summary:
    "`male`, `female` or `other` from the code list's codes, the numeric codes of population (1, 2) and health exchange (1, 2, 3) and the words (nam, nữ, khác, male, female, M, F); anything else is missing.",
  accepts: "string-or-number",
  options: {},
  costly: false,
  create: () => (value) => {
    if (typeof value === "number")
      return Object.hasOwn(SEX, String(value)) ? SEX[String(value)] : undefined;
    if (typeof value !== "string") return undefined;
    if (Object.hasOwn(SEX, value)) return SEX[value];
    const word = foldDiacritics(value.trim().toLowerCase());
    return Object.hasOwn(SEX, word) ? SEX[word] : undefined;
  },
};
