import { parseAst } from "rolldown/parseAst";

/**
 * The folders of `src/web` whose screens say nothing outside the catalogs. Widen this list as
 * each part of the app is moved onto the catalogs; the scan then holds it there.
 */
export const SCANNED_FOLDERS: readonly string[] = [
  "shell",
  "common",
  "ui",
  "welcome",
  "today",
  "more",
  "local",
  "pwa",
  "reminders",
  "player",
  "face-art",
  "camera",
  "learn",
  "progress",
  "sync",
  "settings",
  "programme",
  "routines",
  "i18n",
];

/**
 * Files of those folders that no screen shows: the PWA plugin runs in the build and writes one
 * install manifest for every language (its English name and description are left as they are).
 */
export const NOT_SCREENS: readonly string[] = [
  "pwa/pwa-plugin.ts",
  // The face art's demo page, built in development only (like /design).
  "face-art/demo/demo.tsx",
  // The API client's fallbacks stand in for the server's English message, which stays English
  // with a stable code; screens say each code in their own words (common/error-text.ts).
  "sync/api-client.ts",
];

/** JSX attributes and object properties a person reads or hears (a screen reader's included). */
const SPOKEN_NAMES = new Set([
  "aria-label",
  "aria-valuetext",
  "aria-roledescription",
  "title",
  "placeholder",
  "alt",
  "label",
  "hint",
  "heading",
  "message",
  "description",
  "closeLabel",
  "actionLabel",
  "retryLabel",
  "emptyText",
  "legend",
  "summary",
  "busyLabel",
  "error",
]);

/**
 * Calls whose first argument a person reads: what an action or a load was doing, which ends the
 * "Could not …" sentence of its problem (`useAction`, `useLoad`, `new Action`).
 */
const SPOKEN_FIRST_ARGUMENT = new Set(["useAction", "useLoad", "Action"]);

/** Names that stay as they are in every language. */
const BRAND_NAMES = new Set(["Nura"]);

/** A catalog message id ("welcome.health.group.skin"): data that names words, not words. */
const MESSAGE_ID = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/** A piece of text a person would read, written in the source instead of taken from a catalog. */
export interface UntranslatedText {
  readonly line: number;
  readonly text: string;
}

/** Text with a word in it: two letters in a row (a lone "×" or "·" or a number is not a word). */
const hasWord = (text: string): boolean => /\p{L}{2}/u.test(text);

/** A node of the syntax tree (ESTree with JSX), read loosely: only a few fields are looked at. */
interface Node {
  readonly type: string;
  readonly start: number;
  readonly [field: string]: unknown;
}

const isNode = (value: unknown): value is Node =>
  typeof value === "object" && value !== null && typeof (value as Node).type === "string";

/** The string literals and templates an expression can evaluate to (either side of `?:`, `??`, `||`, `&&`, `+`). */
function literalsOf(node: Node): Node[] {
  if (node.type === "Literal") return typeof node.value === "string" ? [node] : [];
  if (node.type === "TemplateLiteral") return [node];
  if (node.type === "ConditionalExpression")
    return [...literalsOf(node.consequent as Node), ...literalsOf(node.alternate as Node)];
  if (
    node.type === "LogicalExpression" ||
    (node.type === "BinaryExpression" && node.operator === "+")
  )
    return [...literalsOf(node.left as Node), ...literalsOf(node.right as Node)];
  return [];
}

/** The words of a literal as written (a template's fixed parts, its placeholders left out). */
const wordsOf = (node: Node): string =>
  node.type === "Literal"
    ? String(node.value)
    : (node.quasis as Node[]).map((q) => (q.value as { cooked: string }).cooked).join(" ");

/** The name of an attribute or a property key, as written. */
function nameOf(key: unknown): string {
  if (!isNode(key)) return "";
  if (key.type === "JSXIdentifier" || key.type === "Identifier") return String(key.name);
  if (key.type === "Literal") return String(key.value);
  if (key.type === "JSXNamespacedName") return `${nameOf(key.namespace)}:${nameOf(key.name)}`;
  return "";
}

/**
 * Finds text a person reads that a source file writes out itself: JSX text, string literals
 * shown as JSX children, the values of spoken attributes and properties (`aria-label`,
 * `title`, `label`, …) and what an action says it was doing (`useAction("save …")`). Everything a person reads should come from `t(…)` instead.
 */
export function untranslatedTexts(fileName: string, source: string): UntranslatedText[] {
  const lang = fileName.endsWith(".tsx") ? "tsx" : "ts";
  const program = parseAst(source, { lang }, fileName) as unknown as Node;
  const found: UntranslatedText[] = [];
  const lineAt = (offset: number) => source.slice(0, offset).split("\n").length;
  const report = (node: Node, text: string) => {
    const trimmed = text.replace(/\s+/g, " ").trim();
    if (hasWord(trimmed) && !BRAND_NAMES.has(trimmed) && !MESSAGE_ID.test(trimmed))
      found.push({ line: lineAt(node.start), text: trimmed });
  };
  const reportExpression = (expression: unknown) => {
    if (!isNode(expression)) return;
    for (const literal of literalsOf(expression)) report(literal, wordsOf(literal));
  };
  const visit = (node: Node): void => {
    if (node.type === "JSXText") report(node, String(node.value));
    else if (node.type === "JSXElement" || node.type === "JSXFragment") {
      for (const child of node.children as Node[])
        if (child.type === "JSXExpressionContainer") reportExpression(child.expression);
    } else if (node.type === "JSXAttribute" && SPOKEN_NAMES.has(nameOf(node.name))) {
      const value = node.value;
      if (isNode(value) && value.type === "Literal") report(value, String(value.value));
      else if (isNode(value) && value.type === "JSXExpressionContainer")
        reportExpression(value.expression);
    } else if (node.type === "Property" && SPOKEN_NAMES.has(nameOf(node.key)))
      reportExpression(node.value);
    else if (
      (node.type === "CallExpression" || node.type === "NewExpression") &&
      SPOKEN_FIRST_ARGUMENT.has(nameOf(node.callee))
    )
      reportExpression((node.arguments as unknown[])[0]);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) for (const item of value) if (isNode(item)) visit(item);
      if (isNode(value)) visit(value);
    }
  };
  visit(program);
  return found;
}
