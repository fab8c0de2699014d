/** Whether a value is an error of the given name; by name, so that it works across realms. */
export const hasName = (value: unknown, name: string): boolean =>
  typeof value === "object" &&
  value !== null &&
  (value as { name?: unknown }).name === name &&
  typeof (value as { message?: unknown }).message === "string";
