import { useState } from "preact/hooks";
import { ProblemNotice } from "../../common/problem-notice.tsx";
import { useAction } from "../../common/use-action.ts";
import { t } from "../../i18n/language.ts";
import { Disclosure } from "../../ui/disclosure.tsx";
import { FileField } from "../../ui/file-field.tsx";
import { Image } from "../../ui/icons.ts";
import { Notice } from "../../ui/notice.tsx";
import { importPhotoArchive, type PhotoImport } from "./photo-archive.ts";

/** Picks a photo archive and reports what came back; a bad archive changes nothing. */
export function PhotoImportField() {
  const [outcome, setOutcome] = useState<PhotoImport>();
  const importing = useAction(t("progress.photos.importing"), async (file: File) => {
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
      <FileField
        label={t("progress.photos.import-choose")}
        icon={Image}
        accept="application/json,.json"
        disabled={importing.busy.value}
        onChange={onFile}
      />
      <ProblemNotice problem={importing.problem.value} />
      {outcome === undefined ? null : outcome.ok ? (
        <p role="status" class="photo-import-report">
          {t("progress.photos.imported", {
            imported: outcome.imported,
            skipped: outcome.skipped,
          })}
        </p>
      ) : (
        <Notice tone="danger" role="alert">
          <p>{t("progress.photos.import-refused")}</p>
          <Disclosure summary={t("progress.data.details")}>
            <p>{outcome.message}.</p>
          </Disclosure>
        </Notice>
      )}
    </>
  );
}
