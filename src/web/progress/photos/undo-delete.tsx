import { t } from "../../i18n/language.ts";
import type { LocalPhoto } from "../../local/local-db.ts";
import { Button } from "../../ui/button.tsx";
import { Undo2 } from "../../ui/icons.ts";
import { photoDate } from "./photo-date.ts";

/**
 * After a photo is deleted: which one, and Undo, which puts it back as it was (the same id, the
 * picture and its face). Stays until the next photo is deleted or saved, or the screen is left.
 */
export function UndoDelete(props: {
  readonly deleted: LocalPhoto | undefined;
  readonly busy: boolean;
  readonly onUndo: (photo: LocalPhoto) => void;
}) {
  const { deleted } = props;
  return (
    <div class="undo-delete" role="status">
      {deleted ? (
        <>
          <p>{t("progress.photos.deleted", { when: photoDate(deleted) })}</p>
          <Button
            variant="secondary"
            size="small"
            icon={Undo2}
            busy={props.busy}
            onClick={() => props.onUndo(deleted)}
          >
            {t("progress.photos.undo")}
          </Button>
        </>
      ) : null}
    </div>
  );
}
