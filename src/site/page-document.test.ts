import { describe, expect, it } from "vitest";
import { pageDocument } from "./page-document.ts";

const template = `<!doctype html>
<html lang="en">
  <head>
    <meta name="description" content="Nura guides a few minutes." />
    <title>Nura</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/preact-def.js">
    <link rel="stylesheet" crossorigin href="/assets/index-ghi.css">
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>
`;

const page = {
  path: "/learn/guides/costs",
  title: "What $5 & <less> buys · Nura",
  description: 'A "cheap" roller',
  html: "<main><h1>Costs: $1 and $&amp;</h1></main>",
};

describe("pageDocument", () => {
  it("fills the app's index.html with the page, its title and description, its screen's styles", () => {
    const styles = ["/assets/learn-jkl.css", "/assets/index-ghi.css"];
    const script = "/assets/learn-static-mno.js";
    expect(pageDocument(template, page, { styles, script })).toBe(`<!doctype html>
<html lang="en">
  <head>
    <meta name="description" content="A &quot;cheap&quot; roller" />
    <title>What $5 &amp; &lt;less&gt; buys · Nura</title>
    <link rel="stylesheet" crossorigin href="/assets/index-ghi.css">
    <meta name="nura-app" content="/assets/index-abc.js">
    <link rel="stylesheet" crossorigin href="/assets/learn-jkl.css">
  </head>
  <body>
    <div id="app" data-prerendered><main><h1>Costs: $1 and $&amp;</h1></main></div>
    <script type="module" src="/assets/learn-static-mno.js"></script>
  </body>
</html>
`);
  });

  it("refuses a template with no empty #app to fill, or not one entry", () => {
    const assets = { styles: [], script: "/s.js" };
    const noApp = '<html><head><script type="module" src="/a.js"></script></head><body></body>';
    expect(() => pageDocument(noApp, page, assets)).toThrow(/no <div id="app">/);
    expect(() => pageDocument("<html></html>", page, assets)).toThrow(/exactly one module script/);
  });
});
