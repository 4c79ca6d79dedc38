import { type CompiledMessage, compileMessageOrThrow } from "@lingui/message-utils/compileMessage";

/** A catalog as written: message id → ICU MessageFormat text. */
export type RawCatalog = Readonly<Record<string, string>>;

/** A catalog compiled for Lingui's runtime: no parsing left to do when a message is shown. */
export type CompiledCatalog = Readonly<Record<string, CompiledMessage>>;

/** Compiles one message; a syntax error names the message and its catalog. */
export function compileOne(id: string, text: string, where: string): CompiledMessage {
  try {
    return compileMessageOrThrow(text);
  } catch (err) {
    throw new Error(`${where}: message "${id}" is not valid ICU MessageFormat: ${String(err)}`);
  }
}

/** Compiles a whole catalog (at build time for the browser, which then ships no parser). */
export function compileCatalog(raw: RawCatalog, where: string): CompiledCatalog {
  return Object.fromEntries(
    Object.entries(raw).map(([id, text]) => [id, compileOne(id, text, where)]),
  );
}
