import { useState } from "preact/hooks";
import { Moon, Sun } from "../ui/icons.ts";
import { SegmentedControl } from "../ui/segmented-control.tsx";
import { ThemeColumn } from "./theme-column.tsx";

type View = "both" | "light" | "dark";

const views = [
  { value: "both", label: "Both" },
  { value: "light", label: "Light", icon: Sun },
  { value: "dark", label: "Dark", icon: Moon },
] as const;

/** The style page: every component in every state, the light and dark themes side by side. */
export function DesignPage() {
  const [view, setView] = useState<View>("both");
  const themes = view === "both" ? (["light", "dark"] as const) : [view];
  return (
    <>
      <header class="design-header">
        <div class="design-header__titles">
          <p class="design-header__eyebrow">Nura · development only</p>
          <h1 class="design-header__title">Design system</h1>
          <p class="design-header__lede">
            Tokens and components from <code>src/web/ui</code>, drawn from the tokens alone. Tab
            through to see focus; resize to see the sheet turn from dialog to bottom sheet.
          </p>
        </div>
        <SegmentedControl
          class="design-header__view"
          legend="Themes shown"
          hideLegend
          options={views}
          value={view}
          onChange={setView}
        />
      </header>
      <main class={`design-themes design-themes--${themes.length}`}>
        {themes.map((t) => (
          <ThemeColumn key={t} theme={t} />
        ))}
      </main>
    </>
  );
}
