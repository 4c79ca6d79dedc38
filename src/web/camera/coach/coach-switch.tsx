import { useId } from "preact/hooks";
import { coaching } from "./coach-choice.ts";
import { LazyFailed, useLazyPart } from "./lazy-part.tsx";

const loadPrepare = () => import("./coach-prepare.tsx").then((m) => m.CoachPrepare);

/**
 * "Coach me with the camera", before a session: off by default, the choice kept on this device.
 * Turning it on downloads the coach's code and then its models (with a progress bar), and only
 * then; with it off, nothing of the camera coach is fetched.
 */
export function CoachSwitch() {
  const on = coaching.on.value;
  const about = useId();
  const prepare = useLazyPart(loadPrepare, on);
  const Prepare = prepare.part;
  return (
    <div class="coach-switch">
      <label class="choice">
        <input
          type="checkbox"
          role="switch"
          checked={on}
          aria-checked={on}
          aria-describedby={about}
          onChange={(e) => coaching.choose(e.currentTarget.checked)}
        />
        Coach me with the camera
      </label>
      <p id={about} class="coach-switch__about">
        Your camera shows beside the drawn face, and a line says whether your fingers are on the
        step's area and moving its way. Its models download once from Nura's own server. The picture
        stays on this device and is never kept.
      </p>
      {on && Prepare ? <Prepare /> : null}
      {on && prepare.failed ? <LazyFailed onRetry={prepare.retry} /> : null}
    </div>
  );
}
