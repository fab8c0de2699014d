// Options shared by link, dedupe and linkMany.

/** Options of the engine that only change how, never what, it computes. */
export interface EngineTuning {
  /**
   * The most keys one JavaScript Map holds before keys are spread over several (V8 allows about
   * 16.7 million entries per Map). Only tests need to change it.
   * @default 8000000
   */
  readonly maxKeysPerMap?: number;
}
