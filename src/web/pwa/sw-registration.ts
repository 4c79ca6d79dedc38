/** The service worker registration, once there is one (reminders show notifications through it). */
export async function swRegistration(): Promise<ServiceWorkerRegistration | undefined> {
  if (typeof navigator === "undefined" || !("serviceWorker" in navigator)) return undefined;
  return (await navigator.serviceWorker.getRegistration()) ?? undefined;
}
