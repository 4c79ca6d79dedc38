// biome-ignore lint/style/noRestrictedImports: this test runs in Node and reads the app's sources.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NOT_SCREENS, SCANNED_FOLDERS, untranslatedTexts } from "./untranslated-text.ts";

const WEB = new URL("../", import.meta.url);

/** The app's source files in a folder of src/web, tests left out. */
function sources(folder: string): readonly string[] {
  return (readdirSync(new URL(`${folder}/`, WEB), { recursive: true }) as string[])
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.endsWith(".d.ts"))
    .map((f) => `${folder}/${f}`)
    .filter((f) => !NOT_SCREENS.includes(f));
}

const texts = (source: string, file = "screen.tsx") =>
  untranslatedTexts(file, source).map((u) => u.text);

describe("text written outside the catalogs", () => {
  it("finds JSX text, spoken attributes and literals shown as children", () => {
    const source = `
      export const A = (p) => (
        <section aria-label="Main menu" class="page wide">
          <h1 title={p.x ? "Open it" : t("a.b")}>Welcome back</h1>
          <Button busyLabel="Saving…">{p.done ? "Done today" : t("today.next")}</Button>
          <img alt={\`Photo of \${p.day}\`} />
          <p>{p.count} · {t("today.title")}</p>
        </section>
      );`;
    expect(texts(source)).toEqual([
      "Main menu",
      "Open it",
      "Welcome back",
      "Done today",
      "Saving…",
      "Photo of",
    ]);
  });

  it("finds spoken properties of objects (a toast's message, a navigation entry's label)", () => {
    const source = `showToast({ message: "Saved.", tone: "success", action: { label: "Undo" } });
      const nav = { href: "/", label: () => t("shell.nav.today"), id: "today" };`;
    expect(texts(source, "toast.ts")).toEqual(["Saved.", "Undo"]);
  });

  it("finds what an action or a load says it was doing, which ends its problem's sentence", () => {
    const source = `const a = useAction("save your check-in", async () => {});
      const b = new Action(() => t("learn.guides.load-what"), load);
      const c = useLoad(t("programmes.reading"), read, []);
      const d = new Action("load the guides", load);`;
    expect(texts(source, "actions.ts")).toEqual(["save your check-in", "load the guides"]);
  });

  it("leaves alone the brand, message ids, punctuation and class names", () => {
    const source = `<a class="brand big" aria-label={t("shell.nav.home")} title="Nura">
        Nura {" · "} <span>×</span> <b>{"12"}</b> {group.legend}
        <Field legend="welcome.health.group.skin" />
      </a>`;
    expect(texts(source)).toEqual([]);
  });

  it("says on which line it found the text", () => {
    expect(untranslatedTexts("a.tsx", "const a = 1;\n\nconst b = <p>Hello there</p>;")).toEqual([
      { line: 3, text: "Hello there" },
    ]);
  });

  it("finds none in the parts of the app that speak the page's language", () => {
    const found = SCANNED_FOLDERS.flatMap(sources).flatMap((file) =>
      untranslatedTexts(file, readFileSync(new URL(file, WEB), "utf8")).map(
        (u) => `${file}:${u.line}: ${u.text}`,
      ),
    );
    expect(found).toEqual([]);
  });
});
