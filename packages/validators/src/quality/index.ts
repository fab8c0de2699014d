// The data-quality report: `assessQuality` scores records on the four NDC dimensions (đúng, đủ,
// sạch, sống); `renderQualityReport` turns the result into a self-contained HTML page.
export { assessRecords, QUALITY_REPORT_VERSION } from "./assess-quality.js";
export {
  assessQuality,
  type QualityRecords,
  type SchemaQualityOptions,
} from "./assess-quality-by-schema.js";
export { type BilingualLabel, type QualityLabelKey, qualityLabels } from "./labels.js";
export { type RenderOptions, renderQualityReport } from "./render-report.js";
export type {
  AdministrativeCodeSummary,
  AgeBucket,
  DuplicateKeySpec,
  FieldCompleteness,
  FieldGroupSummary,
  FieldLabel,
  IssueSummary,
  JsonSchemaObject,
  KeyDuplicates,
  QualityOptions,
  QualityReport,
  Share,
  SuccessorSummary,
  TextFieldSummary,
} from "./types.js";
