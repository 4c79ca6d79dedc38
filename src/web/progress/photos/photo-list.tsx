import { useState } from "preact/hooks";
import { t } from "../../i18n/language.ts";
import type { LocalPhoto } from "../../local/local-db.ts";
import { Button } from "../../ui/button.tsx";
import { Trash } from "../../ui/icons.ts";
import { Sheet } from "../../ui/sheet.tsx";
import { photoDate } from "./photo-date.ts";
import { useObjectUrl } from "./use-object-url.ts";

function PhotoItem(props: { photo: LocalPhoto; onDelete: (p: LocalPhoto) => void }) {
  const { photo } = props;
  const url = useObjectUrl(photo.blob);
  const when = photoDate(photo);
  return (
    <li class="photo-list__item" data-photo={photo.id}>
      <img
        src={url}
        alt={t("progress.photos.alt", { when })}
        width={photo.width}
        height={photo.height}
      />
      <p>{when}</p>
      <Button
        variant="quiet"
        size="small"
        icon={Trash}
        aria-label={t("progress.photos.delete-label", { when })}
        onClick={() => props.onDelete(photo)}
      >
        {t("progress.photos.delete")}
      </Button>
    </li>
  );
}

/**
 * Every saved photo, oldest first. Delete asks first, in a sheet showing the photo; `remove`
 * does the deleting (and offers undo).
 */
export function PhotoList(props: {
  readonly photos: readonly LocalPhoto[];
  readonly remove: (photo: LocalPhoto) => void;
}) {
  const [asking, setAsking] = useState<LocalPhoto>();
  const askingUrl = useObjectUrl(asking?.blob);
  const { photos } = props;
  return (
    <section aria-labelledby="saved-heading" class="photo-saved">
      <h3 id="saved-heading">{t("progress.photos.saved", { count: photos.length })}</h3>
      <ul class="photo-list">
        {photos.map((p) => (
          <PhotoItem key={p.id} photo={p} onDelete={setAsking} />
        ))}
      </ul>
      <Sheet
        open={asking !== undefined}
        onClose={() => setAsking(undefined)}
        title={t("progress.photos.ask")}
        description={asking ? t("progress.photos.ask-more", { when: photoDate(asking) }) : ""}
        closeLabel={t("progress.photos.keep-label")}
        footer={
          <>
            <Button variant="quiet" onClick={() => setAsking(undefined)}>
              {t("progress.photos.keep")}
            </Button>
            <Button
              variant="destructive"
              icon={Trash}
              onClick={() => {
                if (asking) props.remove(asking);
                setAsking(undefined);
              }}
            >
              {t("progress.photos.delete-yes")}
            </Button>
          </>
        }
      >
        {askingUrl ? <img class="photo-list__asking" src={askingUrl} alt="" /> : null}
      </Sheet>
    </section>
  );
}
