// The commands of `ndc`, in the order `ndc --help` lists them. A new command is one file under
// commands/ and one line here.
import type { Command } from "../framework/command.js";
import { qualityCommand } from "./quality/quality-command.js";
import { schemasCommand } from "./schemas/schemas-command.js";
import { synthCommand } from "./synth/synth-command.js";
import { validateCommand } from "./validate/validate-command.js";

export const COMMANDS: readonly Command[] = [
  validateCommand,
  qualityCommand,
  synthCommand,
  schemasCommand,
];
