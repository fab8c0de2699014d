// The commands of `ndc`, in the order `ndc --help` lists them. A new command is one file under
// commands/ and one line here.
import type { Command } from "../framework/command.js";
import { demoCommand } from "./demo/demo-command.js";
import { linkCommand } from "./link/link-command.js";
import { qualityCommand } from "./quality/quality-command.js";
import { sandboxCommand } from "./sandbox/sandbox-command.js";
import { schemasCommand } from "./schemas/schemas-command.js";
import { synthCommand } from "./synth/synth-command.js";
import { tokensCommand } from "./tokens/tokens-command.js";
import { validateCommand } from "./validate/validate-command.js";

export const COMMANDS: readonly Command[] = [
  validateCommand,
  qualityCommand,
  linkCommand,
  tokensCommand,
  sandboxCommand,
  synthCommand,
  schemasCommand,
  demoCommand,
];
