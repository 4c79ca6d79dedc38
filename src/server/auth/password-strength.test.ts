import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { workerStrengthChecker } from "./password-strength.ts";

describe("workerStrengthChecker", () => {
  const checker = workerStrengthChecker();
  afterAll(() => checker.close());

  it("rates common, patterned and personal passwords low, and passphrases high", async () => {
    const rate = async (p: string, inputs: string[] = []) => (await checker.check(p, inputs)).score;
    expect(await rate("Password123")).toBeLessThan(3);
    expect(await rate("qwertyuiop12")).toBeLessThan(3);
    expect(await rate("aaaaaaaaaaaa")).toBeLessThan(3);
    expect(
      await rate("ada.lovelace.1815", ["ada.lovelace@example.org", "ada.lovelace"]),
    ).toBeLessThan(3);
    expect(await rate("correct horse battery")).toBe(4);
    expect(await checker.check("Password123", [])).toEqual({
      score: 1,
      warning: "This is a commonly used password.",
      suggestions: [
        "Add more words that are less common.",
        "Capitalize more than the first letter.",
      ],
    });
  });

  it("answers several checks at once, each with its own result", async () => {
    const results = await Promise.all(
      ["Password123", "correct horse battery", "aaaaaaaaaaaa"].map((p) => checker.check(p, [])),
    );
    expect(results.map((r) => r.score)).toEqual([1, 4, 0]);
  });

  it("never keeps the process from exiting once no check is waiting", () => {
    const module = fileURLToPath(new URL("./password-strength.ts", import.meta.url));
    const script = `const { workerStrengthChecker } = await import(${JSON.stringify(module)});
      const c = workerStrengthChecker();
      console.log((await c.check("correct horse battery", [])).score);`;
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", script],
      {
        encoding: "utf8",
        timeout: 30_000,
      },
    );
    expect({ status: run.status, out: run.stdout.trim() }).toEqual({ status: 0, out: "4" });
  });
});
