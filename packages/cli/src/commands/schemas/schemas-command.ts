// `ndc schemas list|show|export`.
import { defineCommand } from "../../framework/command.js";
import { schemasExportCommand } from "./schemas-export.js";
import { schemasListCommand } from "./schemas-list.js";
import { schemasMessages as m } from "./schemas-messages.js";
import { schemasShowCommand } from "./schemas-show.js";

export const schemasCommand = defineCommand({
  name: "schemas",
  summary: m.summary,
  description: m.description,
  usage: "list|show|export [arguments] [options]",
  arguments: [],
  options: {},
  subcommands: [schemasListCommand, schemasShowCommand, schemasExportCommand],
  examples: [
    "ndc schemas list --database population",
    "ndc schemas show Citizen",
    "ndc schemas export ./ndc-schemas",
  ],
});
