import { parseArgs } from "node:util";
import { createResetToken, resetLink, resetTtlMs } from "../../server/auth/reset-store.ts";
import { findAccountByEmail } from "../../server/auth/user-store.ts";
import { openMigratedStore } from "../../server/store/open-store.ts";
import { type CliContext, exitCode, UsageError } from "../command.ts";
import { readServerConfig } from "../server-config.ts";

const help = `Usage: nura reset-password EMAIL

Prints a one-time link that lets the account with EMAIL choose a new password, for an operator
to pass on when this server sends no mail (NURA_SMTP_URL unset). The link works once, for ${resetTtlMs / 60_000}
minutes, and using it signs the account out everywhere. It points at NURA_PUBLIC_URL, or at
http://localhost:PORT when that is unset. Reads the same environment as nura serve.
`;

/** `nura reset-password EMAIL`: a reset link for the operator to hand over. */
export async function run(ctx: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...ctx.argv],
    options: { help: { type: "boolean" } },
    allowPositionals: true,
  });
  if (values.help) {
    ctx.stdout(help);
    return exitCode.ok;
  }
  const [email, ...extra] = positionals;
  if (email === undefined || extra.length > 0) throw new UsageError("give one email address");
  const config = readServerConfig(ctx);
  if (!config) return exitCode.usage;
  const store = await openMigratedStore({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
  });
  try {
    const account = await findAccountByEmail(store, email);
    if (!account) {
      ctx.stderr(`nura reset-password: no account has the email ${email}\n`);
      return exitCode.failure;
    }
    const token = await createResetToken(store, account.id, Date.now());
    const origin = config.publicUrl ?? `http://localhost:${config.port}`;
    ctx.stdout(
      `A one-time link for ${account.email}: it works once, within ${resetTtlMs / 60_000} minutes.\n${resetLink(origin, token)}\n`,
    );
    return exitCode.ok;
  } finally {
    await store.close();
  }
}
