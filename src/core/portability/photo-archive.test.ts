import { describe, expect, it } from "vitest";
import { parsePhotoArchive } from "./photo-archive.ts";

const photo = {
  id: "0192a3b4-c5d6-7e8f-9a0b-000000000001",
  takenAt: "2026-03-02T08:00:00.000Z",
  localDate: "2026-03-02",
  width: 2,
  height: 1,
  type: "image/png",
  base64: "iVBORw0KGgo=",
};
const archive = (photos: unknown[], extra: object = {}) =>
  JSON.stringify({
    format: "nura-photos",
    schemaVersion: 1,
    exportedAt: "2026-03-03T00:00:00Z",
    photos,
    ...extra,
  });

function refusal(text: string): string {
  const r = parsePhotoArchive(text);
  return r.ok ? "accepted" : `${r.error.field}: ${r.error.message}`;
}

describe("parsePhotoArchive", () => {
  it("reads valid pictures", () => {
    expect(parsePhotoArchive(archive([photo]))).toEqual({ ok: true, value: [photo] });
  });

  it("refuses the whole archive for one bad entry", () => {
    expect(
      refusal(
        archive([
          photo,
          { ...photo, id: "0192a3b4-c5d6-7e8f-9a0b-000000000002", type: "text/html" },
        ]),
      ),
    ).toBe("photos[1].type: photos[1].type must be one of image/jpeg, image/png, image/webp");
    expect(refusal(archive([{ ...photo, base64: "<script>" }]))).toBe(
      "photos[0].base64: photos[0].base64 must be base64 picture data",
    );
    expect(refusal(archive([photo, photo]))).toBe("photos[1].id: photos[1].id appears twice");
    expect(refusal(archive([photo]).slice(0, 50))).toBe(
      "file: the file is not valid JSON; it may be cut short or changed",
    );
    expect(refusal(archive([photo], { schemaVersion: 2 }))).toBe(
      "schemaVersion: this app reads photo archives of schema 1; got 2",
    );
    expect(refusal(archive([{ ...photo, constructor: {} }]))).toBe(
      'file.photos[0].constructor: file.photos[0] uses the forbidden key "constructor"',
    );
  });
});
