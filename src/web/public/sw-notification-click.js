// Imported into the generated service worker: a tap on a Nura reminder opens (or focuses) Today.
self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
      const open = windows.find((w) => new URL(w.url).origin === self.location.origin);
      if (open) {
        return open.navigate("/").then((w) => (w ?? open).focus());
      }
      return self.clients.openWindow("/");
    }),
  );
});
