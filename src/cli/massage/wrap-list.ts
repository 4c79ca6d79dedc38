/** A list of names as comma-separated, indented lines no wider than 100 columns (for --help). */
export function wrapList(names: readonly string[], indent: string): string {
  const lines: string[] = [];
  let line = "";
  for (const name of names) {
    const next = line === "" ? name : `${line}, ${name}`;
    if (indent.length + next.length > 98 && line !== "") {
      lines.push(`${line},`);
      line = name;
    } else line = next;
  }
  return [...lines, line].map((l) => indent + l).join("\n");
}
