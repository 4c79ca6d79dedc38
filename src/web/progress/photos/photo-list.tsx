import { useState } from "preact/hooks";
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
      <img src={url} alt={`Your face on ${when}`} width={photo.width} height={photo.height} />
      <p>{when}</p>
      <Button
        variant="quiet"
        size="small"
        icon={Trash}
        aria-label={`Delete the photo from ${when}`}
        onClick={() => props.onDelete(photo)}
      >
        Delete
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
      <h3 id="saved-heading">Saved photos ({photos.length})</h3>
      <ul class="photo-list">
        {photos.map((p) => (
          <PhotoItem key={p.id} photo={p} onDelete={setAsking} />
        ))}
      </ul>
      <Sheet
        open={asking !== undefined}
        onClose={() => setAsking(undefined)}
        title="Delete this photo?"
        description={
          asking ? `The photo from ${photoDate(asking)} is removed from this device.` : ""
        }
        closeLabel="Keep the photo"
        footer={
          <>
            <Button variant="quiet" onClick={() => setAsking(undefined)}>
              Keep it
            </Button>
            <Button
              variant="destructive"
              icon={Trash}
              onClick={() => {
                if (asking) props.remove(asking);
                setAsking(undefined);
              }}
            >
              Delete photo
            </Button>
          </>
        }
      >
        {askingUrl ? <img class="photo-list__asking" src={askingUrl} alt="" /> : null}
      </Sheet>
    </section>
  );
}
