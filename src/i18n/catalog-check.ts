import type { CompiledMessage } from "@lingui/message-utils/compileMessage";
import { type CompiledCatalog, compileCatalog, type RawCatalog } from "./compile-catalog.ts";

/** The placeholders a message uses, each as `name:type` (`text` for a plain `{name}`). */
export function placeholders(message: CompiledMessage): readonly string[] {
  const found = new Set<string>();
  const walk = (tokens: CompiledMessage): void => {
    for (const token of tokens) {
      if (typeof token === "string") continue;
      const [name, type, format] = token;
      found.add(`${name}:${type ?? "text"}`);
      if (type === "select") {
        // The compiler adds an `offset` key of its own to every choice.
        const choices = Object.keys(format ?? {}).filter((k) => k !== "offset");
        found.add(`${name}:select{${choices.sort()}}`);
      }
      if (format !== null && typeof format === "object" && !Array.isArray(format)) {
        for (const branch of Object.values(format as Record<string, unknown>))
          if (Array.isArray(branch)) walk(branch as CompiledMessage);
      }
    }
  };
  walk(message);
  return [...found].sort();
}

/**
 * How one language's catalog differs from the source language's: ids it lacks or has extra,
 * messages whose placeholders (names, kinds, a select's choices) are not the same, and ICU
 * quoting mistakes (an apostrophe before a brace hides the placeholder). Plural branches may
 * differ, since languages have different plural forms. Empty when the catalog is complete.
 */
export function catalogProblems(
  source: RawCatalog,
  target: RawCatalog,
  where: string,
): readonly string[] {
  const problems: string[] = [];
  const compiledSource: CompiledCatalog = compileCatalog(source, `${where} (source)`);
  const compiledTarget: CompiledCatalog = compileCatalog(target, where);
  for (const id of Object.keys(source)) {
    if (!(id in target)) problems.push(`${where}: missing "${id}"`);
  }
  for (const [id, text] of Object.entries(target)) {
    const original = compiledSource[id];
    if (original === undefined) {
      problems.push(`${where}: "${id}" is not in the source catalog`);
      continue;
    }
    const want = placeholders(original).join(", ");
    const got = placeholders(compiledTarget[id] ?? []).join(", ");
    if (want !== got) problems.push(`${where}: "${id}" has placeholders [${got}], not [${want}]`);
    if (/'[{}]/.test(text)) problems.push(`${where}: "${id}" quotes a brace with an apostrophe`);
  }
  return problems;
}
