import { ConfigError, loadConfig } from "../../server/config.ts";
import { migrateToLatest } from "../../server/store/migrate.ts";
import { openStore } from "../../server/store/open-store.ts";
import { type CliContext, exitCode } from "../command.ts";

/** `nura migrate`: brings the configured database to the newest schema and says what ran. */
export async function run(ctx: CliContext): Promise<number> {
  if (ctx.argv.includes("--help")) {
    ctx.stdout("Usage: nura migrate\n\nApplies every pending migration, then exits.\n");
    return exitCode.ok;
  }
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(ctx.env, ctx.cwd);
  } catch (err) {
    if (err instanceof ConfigError) {
      ctx.stderr(`nura: ${err.message}\n`);
      return exitCode.usage;
    }
    throw err;
  }
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const applied = await migrateToLatest(store);
    ctx.stdout(
      applied.length === 0
        ? `${store.dialect}: already up to date\n`
        : `${store.dialect}: applied ${applied.join(", ")}\n`,
    );
    return exitCode.ok;
  } finally {
    await store.close();
  }
}
