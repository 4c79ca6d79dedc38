import type { LocalPhoto } from "../../local/local-db.ts";
import { useObjectUrl } from "./use-object-url.ts";

function PhotoItem({ photo, remove }: { photo: LocalPhoto; remove: (id: string) => void }) {
  const url = useObjectUrl(photo.blob);
  const when = new Date(photo.takenAt).toLocaleString(undefined, {
    dateStyle: "medium",
    timeStyle: "short",
  });
  return (
    <li data-photo={photo.id}>
      <img src={url} alt={`Your face on ${when}`} width={160} />
      <p>{when}</p>
      <button
        type="button"
        class="secondary"
        onClick={() => remove(photo.id)}
        aria-label={`Delete the photo from ${when}`}
      >
        Delete
      </button>
    </li>
  );
}

/** Every saved photo, oldest first, each deletable. */
export function PhotoList({
  photos,
  remove,
}: {
  photos: readonly LocalPhoto[];
  remove: (id: string) => void;
}) {
  if (photos.length === 0) return <p>No photos yet.</p>;
  return (
    <>
      <h3>Saved photos ({photos.length})</h3>
      <ul class="photo-list">
        {photos.map((p) => (
          <PhotoItem key={p.id} photo={p} remove={remove} />
        ))}
      </ul>
    </>
  );
}
