import { parse } from "yaml";
import { z } from "zod";
import type { GuideMeta } from "../web/learn/guide-types.ts";

const metaSchema = z.strictObject({
  title: z.string().min(1),
  summary: z.string().min(1),
  author: z.string().min(1),
  date: z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.date()]),
  tags: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
  related: z.array(z.string()).default([]),
});

/** A guide file split into its validated front matter and its Markdown body. */
export interface ParsedGuide {
  readonly meta: GuideMeta;
  readonly body: string;
}

/**
 * Splits `---` front matter from the Markdown and validates it. Throws an Error naming the file
 * and the bad field, so a build fails with a message a writer can act on.
 */
export function parseGuideFile(file: string, source: string): ParsedGuide {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${file}: no front matter (the file must start with a --- block)`);
  const result = metaSchema.safeParse(parse(match[1] ?? ""));
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.join(".") || "front matter";
    throw new Error(`${file}: front matter field "${field}": ${issue?.message ?? "invalid"}`);
  }
  const { date, ...rest } = result.data;
  // YAML reads an unquoted 2026-01-05 as a Date; keep the calendar day as written.
  const day = typeof date === "string" ? date : date.toISOString().slice(0, 10);
  return { meta: { ...rest, date: day }, body: match[2] ?? "" };
}
