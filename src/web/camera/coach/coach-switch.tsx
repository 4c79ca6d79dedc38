import { useId } from "preact/hooks";
import { t } from "../../i18n/language.ts";
import { loadMessages } from "../../i18n/message-loading.ts";
import { coaching } from "./coach-choice.ts";
import { LazyFailed, useLazyPart } from "./lazy-part.tsx";

// The coach's words (the `camera` group of the catalog) come with its code.
const loadPrepare = () =>
  Promise.all([import("./coach-prepare.tsx"), loadMessages(["camera"])]).then(
    ([m]) => m.CoachPrepare,
  );

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
        {t("session.coach.switch")}
      </label>
      <p id={about} class="coach-switch__about">
        {t("session.coach.about")}
      </p>
      {on && Prepare ? <Prepare /> : null}
      {on && prepare.failed ? <LazyFailed onRetry={prepare.retry} /> : null}
    </div>
  );
}
