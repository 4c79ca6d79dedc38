/**
 * The one script of a page the build pre-rendered (Learn's guides). The page reads as it
 * arrives, so the app starts only once the page's text is on screen: when the browser reports
 * its first contentful paint, this adds the app's entry, which the page names in
 * `<meta name="nura-app">`, and the app then hydrates the page. No script of the app is fetched
 * or run before that paint (two animation frames were not enough: a page whose font was still
 * arriving painted its text after them). In a tab opened in the background, the app starts when
 * the tab is first shown. A browser that reports no paints starts it after two frames, and one
 * that never reports this page's paint after {@link LATEST_START_MS}.
 */
const LATEST_START_MS = 3000;

const entry = document.querySelector<HTMLMetaElement>('meta[name="nura-app"]')?.content;

let started = false;
function startApp(src: string): void {
  if (started) return;
  started = true;
  const script = document.createElement("script");
  script.type = "module";
  script.src = src;
  document.body.append(script);
}

if (entry) {
  if (PerformanceObserver.supportedEntryTypes?.includes("paint")) {
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName("first-contentful-paint").length === 0) return;
      observer.disconnect();
      startApp(entry);
    });
    observer.observe({ type: "paint", buffered: true });
    setTimeout(() => {
      if (document.visibilityState === "visible") startApp(entry);
      else document.addEventListener("visibilitychange", () => startApp(entry), { once: true });
    }, LATEST_START_MS);
  } else {
    requestAnimationFrame(() => requestAnimationFrame(() => startApp(entry)));
  }
}
