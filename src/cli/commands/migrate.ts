import { migrateToLatest } from "../../server/store/migrate.ts";
import { openStore } from "../../server/store/open-store.ts";
import { type CliContext, exitCode } from "../command.ts";
import { readServerConfig } from "../server-config.ts";

/** `nura migrate`: brings the configured database to the newest schema and says what ran. */
export async function run(ctx: CliContext): Promise<number> {
  if (ctx.argv.includes("--help")) {
    ctx.stdout("Usage: nura migrate\n\nApplies every pending migration, then exits.\n");
    return exitCode.ok;
  }
  const config = readServerConfig(ctx);
  if (!config) return exitCode.usage;
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
