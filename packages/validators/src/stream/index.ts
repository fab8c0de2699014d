// Batch validation of JSON, NDJSON and CSV streams with line numbers.
export {
  type CsvHeaderProblem,
  csvHeaderProblemMessages,
  csvTypeMessages,
  type JsonProblem,
  jsonProblemMessages,
  type StreamIssueCode,
  streamMessages,
} from "./messages.js";
export { DEFAULT_MAX_RECORD_BYTES } from "./options.js";
export type {
  CsvColumnType,
  CsvOptions,
  StreamFormat,
  StreamOptions,
  StreamRecordBase,
  StreamRecordResult,
  StreamSource,
} from "./types.js";
export { validateStream } from "./validate-stream.js";
