import type { IdentifierValidator } from "@ndcvn/validators";

/** What a field shows under its input: a state for its colour and one line of text. */
export interface FieldFeedback {
  readonly state: "empty" | "valid" | "warning" | "error";
  readonly message: string;
}

/**
 * The feedback for what has been typed into a field so far. Every message comes from the
 * validator's own table (Vietnamese by default), so the form says exactly what the SDK says.
 */
export function fieldFeedback(
  validator: IdentifierValidator<unknown>,
  input: string,
  locale: "vi" | "en" = "vi",
): FieldFeedback {
  if (input.trim() === "") return { state: "empty", message: "" };
  const result = validator.parse(input, { locale });
  if (!result.ok) {
    return { state: "error", message: result.issues.map((issue) => issue.message).join(" ") };
  }
  const warnings = result.issues.filter((issue) => issue.severity === "warning");
  const formatted = validator.format(result.value);
  const valid = locale === "vi" ? `Hợp lệ: ${formatted}` : `Valid: ${formatted}`;
  if (warnings.length > 0) {
    return {
      state: "warning",
      message: `${valid}. ${warnings.map((issue) => issue.message).join(" ")}`,
    };
  }
  return { state: "valid", message: valid };
}
