import { Button, buttonClass } from "../../ui/button.tsx";
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
            Take a photo
          </Button>
        ) : null}
        <label
          class={buttonClass(
            { variant: cameraOk ? "secondary" : "primary" },
            "photo-sources__pick",
          )}
        >
          <Icon icon={ImageIcon} size={20} />
          <span class="button__label">Choose a picture</span>
          <input class="visually-hidden" type="file" accept="image/*" onChange={onChange} />
        </label>
      </div>
      {props.pickError ? (
        <p role="alert" class="inline-error">
          {props.pickError}
        </p>
      ) : null}
    </div>
  );
}
