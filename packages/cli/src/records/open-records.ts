// The records of an input file, ready for validateStream: the file opened, and for CSV the column
// types read from the schema by the file's header.
import type { CsvOptions, StreamFormat } from "@ndcvn/validators";
import type { CliIo } from "../framework/cli-io.js";
import { type InputSource, openInput } from "../framework/input-file.js";
import { csvColumnTypes } from "../standard/csv-column-types.js";
import { loadSchemaDocuments } from "../standard/schema-documents.js";
import type { SchemaNode } from "../standard/schema-walk.js";
import { peekCsvHeader } from "./csv-header.js";
import { ENVELOPE_SCHEMA } from "./envelope-validator.js";

/** An input opened for validation. */
export interface OpenedRecords {
  readonly input: InputSource;
  /** The chunks to read (for CSV: the header included again). */
  readonly source: AsyncIterable<Uint8Array | string>;
  /** Options of the CSV format (column types from the schema). */
  readonly csv: CsvOptions;
}

/** Open an input of records of a schema (or, without one, of the schemas their envelopes name). */
export async function openRecords(
  file: string,
  io: CliIo,
  settings: {
    readonly format: StreamFormat;
    readonly delimiter: string;
    readonly schemaId: string | undefined;
  },
): Promise<OpenedRecords> {
  const input = await openInput(file, io);
  if (settings.format !== "csv") {
    return { input, source: input.chunks, csv: {} };
  }
  const peeked = await peekCsvHeader(input.chunks, settings.delimiter);
  const documents = await loadSchemaDocuments();
  const schemaId = settings.schemaId;
  const records =
    schemaId === undefined
      ? [...documents.values()]
      : [documents.get(schemaId)].filter((document) => document !== undefined);
  const resolve = (id: string): SchemaNode | undefined => documents.get(id);
  const columnTypes = peeked.columns
    ? csvColumnTypes(peeked.columns, records, documents.get(ENVELOPE_SCHEMA), resolve)
    : {};
  return {
    input,
    source: peeked.chunks,
    csv: { delimiter: settings.delimiter, columnTypes },
  };
}
