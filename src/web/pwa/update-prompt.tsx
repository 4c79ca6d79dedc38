import { Action } from "../common/action.ts";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { Button } from "../ui/button.tsx";
import { RefreshCw } from "../ui/icons.ts";
import { Notice } from "../ui/notice.tsx";
import { acceptUpdate, offlineReady, updateWaiting } from "./register-sw.ts";

const updating = new Action("switch to the new version", acceptUpdate);

/** The banner that offers a waiting new version; and a quiet announcement once Nura works offline. */
export function UpdatePrompt() {
  if (updating.problem.value) return <ProblemNotice problem={updating.problem.value} />;
  if (updateWaiting.value) {
    return (
      <Notice tone="info" role="status" icon={RefreshCw}>
        <p>A new version of Nura is ready.</p>
        <div class="cluster">
          <Button size="small" onClick={() => updating.run()}>
            Update now
          </Button>
          <Button variant="quiet" size="small" onClick={() => (updateWaiting.value = false)}>
            Later
          </Button>
        </div>
      </Notice>
    );
  }
  if (offlineReady.value) {
    // Announced, not drawn: a banner appearing after load would shift whatever screen is open.
    return (
      <p class="visually-hidden" role="status">
        Nura is saved on this device and works offline.
      </p>
    );
  }
  return null;
}
