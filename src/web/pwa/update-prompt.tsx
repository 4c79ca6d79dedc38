import { acceptUpdate, offlineReady, updateWaiting } from "./register-sw.ts";

/** The banner that offers a waiting new version, and says once when Nura works offline. */
export function UpdatePrompt() {
  if (updateWaiting.value) {
    return (
      <div class="update-banner" role="status">
        <p>A new version of Nura is ready.</p>
        <button type="button" class="primary" onClick={() => void acceptUpdate()}>
          Update now
        </button>{" "}
        <button type="button" class="link" onClick={() => (updateWaiting.value = false)}>
          Later
        </button>
      </div>
    );
  }
  if (offlineReady.value) {
    return (
      <div class="update-banner" role="status">
        <p>Nura is saved on this device and works offline.</p>
        <button type="button" class="link" onClick={() => (offlineReady.value = false)}>
          Dismiss
        </button>
      </div>
    );
  }
  return null;
}
