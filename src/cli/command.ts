/** What a command can touch: its arguments, output streams and environment, passed in for tests. */
export interface CliContext {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The folder holding the built web app (dist/web). */
  readonly webDir: string;
}

/** One `nura` sub-command. `run` resolves to the process exit code. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  run(ctx: CliContext): Promise<number>;
}

/** Exit codes shared by every command. */
export const exitCode = { ok: 0, failure: 1, usage: 2, refused: 3 } as const;

/** Thrown for bad flags or values; the dispatcher prints it and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
