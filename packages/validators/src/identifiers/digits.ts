// Cleaning identifier input as people type it: spaces, dots and hyphens between groups, and
// full-width digits from East Asian input methods.

/** Remove separators (whitespace, `.`, `-`) and turn full-width digits into ASCII digits. */
export function compactDigits(input: string): string {
  let out = "";
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xff10 + 48);
    else if (
      c === 32 ||
      c === 9 ||
      c === 10 ||
      c === 13 ||
      c === 0xa0 ||
      c === 0x2e ||
      c === 0x2d ||
      c === 0x3000
    )
      continue;
    else out += input[i];
  }
  return out;
}

/** Whether every character is an ASCII digit. */
export function isDigits(value: string): boolean {
  if (value.length === 0) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** What a parse step reports to (see define-identifier.ts). */
interface ErrorSink {
  error(code: string, params?: Readonly<Record<string, string | number>>): void;
}

/**
 * The digits of an identifier of fixed length, cleaned of separators; reports `invalid_characters`
 * or `invalid_length` and answers undefined otherwise.
 */
export function fixedLengthDigits(
  input: string,
  length: number,
  issues: ErrorSink,
): string | undefined {
  const value = compactDigits(input);
  if (!isDigits(value)) {
    issues.error("invalid_characters", { allowed: "chữ số", allowedEn: "digits" });
    return undefined;
  }
  if (value.length !== length) {
    issues.error("invalid_length", { expected: length, actual: value.length });
    return undefined;
  }
  return value;
}
