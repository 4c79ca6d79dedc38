import { t } from "../../i18n/language.ts";
import { Button } from "../../ui/button.tsx";
import { FileField } from "../../ui/file-field.tsx";
import { Icon } from "../../ui/icon.tsx";
import { Camera, Image as ImageIcon, Info } from "../../ui/icons.ts";

/**
 * The two ways to a new photo: the camera, and picking a picture file. When the camera cannot
 * start (`cameraNote` says why), only picking a file remains.
 */
export function PhotoSources(props: {
  readonly cameraNote: string;
  readonly pickError: string;
  readonly onCamera: () => void;
  readonly onFile: (file: File) => void;
}) {
  const onChange = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = "";
    if (file) props.onFile(file);
  };
  const cameraOk = props.cameraNote === "";
  return (
    <div class="photo-sources">
      {cameraOk ? null : (
        <p class="photo-sources__note" role="status">
          <Icon icon={Info} size={20} />
          <span>{props.cameraNote}</span>
        </p>
      )}
      <div class="photos-actions">
        {cameraOk ? (
          <Button icon={Camera} onClick={props.onCamera}>
            {t("progress.photos.take")}
          </Button>
        ) : null}
        <FileField
          label={t("progress.photos.choose")}
          icon={ImageIcon}
          variant={cameraOk ? "secondary" : "primary"}
          accept="image/*"
          onChange={onChange}
        />
      </div>
      {props.pickError ? (
        <p role="alert" class="inline-error">
          {props.pickError}
        </p>
      ) : null}
    </div>
  );
}
