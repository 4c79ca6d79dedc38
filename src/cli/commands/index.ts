import type { CliContext, Command } from "../command.ts";

type Run = (ctx: CliContext) => Promise<number>;

/**
 * A command whose code is loaded only when it runs: `nura --help` or `nura plan` then never
 * load the server, Kysely or a database driver, and start in a fraction of the time.
 */
function lazy(name: string, summary: string, load: () => Promise<{ run: Run }>): Command {
  return { name, summary, run: async (ctx) => (await load()).run(ctx) };
}

/** Every `nura` command, in the order `nura --help` lists them. */
export const commands: readonly Command[] = [
  lazy(
    "serve",
    "serve the app and API (PORT, HOST, NURA_DATA_DIR, DATABASE_URL, LOG_LEVEL)",
    () => import("./serve.ts"),
  ),
  lazy(
    "migrate",
    "apply database migrations (SQLite under NURA_DATA_DIR, or DATABASE_URL)",
    () => import("./migrate.ts"),
  ),
  lazy(
    "reset-password",
    "print a one-time link to set a new password for an account (when no mail is set up)",
    () => import("./reset-password.ts"),
  ),
  lazy(
    "plan",
    "plan a face-massage session (safety screen, timed steps, cues)",
    () => import("./plan.ts"),
  ),
  lazy(
    "programme",
    "list the multi-week programmes, or show one's days from a start date",
    () => import("./programme.ts"),
  ),
  lazy(
    "routine",
    "order skincare products into a routine with the massage step",
    () => import("./routine.ts"),
  ),
];
