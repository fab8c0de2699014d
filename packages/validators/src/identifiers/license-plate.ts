// Vehicle registration plates (FACTS §9, M/L; Circular 24/2023/TT-BCA, Circular 51/2025/TT-BCA).
// Car: 2-digit locality + 1 series letter + 4 or 5 digits (`30A-123.45`; old 4-digit plates stay
// valid). Motorbike: 2-digit locality + 2-character series + 4 or 5 digits (`59-X1 123.45`).
import type { ParseOptions } from "../issue.js";
import { defineIdentifier } from "./define-identifier.js";

export interface LicensePlateDetails {
  /** The 2-digit locality code (re-assigned after the 2025 mergers). */
  readonly locality: string;
  readonly series: string;
  readonly number: string;
  /** `car` for a one-letter series, `motorbike` for a two-character series. */
  readonly vehicle: "car" | "motorbike";
}

const SEPARATED = /^([0-9]{2})[\s-]*([A-Z][A-Z0-9]?)[\s-]+([0-9]{4,5})$/;
const UNSEPARATED = /^([0-9]{2})([A-Z])([A-Z]?)([0-9]{4,6})$/;

/** Locality, series and number of a plate, or undefined. Without a separator, a letter followed by 6 digits is a motorbike series (`X1` + 5 digits); 4 or 5 digits are a car's. */
function splitPlate(input: string): [string, string, string] | undefined {
  const text = input.toUpperCase().replace(/\./g, "").trim();
  const separated = SEPARATED.exec(text);
  if (separated) return [separated[1] ?? "", separated[2] ?? "", separated[3] ?? ""];
  const plain = UNSEPARATED.exec(text);
  if (!plain) return undefined;
  const [, locality = "", letter = "", second = "", digits = ""] = plain;
  if (second) return digits.length <= 5 ? [locality, letter + second, digits] : undefined;
  if (digits.length === 6) return [locality, letter + digits.slice(0, 1), digits.slice(1)];
  return [locality, letter, digits];
}

/**
 * A vehicle registration plate. The canonical value separates series and number with a hyphen
 * (`30A-12345`, `59X1-23456`); `format` writes it as on the plate (`30A-123.45`, `59-X1 234.56`).
 *
 * @example
 * ```ts
 * import { licensePlate } from "@ndcvn/validators";
 * licensePlate.parse("30A-123.45"); // { ok: true, value: "30A-12345", details: { locality: "30", series: "A", number: "12345", vehicle: "car" }, issues: [] }
 * licensePlate.format("30A-12345"); // "30A-123.45"
 * ```
 */
export const licensePlate = defineIdentifier<LicensePlateDetails, ParseOptions>({
  name: "licensePlate",
  messages: {
    invalid_license_plate: {
      vi: "Biển số phải gồm 2 chữ số mã địa phương, ký hiệu sê-ri và 4 hoặc 5 chữ số.",
      en: "A plate has a 2-digit locality code, a series and 4 or 5 digits.",
    },
  },
  parse(input, issues) {
    const parts = splitPlate(input);
    if (!parts) {
      issues.error("invalid_license_plate");
      return undefined;
    }
    const [locality, series, number] = parts;
    return {
      value: `${locality}${series}-${number}`,
      details: { locality, series, number, vehicle: series.length === 1 ? "car" : "motorbike" },
    };
  },
  format(_value, { locality, series, number, vehicle }) {
    const digits = number.length === 5 ? `${number.slice(0, 3)}.${number.slice(3)}` : number;
    return vehicle === "car" ? `${locality}${series}-${digits}` : `${locality}-${series} ${digits}`;
  },
});
