// Issues the CLI adds to the validators' own, in both languages. Like theirs, the messages never
// quote the data.
import type { MessageTable } from "../framework/locale.js";

export const recordMessages = {
  envelope_schema_mismatch: {
    vi: "Phong bì ghi rằng dữ liệu theo một lược đồ khác với lược đồ đang kiểm tra (--schema).",
    en: "The envelope says its data follows another schema than the one being checked (--schema).",
  },
  envelope_unknown_schema: {
    vi: "Phong bì ghi một lược đồ không có trong chuẩn.",
    en: "The envelope names a schema that is not in the standard.",
  },
  record_not_enveloped: {
    vi: "Bản ghi không nằm trong phong bì RecordEnvelope nên không biết lược đồ: hãy dùng --schema.",
    en: "The record is not in a RecordEnvelope, so its schema is unknown: use --schema.",
  },
} as const satisfies MessageTable;
