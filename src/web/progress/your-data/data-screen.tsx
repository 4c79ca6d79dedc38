import { useState } from "preact/hooks";
import type { ImportPlan } from "../../../core/portability/import-plan.ts";
import { checkinsCsv, sessionsCsv } from "../../../core/portability/records-csv.ts";
import { ProblemNotice } from "../../common/problem-notice.tsx";
import { useAction } from "../../common/use-action.ts";
import type { Records } from "../../local/records.ts";
import { Disclosure } from "../../ui/disclosure.tsx";
import { Notice } from "../../ui/notice.tsx";
import { exportPhotoArchive } from "../photos/photo-archive.ts";
import { PhotoImportField } from "../photos/photo-import-field.tsx";
import type { ProgressData } from "../progress-data.ts";
import { deleteAllLocalData, download, exportAll, importText } from "./data-io.ts";
import { type ImportErrorWords, importErrorWords } from "./import-error-words.ts";
import { ImportReport } from "./import-report.tsx";

const today = () => new Date().toISOString().slice(0, 10);

/** Export (JSON, CSV, photo archive), import with a report, and delete everything. */
export function DataScreen({ data, records }: { data: ProgressData; records: Records }) {
  const [report, setReport] = useState<ImportPlan>();
  const [error, setError] = useState<ImportErrorWords>();
  const [confirming, setConfirming] = useState(false);

  const exporting = useAction("export your data", async () => {
    const file = await exportAll();
    download(
      `nura-export-${today()}.json`,
      "application/json",
      `${JSON.stringify(file, null, 2)}\n`,
    );
  });
  const exportingPhotos = useAction("export your photos", () => exportPhotoArchive());
  const importing = useAction("import the file", async (input: HTMLInputElement, file: File) => {
    setReport(undefined);
    setError(undefined);
    try {
      const outcome = await importText(records, await file.text());
      if (outcome.ok) setReport(outcome.plan);
      else setError(importErrorWords(outcome.error));
    } catch (e) {
      setError({
        text: "The file could not be read from this device.",
        detail: `${(e as Error).message}.`,
      });
    } finally {
      input.value = "";
    }
  });
  const busy = importing.busy.value;
  const onFile = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (file) importing.run(input, file);
  };
  const wiping = useAction("delete everything on this device", async () => {
    await deleteAllLocalData();
    location.reload();
  });
  const sessions = data.sessions.map((s) => ({ id: s.id, body: s.body }));
  const checkins = data.checkins.map((c) => ({ id: c.id, body: c.body }));

  return (
    <section aria-labelledby="data-heading" class="progress-card">
      <h2 id="data-heading">Your data</h2>
      <p>
        Everything Nura knows about you is yours to take out and bring back: your profile, routines,
        sessions, check-ins and settings, in one file.
      </p>
      <h3>Export</h3>
      <div class="actions">
        <button type="button" disabled={exporting.busy.value} onClick={() => exporting.run()}>
          Export everything (JSON)
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() =>
            download(`nura-sessions-${today()}.csv`, "text/csv", sessionsCsv(sessions))
          }
        >
          Sessions as CSV
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() =>
            download(`nura-checkins-${today()}.csv`, "text/csv", checkinsCsv(checkins))
          }
        >
          Check-ins as CSV
        </button>
        <button
          type="button"
          class="secondary"
          disabled={exportingPhotos.busy.value}
          onClick={() => exportingPhotos.run()}
        >
          Photos (separate file)
        </button>
      </div>
      <ProblemNotice problem={exporting.problem.value} />
      <ProblemNotice problem={exportingPhotos.problem.value} />
      <p class="muted">
        Photos are not in the main export. Their separate file holds the pictures as text (base64
        JSON), made on this device; nothing is uploaded.
      </p>
      <h3>Import</h3>
      <label class="block">
        Choose a Nura export (JSON){" "}
        <input type="file" accept="application/json,.json" onChange={onFile} disabled={busy} />
      </label>
      <p class="muted">
        Records already here are kept; nothing is duplicated. A damaged or changed file is refused
        whole, and then nothing changes.
      </p>
      {error ? (
        <Notice tone="danger" role="alert">
          <p>Nothing was changed. {error.text}</p>
          <Disclosure summary="Details">
            <p>{error.detail}</p>
          </Disclosure>
        </Notice>
      ) : null}
      {report ? <ImportReport plan={report} /> : null}
      <PhotoImportField />
      <h3>Delete</h3>
      {confirming ? (
        <div class="danger">
          <p id="wipe-question">
            Delete all sessions, check-ins, settings and photos from this device? This cannot be
            undone. Export first if you want a copy.
          </p>
          <button type="button" disabled={wiping.busy.value} onClick={() => wiping.run()}>
            Yes, delete everything
          </button>{" "}
          <button type="button" class="secondary" onClick={() => setConfirming(false)}>
            Keep my data
          </button>
          <ProblemNotice problem={wiping.problem.value} />
        </div>
      ) : (
        <button type="button" class="secondary" onClick={() => setConfirming(true)}>
          Delete all local data…
        </button>
      )}
    </section>
  );
}
