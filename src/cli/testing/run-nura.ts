import { runCli } from "../run-cli.ts";

/** Runs `nura <argv…>` in process with no environment, capturing what it prints. */
export function runNura(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  return runNuraWith({}, ...argv);
}

/** Runs `nura <argv…>` in process with the given environment, capturing what it prints. */
export async function runNuraWith(
  env: Readonly<Record<string, string>>,
  ...argv: string[]
): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli({
    argv,
    env,
    cwd: "/",
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    webDir: "/",
  });
  return { code, out, err };
}
