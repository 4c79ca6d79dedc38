import { useState } from "preact/hooks";
import { importPhotoArchive, type PhotoImport } from "./photo-archive.ts";

/** Picks a photo archive and reports what came back; a bad archive changes nothing. */
export function PhotoImportField() {
  const [outcome, setOutcome] = useState<PhotoImport>();
  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    setOutcome(undefined);
    setOutcome(await importPhotoArchive(await file.text()));
  };
  return (
    <>
      <label class="block">
        Choose a Nura photo archive (JSON){" "}
        <input type="file" accept="application/json,.json" onChange={(e) => void onFile(e)} />
      </label>
      {outcome === undefined ? null : outcome.ok ? (
        <p role="status" class="photo-import-report">
          Brought back {outcome.imported} {outcome.imported === 1 ? "photo" : "photos"}
          {outcome.skipped > 0 ? `; ${outcome.skipped} already on this device` : ""}.
        </p>
      ) : (
        <p role="alert" class="error">
          No photos were changed. {outcome.message}.
        </p>
      )}
    </>
  );
}
