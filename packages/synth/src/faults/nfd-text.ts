// NFD text: the whole record in Unicode normalisation form D (letters and their marks as separate
// code points), as some systems and file formats deliver it. Same text to a reader, different
// bytes. Applied after the record is written, to every string of its data; applicable where some
// string changes.

/** Whether NFD changes some string of the value. */
export function hasComposedText(value: unknown): boolean {
  if (typeof value === "string") return value.normalize("NFD") !== value;
  if (Array.isArray(value)) return value.some(hasComposedText);
  if (typeof value === "object" && value !== null)
    return Object.values(value).some(hasComposedText);
  return false;
}

/** The value with every string in NFD (keys and structure unchanged). */
export function toNfd<T>(value: T): T {
  if (typeof value === "string") return value.normalize("NFD") as T;
  if (Array.isArray(value)) return value.map(toNfd) as T;
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = toNfd(item);
    return out as T;
  }
  return value;
}
