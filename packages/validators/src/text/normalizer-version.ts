/**
 * The version of the text-normalisation specification: what `normalizeVietnamese`,
 * `foldDiacritics` and the name keys output for a given input. Linkage results record it, so any
 * change to their output, however small, must change this version.
 */
export const NORMALIZER_VERSION = "1.0.0";
