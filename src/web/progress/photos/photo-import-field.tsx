import { useState } from "preact/hooks";
import { ProblemNotice } from "../../common/problem-notice.tsx";
import { useAction } from "../../common/use-action.ts";
import { importPhotoArchive, type PhotoImport } from "./photo-archive.ts";

/** Picks a photo archive and reports what came back; a bad archive changes nothing. */
export function PhotoImportField() {
  const [outcome, setOutcome] = useState<PhotoImport>();
  const importing = useAction("bring the photos back", async (file: File) => {
    setOutcome(await importPhotoArchive(await file.text()));
  });
  const onFile = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    setOutcome(undefined);
    importing.run(file);
  };
  return (
    <>
      <label class="block">
        Choose a Nura photo archive (JSON){" "}
        <input
          type="file"
          accept="application/json,.json"
          disabled={importing.busy.value}
          onChange={onFile}
        />
      </label>
      <ProblemNotice problem={importing.problem.value} />
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
