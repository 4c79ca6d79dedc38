import type { Command } from "../command.ts";
import { migrateCommand } from "./migrate.ts";
import { serveCommand } from "./serve.ts";

/** Every `nura` command, in the order `nura --help` lists them. */
export const commands: readonly Command[] = [serveCommand, migrateCommand];
