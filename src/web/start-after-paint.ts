/**
 * The one script of a page the build pre-rendered (Learn's guides). The page reads as it
 * arrives, so the app starts only once the page has been painted: after the next frame this
 * adds the app's entry, which the page names in `<meta name="nura-app">`, and the app then
 * hydrates the page. No script of the app is fetched or run before that first paint; in a tab
 * opened in the background, the app starts when the tab is first shown.
 */
const entry = document.querySelector<HTMLMetaElement>('meta[name="nura-app"]')?.content;
if (entry) {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const script = document.createElement("script");
      script.type = "module";
      script.src = entry;
      document.body.append(script);
    }),
  );
}
