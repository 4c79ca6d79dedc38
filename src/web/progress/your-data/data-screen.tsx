import { useState } from "preact/hooks";
import type { ImportPlan } from "../../../core/portability/import-plan.ts";
import { checkinsCsv, sessionsCsv } from "../../../core/portability/records-csv.ts";
import { ProblemNotice } from "../../common/problem-notice.tsx";
import { useAction } from "../../common/use-action.ts";
import { t } from "../../i18n/language.ts";
import type { Records } from "../../local/records.ts";
import { Button } from "../../ui/button.tsx";
import { Card } from "../../ui/card.tsx";
import { Disclosure } from "../../ui/disclosure.tsx";
import { FileField } from "../../ui/file-field.tsx";
import { Download, Trash } from "../../ui/icons.ts";
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

  const exporting = useAction(t("progress.data.exporting"), async () => {
    const file = await exportAll();
    download(
      `nura-export-${today()}.json`,
      "application/json",
      `${JSON.stringify(file, null, 2)}\n`,
    );
  });
  const exportingPhotos = useAction(t("progress.data.exporting-photos"), () =>
    exportPhotoArchive(),
  );
  const importing = useAction(
    t("progress.data.importing"),
    async (input: HTMLInputElement, file: File) => {
      setReport(undefined);
      setError(undefined);
      try {
        const outcome = await importText(records, await file.text());
        if (outcome.ok) setReport(outcome.plan);
        else setError(importErrorWords(outcome.error));
      } catch (e) {
        setError({
          text: t("progress.data.import-error.device"),
          detail: `${(e as Error).message}.`,
        });
      } finally {
        input.value = "";
      }
    },
  );
  const busy = importing.busy.value;
  const onFile = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (file) importing.run(input, file);
  };
  const wiping = useAction(t("progress.data.wiping"), async () => {
    await deleteAllLocalData();
    location.reload();
  });
  const sessions = data.sessions.map((s) => ({ id: s.id, body: s.body }));
  const checkins = data.checkins.map((c) => ({ id: c.id, body: c.body }));

  return (
    <div class="data-screen">
      <Card as="section" aria-labelledby="data-heading">
        <h2 id="data-heading">{t("progress.tab.data")}</h2>
        <p>{t("progress.data.about")}</p>
        <h3>{t("progress.data.export")}</h3>
        <div class="data-screen__actions">
          <Button icon={Download} busy={exporting.busy.value} onClick={() => exporting.run()}>
            {t("progress.data.export-all")}
          </Button>
          <Button
            variant="secondary"
            onClick={() =>
              download(`nura-sessions-${today()}.csv`, "text/csv", sessionsCsv(sessions))
            }
          >
            {t("progress.data.sessions-csv")}
          </Button>
          <Button
            variant="secondary"
            onClick={() =>
              download(`nura-checkins-${today()}.csv`, "text/csv", checkinsCsv(checkins))
            }
          >
            {t("progress.data.checkins-csv")}
          </Button>
          <Button
            variant="secondary"
            busy={exportingPhotos.busy.value}
            onClick={() => exportingPhotos.run()}
          >
            {t("progress.data.photos")}
          </Button>
        </div>
        <ProblemNotice problem={exporting.problem.value} />
        <ProblemNotice problem={exportingPhotos.problem.value} />
        <p class="muted">{t("progress.data.csv-about")}</p>
        <p class="muted">{t("progress.data.photos-about")}</p>
      </Card>
      <Card as="section" aria-labelledby="import-heading">
        <h2 id="import-heading">{t("progress.data.import")}</h2>
        <p class="muted">{t("progress.data.import-about")}</p>
        <FileField
          label={t("progress.data.import-choose")}
          accept="application/json,.json"
          onChange={onFile}
          disabled={busy}
        />
        {error ? (
          <Notice tone="danger" role="alert">
            <p>{t("progress.data.import-error", { reason: error.text })}</p>
            <Disclosure summary={t("progress.data.details")}>
              <p>{error.detail}</p>
            </Disclosure>
          </Notice>
        ) : null}
        {report ? <ImportReport plan={report} /> : null}
        <PhotoImportField />
      </Card>
      <Card as="section" aria-labelledby="wipe-heading">
        <h2 id="wipe-heading">{t("progress.data.delete")}</h2>
        {confirming ? (
          <Notice tone="danger">
            <p id="wipe-question">{t("progress.data.wipe-question")}</p>
            <div class="data-screen__actions">
              <Button
                variant="destructive"
                busy={wiping.busy.value}
                aria-describedby="wipe-question"
                onClick={() => wiping.run()}
              >
                {t("progress.data.wipe-yes")}
              </Button>
              <Button variant="secondary" onClick={() => setConfirming(false)}>
                {t("progress.data.wipe-keep")}
              </Button>
            </div>
            <ProblemNotice problem={wiping.problem.value} />
          </Notice>
        ) : (
          <Button variant="destructive" icon={Trash} onClick={() => setConfirming(true)}>
            {t("progress.data.wipe")}
          </Button>
        )}
      </Card>
    </div>
  );
}
