// The fields of one CSV row (RFC 4180): quoted fields may hold delimiters, line breaks and doubled
// quotes. A quote inside an unquoted field is kept as it is. Text after a closing quote, or a quote
// never closed, is reported with its offset in the row.

/** The fields of a row, and its first quoting error, if any. */
export interface RowFields {
  readonly fields: string[];
  readonly error?: {
    readonly code: "invalid_csv_quote" | "unclosed_csv_quote";
    /** Offset in the row text (of the character after the closing quote, or the opening quote). */
    readonly offset: number;
  };
}

/** Split a row's text into fields. */
export function splitFields(row: string, delimiter: string): RowFields {
  const fields: string[] = [];
  let error: RowFields["error"];
  let i = 0;
  for (;;) {
    if (row[i] !== '"') {
      const end = row.indexOf(delimiter, i);
      if (end === -1) {
        fields.push(row.slice(i));
        break;
      }
      fields.push(row.slice(i, end));
      i = end + 1;
      continue;
    }
    // A quoted field.
    const open = i;
    let value = "";
    let from = i + 1;
    for (;;) {
      const quote = row.indexOf('"', from);
      if (quote === -1) {
        error ??= { code: "unclosed_csv_quote", offset: open };
        value += row.slice(from);
        i = row.length;
        break;
      }
      value += row.slice(from, quote);
      if (row[quote + 1] === '"') {
        value += '"';
        from = quote + 2;
        continue;
      }
      i = quote + 1;
      break;
    }
    if (i < row.length && row[i] !== delimiter) {
      // Text after the closing quote: kept in the field, but the row is malformed.
      error ??= { code: "invalid_csv_quote", offset: i };
      const end = row.indexOf(delimiter, i);
      value += row.slice(i, end === -1 ? row.length : end);
      i = end === -1 ? row.length : end;
    }
    fields.push(value);
    if (i >= row.length) break;
    i++; // the delimiter
  }
  return error ? { fields, error } : { fields };
}
