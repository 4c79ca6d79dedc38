import { type CliContext, exitCode, UsageError } from "./command.ts";
import { commands } from "./commands/index.ts";

function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `Usage: nura <command> [options]\n\nCommands:\n${lines.join("\n")}\n\nRun "nura <command> --help" for a command's options.\n`;
}

/** Dispatches `nura <command> …`; resolves to the exit code. */
export async function runCli(ctx: CliContext): Promise<number> {
  const [name, ...rest] = ctx.argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? ctx.stderr : ctx.stdout)(usage());
    return name === undefined ? exitCode.usage : exitCode.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    ctx.stderr(`nura: unknown command "${name}"\n\n${usage()}`);
    return exitCode.usage;
  }
  try {
    return await command.run({ ...ctx, argv: rest });
  } catch (err) {
    if (err instanceof UsageError) {
      ctx.stderr(`nura ${name}: ${err.message}\n`);
      return exitCode.usage;
    }
    ctx.stderr(`nura ${name}: ${err instanceof Error ? err.message : String(err)}\n`);
    return exitCode.failure;
  }
}
