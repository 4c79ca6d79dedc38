import { describe, expect, it } from "vitest";
import { pickCoding } from "./content-coding.ts";

describe("pickCoding", () => {
  it("prefers brotli, then gzip, and sends nothing compressed to a client that asks for none", () => {
    expect(pickCoding("gzip, deflate, br, zstd")).toBe("br");
    expect(pickCoding("gzip, deflate")).toBe("gzip");
    expect(pickCoding("deflate")).toBeNull();
    expect(pickCoding(undefined)).toBeNull();
    expect(pickCoding("")).toBeNull();
  });

  it("honours weights, q=0 refusals and the * wildcard", () => {
    expect(pickCoding("br;q=0, gzip")).toBe("gzip");
    expect(pickCoding("br;q=0.2, gzip;q=0.8")).toBe("gzip");
    expect(pickCoding("identity, *;q=0")).toBeNull();
    expect(pickCoding("*")).toBe("br");
    expect(pickCoding("br;q=0, *")).toBe("gzip");
    expect(pickCoding("GZIP;Q=1")).toBe("gzip");
    expect(pickCoding("br;q=nonsense, gzip")).toBe("gzip");
  });
});
