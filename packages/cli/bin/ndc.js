#!/usr/bin/env node
// The `ndc` command. This file exists before the package is built, so that package managers can
// link the command at install time in a fresh checkout; the command itself is dist/bin.js.
import "../dist/bin.js";
