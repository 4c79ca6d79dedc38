import type { FaceAnchors } from "../../../core/camera/face-anchors.ts";
import { t } from "../../i18n/language.ts";
import { Button } from "../../ui/button.tsx";
import { Icon } from "../../ui/icon.tsx";
import { CircleCheck, RefreshCw, TriangleAlert } from "../../ui/icons.ts";
import type { PhotoReview } from "./photo-review.ts";
import type { PreparedPhoto } from "./prepare-photo.ts";
import { useObjectUrl } from "./use-object-url.ts";

/** A photo taken or picked, not saved yet: the id it is saved under (made when taken), the face. */
export type Pending = PreparedPhoto & {
  readonly id: string;
  /** undefined while the face is looked for, or when the models could not run. */
  readonly anchors: FaceAnchors | null | undefined;
  /** undefined while the check runs. */
  readonly review: PhotoReview | undefined;
};

/**
 * The photo just taken, with what the check found: each thing worth retaking for, in words, or
 * that it looks fine. It never refuses: "Save anyway" keeps it as it is.
 */
export function PendingPhoto(props: {
  readonly pending: Pending;
  readonly saving: boolean;
  readonly onSave: () => void;
  readonly onRetake: () => void;
}) {
  const { pending } = props;
  const url = useObjectUrl(pending.blob);
  const review = pending.review;
  const fine = review !== undefined && review.advice.length === 0;
  return (
    <div class="pending-photo">
      <img
        src={url}
        alt={t("progress.photos.pending-alt")}
        width={pending.width}
        height={pending.height}
      />
      <div class="pending-photo__check" aria-live="polite">
        {review === undefined ? (
          <p role="status">{t("progress.photos.checking")}</p>
        ) : fine ? (
          <p class="pending-photo__fine">
            <Icon icon={CircleCheck} size={20} />
            <span>
              {t(review.lightOnly ? "progress.photos.fine-light" : "progress.photos.fine")}
            </span>
          </p>
        ) : (
          <div role="alert" class="pending-photo__advice">
            <p class="pending-photo__lead">
              <Icon icon={TriangleAlert} size={20} />
              <span>{t("progress.photos.retake-lead")}</span>
            </p>
            <ul>
              {review.advice.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
          </div>
        )}
        {review?.lightOnly ? (
          <p class="pending-photo__note">{t("progress.photos.light-only")}</p>
        ) : null}
      </div>
      <div class="photos-actions">
        <Button
          busy={props.saving}
          disabled={review === undefined}
          busyLabel={t("progress.checkin.busy")}
          onClick={props.onSave}
        >
          {t(fine || review === undefined ? "progress.photos.save" : "progress.photos.save-anyway")}
        </Button>
        <Button variant="secondary" icon={RefreshCw} onClick={props.onRetake}>
          {t("progress.photos.retake")}
        </Button>
      </div>
    </div>
  );
}
