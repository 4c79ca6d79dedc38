/** The compressions the server sends text files in, best first. */
export type ContentCoding = "br" | "gzip";

const preference: readonly ContentCoding[] = ["br", "gzip"];

/**
 * The coding to answer with for an `Accept-Encoding` header: brotli when the client takes it,
 * else gzip, else none. A coding listed with `q=0` is refused, and `*` stands for any coding
 * not listed (RFC 9110 §12.5.3).
 */
export function pickCoding(acceptEncoding: string | undefined): ContentCoding | null {
  if (!acceptEncoding) return null;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    if (name === "") continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (coding: ContentCoding) => weights.get(coding) ?? weights.get("*") ?? 0;
  let best: ContentCoding | null = null;
  for (const coding of preference) {
    if (weightOf(coding) > 0 && (best === null || weightOf(coding) > weightOf(best))) best = coding;
  }
  return best;
}
