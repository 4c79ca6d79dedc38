import type { Command } from "../command.ts";
import { migrateCommand } from "./migrate.ts";
import { planCommand } from "./plan.ts";
import { routineCommand } from "./routine.ts";
import { serveCommand } from "./serve.ts";

/** Every `nura` command, in the order `nura --help` lists them. */
export const commands: readonly Command[] = [
  serveCommand,
  migrateCommand,
  planCommand,
  routineCommand,
];
